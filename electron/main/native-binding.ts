import { join } from 'node:path';

/**
 * better-sqlite3 built for Electron's ABI lives in its own folder (scripts/start-electron.js
 * builds it), so the Node build used by tests, the CLI and browser mode is never overwritten.
 * A packaged app has electron-builder's rebuilt copy in place and needs no override.
 */
export function electronNativeBinding(appRoot: string, packaged: boolean): string | undefined {
  if (packaged) return undefined;
  return join(appRoot, '.electron-native', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

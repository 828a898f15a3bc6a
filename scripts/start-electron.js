// `npm start`: the desktop app. Electron's binary is fetched on first use; where it cannot be had
// (no network, a locked-down machine) this says so once and points to browser mode.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensureRendererBuilt } from './renderer-build.js';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

function electronBinary() {
  const pkg = join(root, 'node_modules', 'electron');
  if (!existsSync(pkg)) return null;
  if (!existsSync(join(pkg, 'path.txt'))) {
    console.error('Téléchargement d’Electron (première fois)… / Downloading Electron (first run)…');
    const r = spawnSync(process.execPath, [join(pkg, 'install.js')], { stdio: 'pipe', timeout: 15 * 60_000 });
    if (r.status !== 0) return null; // its stack trace would only bury the message below
  }
  try {
    return require('electron');
  } catch {
    return null;
  }
}

const electron = electronBinary();
if (typeof electron !== 'string' || !existsSync(electron)) {
  console.error(
    [
      'TESR Studio : impossible d’obtenir Electron sur cette machine (téléchargement impossible ou bloqué).',
      'Lancez plutôt l’application dans votre navigateur : npm run web',
      'TESR Studio: Electron cannot be obtained on this machine (download impossible or blocked).',
      'Run the app in your browser instead: npm run web',
    ].join('\n'),
  );
  process.exit(1);
}

// better-sqlite3 for Electron's ABI, in its own folder: the Node build stays intact for tests and CLI.
const nativeDir = join(root, '.electron-native');
const binding = join(nativeDir, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
if (!existsSync(binding)) {
  mkdirSync(join(nativeDir, 'node_modules'), { recursive: true });
  writeFileSync(join(nativeDir, 'package.json'), JSON.stringify({ name: 'electron-native', private: true }));
  cpSync(join(root, 'node_modules', 'better-sqlite3'), join(nativeDir, 'node_modules', 'better-sqlite3'), { recursive: true });
  const { version } = require('electron/package.json');
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: nativeDir, electronVersion: version, onlyModules: ['better-sqlite3'], force: true });
}

ensureRendererBuilt();
const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-electron.js')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const child = spawn(electron, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));

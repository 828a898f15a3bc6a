import envPaths from 'env-paths';
import { join } from 'node:path';

/**
 * The user's data folder (XDG_DATA_HOME on Linux, Application Support on macOS, AppData on
 * Windows); TESR_DATA_DIR overrides it for tests and portable installs.
 */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.TESR_DATA_DIR || envPaths('tesr-studio', { suffix: '' }).data;
}

export const defaultWorkspacePath = (env: NodeJS.ProcessEnv = process.env) => join(dataDir(env), 'workspace.tesr');

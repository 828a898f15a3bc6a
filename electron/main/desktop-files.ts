import { isAbsolute, resolve } from 'node:path';

const isWorkspacePath = (p: string) => /\.tesr$/i.test(p) && !p.includes('\u0000') && p.length <= 4096;

/**
 * The workspace file named on the command line: how Windows and Linux pass a double-clicked .tesr
 * (and how a second instance forwards it). Flags (`--inspect`, Chromium's own) and anything that
 * is not a .tesr are ignored; a relative path is taken from the folder the command ran in.
 */
export function workspaceFromArgv(argv: readonly string[], cwd: string): string | null {
  const candidates = argv.slice(1).filter((a) => !a.startsWith('-') && isWorkspacePath(a));
  const last = candidates.at(-1);
  return last ? resolve(cwd, last) : null;
}

/** A path the renderer says was dropped on the window: only an absolute path to a .tesr file. */
export function droppedWorkspacePath(value: unknown): string | null {
  return typeof value === 'string' && isAbsolute(value) && isWorkspacePath(value) ? resolve(value) : null;
}

export const windowTitle = (workspaceName: string) => `${workspaceName} – TESR Studio`;

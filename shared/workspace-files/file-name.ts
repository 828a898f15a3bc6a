/**
 * Names of workspace files created from the page (new file, copy, upload): a plain file name in
 * the data folder, never a path. Refusing separators, dots first and reserved device names keeps
 * a name from ever leaving the folder or meaning something else on Windows.
 */
export const WORKSPACE_EXTENSION = '.tesr';
export const MAX_NAME_LENGTH = 100;

export type FileNameProblem = 'empty' | 'too-long' | 'forbidden-character' | 'reserved';

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** The name without its `.tesr`, as typed or as found in the folder. */
export const stemOf = (name: string) => name.trim().replace(/\.tesr$/i, '');

export function fileNameProblem(name: string): FileNameProblem | null {
  const stem = stemOf(name);
  if (stem.length === 0) return 'empty';
  if (stem.length > MAX_NAME_LENGTH) return 'too-long';
  if (FORBIDDEN.test(stem) || stem.startsWith('.') || /[. ]$/.test(stem)) return 'forbidden-character';
  if (RESERVED.test(stem)) return 'reserved';
  return null;
}

/** `Bassin minier` -> `Bassin minier.tesr`; null when the name is not acceptable. */
export function toWorkspaceFileName(name: string): string | null {
  return fileNameProblem(name) ? null : `${stemOf(name)}${WORKSPACE_EXTENSION}`;
}

import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';

/** Cleanup after a failure must not hide the failure. */
function remove(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // nothing was written there either
  }
}

const failure = (file: string, e: unknown) => {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  return new AppError('export-failed', { file, detail: code || (e instanceof Error ? e.message : String(e)) });
};

/** An export must never land on the workspace it comes from (or its WAL files). */
export function refuseWorkspacePath(out: string, workspacePath: string): void {
  const target = resolve(out);
  const ws = resolve(workspacePath);
  if ([ws, `${ws}-wal`, `${ws}-shm`].includes(target)) {
    throw new AppError('export-failed', { file: out, detail: 'this is the workspace file itself' });
  }
}

/** Writes beside the target, then renames over it: readers see the old file or the whole new one. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    remove(tmp);
    throw failure(path, e);
  }
}

/**
 * Writes several files into a folder: all are written in a temporary folder beside it first, then
 * moved in (a new folder is renamed whole). A failure leaves no partial file behind.
 */
export function writeFolderAtomic(folder: string, files: { name: string; data: string | Uint8Array }[]): string[] {
  const parent = dirname(resolve(folder));
  let tmp = '';
  try {
    if (existsSync(folder) && !statSync(folder).isDirectory()) throw new Error('not a folder');
    mkdirSync(parent, { recursive: true });
    tmp = mkdtempSync(join(parent, `.${basename(folder)}-`));
    for (const f of files) writeFileSync(join(tmp, f.name), f.data);
    if (!existsSync(folder)) renameSync(tmp, folder);
    else {
      for (const f of files) renameSync(join(tmp, f.name), join(folder, f.name));
      remove(tmp);
    }
    return files.map((f) => join(folder, f.name));
  } catch (e) {
    if (tmp) remove(tmp);
    throw failure(folder, e);
  }
}

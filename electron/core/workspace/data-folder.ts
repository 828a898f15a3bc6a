import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { DataFile, RecentFile, WorkspaceDetails } from '../../../shared/workspace-files/api-schemas';
import { stemOf, toWorkspaceFileName } from '../../../shared/workspace-files/file-name';
import { LATEST_VERSION } from '../db/migrations';
import { countRows } from './counts';
import type { WorkspaceSession } from './session';

const isWorkspaceFile = (name: string) => /\.tesr$/i.test(name) && !name.startsWith('.');

/** The `.tesr` files of the data folder, by name: what the page can open without naming a path. */
export function listDataFiles(session: WorkspaceSession): DataFile[] {
  const folder = session.dataDir;
  if (!existsSync(folder)) return [];
  const current = resolve(session.current.path);
  const files: DataFile[] = [];
  for (const fileName of readdirSync(folder)) {
    if (!isWorkspaceFile(fileName)) continue;
    try {
      const st = statSync(join(folder, fileName));
      if (!st.isFile()) continue;
      files.push({ fileName, name: stemOf(fileName), size: st.size, modifiedAt: st.mtime.toISOString(), current: resolve(folder, fileName) === current });
    } catch {
      // removed meanwhile
    }
  }
  return files.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** A file of the data folder named by the page; anything else (a path, a hidden file) is `not-found`. */
export function dataFilePath(session: WorkspaceSession, fileName: string): string {
  if (basename(fileName) !== fileName || !isWorkspaceFile(fileName)) throw new AppError('not-found');
  return join(session.dataDir, fileName);
}

/** Where a new file of that name goes in the data folder (the name was validated by the contract). */
export function newDataFilePath(session: WorkspaceSession, name: string): string {
  const fileName = toWorkspaceFileName(name);
  if (!fileName) throw new AppError('invalid-input', { path: 'name', detail: 'invalid file name' });
  return join(session.dataDir, fileName);
}

/** A free name in the data folder for an uploaded file: `Bassin.tesr`, then `Bassin (2).tesr`... */
export function freeDataFilePath(session: WorkspaceSession, fileName: string): string {
  const stem = stemOf(toWorkspaceFileName(fileName) ?? 'Import.tesr');
  let path = join(session.dataDir, `${stem}.tesr`);
  for (let n = 2; existsSync(path); n++) path = join(session.dataDir, `${stem} (${n}).tesr`);
  return path;
}

export function recentFiles(session: WorkspaceSession): RecentFile[] {
  const current = resolve(session.current.path);
  return session.recent.list().map(({ path, openedAt }) => {
    let exists = false;
    try {
      exists = statSync(path).isFile();
    } catch {
      // moved or deleted: flagged, not an error
    }
    return { path, openedAt, exists, current: path === current, fileName: basename(path), name: stemOf(basename(path)) };
  });
}

export function workspaceDetails(session: WorkspaceSession): WorkspaceDetails {
  const ws = session.current;
  const path = resolve(ws.path);
  let size = 0;
  let createdAt: string | null = null;
  try {
    const st = statSync(path);
    size = st.size;
    if (st.birthtimeMs > 0) createdAt = st.birthtime.toISOString();
  } catch {
    // just removed from under us: report what we can
  }
  return {
    path,
    name: ws.name,
    fileName: basename(path),
    folder: dirname(path),
    size,
    createdAt,
    openedAt: session.openedAt.toISOString(),
    dataFolder: resolve(session.dataDir),
    inDataFolder: dirname(path) === resolve(session.dataDir),
    formatVersion: LATEST_VERSION,
    counts: countRows(ws.db),
  };
}

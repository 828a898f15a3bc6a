import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { AppError } from '../../../shared/errors';
import { bindChangeContext, type ChangeContext } from './change-context';
import { APPLICATION_ID, readSqliteHeader } from './header';
import { LATEST_VERSION } from './migrations';
import { migrate } from './migrate';

export interface OpenOptions {
  /** Create the file (and its folder) when it does not exist. */
  create?: boolean;
  /** Path of a better-sqlite3 binary built for another ABI (Electron's), see ARCHITECTURE.md. */
  nativeBinding?: string;
}

export interface OpenResult {
  db: Db;
  /** The change being written on this connection, read by the journal triggers. */
  context: ChangeContext;
  created: boolean;
  /** The format version the file had before it was migrated. */
  migratedFrom: number;
  /** Copy made before migrating, if any. */
  backupPath: string | null;
}

const sqliteErrorCode = (e: unknown) =>
  typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';

/**
 * Judges a file before anything may write to it: a file that is foreign, newer than this app,
 * truncated or corrupt is refused with its reason and is left byte-for-byte as it was.
 * `thorough` runs the full integrity check (for a backup or an upload about to replace a file).
 */
export function inspectWorkspaceFile(path: string, nativeBinding?: string, thorough = false): void {
  const file = basename(path);
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new AppError('workspace-unreadable', { file, detail: 'not a file' });
    size = st.size;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('workspace-unreadable', { file, detail: sqliteErrorCode(e) || String(e) });
  }
  const header = readSqliteHeader(path);
  if (!header) throw new AppError('workspace-foreign', { file });
  const walHasData = existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0;
  if (!walHasData && header.pageCount !== null && size < header.pageCount * header.pageSize) {
    throw new AppError('workspace-corrupt', { file, detail: 'truncated' });
  }
  // Identity and version are read through SQLite, not from the raw header: after a crash the
  // newest header may still be in the WAL. Read-only, so a refused file is never checkpointed.
  let probe: Db | null = null;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
    if (probe.pragma('application_id', { simple: true }) !== APPLICATION_ID) throw new AppError('workspace-foreign', { file });
    const version = probe.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) throw new AppError('workspace-newer', { found: version, supported: LATEST_VERSION });
    const check = thorough ? 'integrity_check' : 'quick_check';
    const rows = probe.pragma(check) as Record<string, string>[];
    const verdict = rows.map((r) => String(r[check]));
    if (verdict.length !== 1 || verdict[0] !== 'ok') {
      throw new AppError('workspace-corrupt', { file, detail: verdict.slice(0, 3).join('; ') });
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    const code = sqliteErrorCode(e);
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
      throw new AppError('workspace-corrupt', { file, detail: 'malformed' });
    }
    throw new AppError('workspace-unreadable', { file, detail: code || String(e) });
  } finally {
    probe?.close();
  }
}

/** Opens (or creates) a workspace file, checked, configured and migrated to the latest format. */
export function openDatabase(path: string, options: OpenOptions = {}): OpenResult {
  const exists = existsSync(path);
  if (!exists && !options.create) throw new AppError('workspace-missing', { file: path });
  if (exists) inspectWorkspaceFile(path, options.nativeBinding);
  else mkdirSync(dirname(path), { recursive: true });

  const db = new Database(path, { nativeBinding: options.nativeBinding });
  try {
    // Marked as ours before WAL mode, so the mark is in the main file from the first moment.
    if (!exists) db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const from = db.pragma('user_version', { simple: true }) as number;
    let backupPath: string | null = null;
    if (exists && from < LATEST_VERSION) {
      backupPath = `${path}.v${from}-${new Date().toISOString().replace(/[:.]/g, '-')}.bak`;
      db.prepare('VACUUM INTO ?').run(backupPath);
    }
    const context = bindChangeContext(db);
    migrate(db, from, context);
    return { db, context, created: !exists, migratedFrom: from, backupPath };
  } catch (e) {
    db.close();
    throw e;
  }
}

import { AppError, errorMessage, type ErrorCode } from '../../shared/errors';
import { LATEST_VERSION } from './db/migrations';
import { countRows } from './workspace/counts';
import { Workspace } from './workspace/workspace';

export type CheckReport =
  | {
      ok: true;
      file: string;
      formatVersion: number;
      migratedFrom: number;
      backupPath: string | null;
      quickCheck: 'ok';
      counts: Record<string, number>;
    }
  | { ok: false; file: string; error: { code: ErrorCode; fr: string; en: string } };

/** Opens a workspace (migrating it if needed), checks it, counts its rows. Never throws. */
export function checkWorkspace(file: string, nativeBinding?: string): CheckReport {
  let ws: Workspace | null = null;
  try {
    ws = Workspace.open(file, { nativeBinding });
    const verdict = ws.db.pragma('quick_check', { simple: true });
    if (verdict !== 'ok') throw new AppError('workspace-corrupt', { file, detail: String(verdict) });
    return {
      ok: true,
      file,
      formatVersion: LATEST_VERSION,
      migratedFrom: ws.opened.migratedFrom,
      backupPath: ws.opened.backupPath,
      quickCheck: 'ok',
      counts: countRows(ws.db),
    };
  } catch (e) {
    const err = e instanceof AppError ? e : new AppError('workspace-unreadable', { file, detail: String(e) });
    const msg = (l: 'fr' | 'en') => errorMessage(err.code, l, err.params);
    return { ok: false, file, error: { code: err.code, fr: msg('fr'), en: msg('en') } };
  } finally {
    ws?.close();
  }
}

import { AppError } from '../../../shared/errors';
import type { HistoryState } from '../../../shared/domain/history';
import { stmt } from '../db/statements';
import { applyRowState } from '../journal/row-state';
import type { Workspace } from '../workspace/workspace';

interface Target {
  id: number;
  method: string;
}
interface JournalRow {
  entity: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

const lastDone = (ws: Workspace) =>
  stmt(ws.db, `SELECT id, method FROM changes WHERE origin = 'edit' AND state = 'done' ORDER BY id DESC LIMIT 1`)
    .get() as Target | undefined;

const lastUndone = (ws: Workspace) =>
  stmt(ws.db, `SELECT id, method FROM changes WHERE origin = 'edit' AND state = 'undone' ORDER BY undone_by DESC LIMIT 1`)
    .get() as Target | undefined;

export function historyState(ws: Workspace): HistoryState {
  const u = lastDone(ws);
  const r = lastUndone(ws);
  const last = (stmt(ws.db, 'SELECT at FROM changes ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ?? null;
  return { canUndo: !!u, canRedo: !!r, undoMethod: u?.method ?? null, redoMethod: r?.method ?? null, lastChangeAt: last };
}

/**
 * Undo and redo replay the journal: undo puts every row of the last edit back to its `before`
 * state (newest first), redo to its `after` state (oldest first). Both are changes themselves,
 * journaled like any edit, so history stays complete and the stacks survive a restart.
 */
function replay(ws: Workspace, direction: 'undo' | 'redo', client?: string): HistoryState {
  const target = direction === 'undo' ? lastDone(ws) : lastUndone(ws);
  if (!target) throw new AppError(direction === 'undo' ? 'nothing-to-undo' : 'nothing-to-redo');
  ws.record({ method: target.method, origin: direction, target: target.id, client }, () => {
    ws.db.pragma('defer_foreign_keys = ON'); // rows come back in journal order, parents maybe after children
    const rows = stmt(ws.db, `SELECT entity, entity_id, before, after FROM journal WHERE change_id = ? ORDER BY seq ${direction === 'undo' ? 'DESC' : 'ASC'}`)
      .all(target.id) as JournalRow[];
    for (const r of rows) applyRowState(ws.db, r.entity, r.entity_id, direction === 'undo' ? r.before : r.after);
    if (direction === 'undo') {
      stmt(ws.db, `UPDATE changes SET state = 'undone', undone_by = ? WHERE id = ?`).run(ws.currentChange, target.id);
    } else {
      stmt(ws.db, `UPDATE changes SET state = 'done', undone_by = NULL WHERE id = ?`).run(target.id);
    }
  });
  return historyState(ws);
}

export const undo = (ws: Workspace, client?: string) => replay(ws, 'undo', client);
export const redo = (ws: Workspace, client?: string) => replay(ws, 'redo', client);

import type { Database } from 'better-sqlite3';
import { CHANGE_FUNCTION } from './journaled-tables';

/** The change being written on a connection; the journal triggers read it through a SQL function. */
export interface ChangeContext {
  current: number | null;
}

/** Registers the function on this connection only: another program's writes get no id and fail. */
export function bindChangeContext(db: Database): ChangeContext {
  const context: ChangeContext = { current: null };
  db.function(CHANGE_FUNCTION, { deterministic: false }, () => context.current);
  return context;
}

/**
 * Runs `fn` as a change that is part of the file's base content (a migration's seed, the first-run
 * example): journaled like any write, but not something undo takes back.
 */
export function asBaseChange<T>(db: Database, context: ChangeContext, method: string, fn: () => T): T {
  const id = Number(
    db.prepare(`INSERT INTO changes (at, method, origin, state) VALUES (?, ?, 'edit', 'base')`).run(new Date().toISOString(), method)
      .lastInsertRowid,
  );
  context.current = id;
  try {
    return fn();
  } finally {
    context.current = null;
  }
}

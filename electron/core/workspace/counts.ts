import type { Database } from 'better-sqlite3';
import { journaledTables } from '../db/journaled-tables';
import { stmt } from '../db/statements';

/** Row counts of every domain table, plus the journal, for `tesr check` and the info panel. */
export function countRows(db: Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of [...journaledTables, 'changes', 'journal']) {
    counts[t] = stmt(db, `SELECT count(*) FROM "${t}"`).pluck().get() as number;
  }
  return counts;
}

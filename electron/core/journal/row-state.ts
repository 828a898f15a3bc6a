import type { Database } from 'better-sqlite3';
import { columnsOf, isJournaledTable } from '../db/journaled-tables';
import { stmt } from '../db/statements';

/**
 * Puts one row back to a state recorded in the journal: absent (null) or the given column values.
 * An upsert, never `INSERT OR REPLACE`, whose hidden delete would cascade to the row's children.
 */
export function applyRowState(db: Database, entity: string, id: string, state: string | null): void {
  if (!isJournaledTable(entity)) throw new Error(`journal names an unknown table: ${entity}`);
  if (state === null) {
    stmt(db, `DELETE FROM "${entity}" WHERE id = ?`).run(id);
    return;
  }
  const values = JSON.parse(state) as Record<string, unknown>;
  const known = new Set(columnsOf(db, entity));
  // Columns added by later migrations keep their defaults; columns since dropped are ignored.
  const cols = Object.keys(values).filter((c) => known.has(c));
  if (!cols.includes('id') || values.id !== id) throw new Error(`journal row for ${entity} ${id} is inconsistent`);
  const list = cols.map((c) => `"${c}"`).join(', ');
  const updates = cols.filter((c) => c !== 'id').map((c) => `"${c}" = excluded."${c}"`);
  stmt(db, 
    `INSERT INTO "${entity}" (${list}) VALUES (${cols.map(() => '?').join(', ')})
     ON CONFLICT(id) DO ${updates.length ? `UPDATE SET ${updates.join(', ')}` : 'NOTHING'}`,
  ).run(...cols.map((c) => values[c] as string | number | null));
}

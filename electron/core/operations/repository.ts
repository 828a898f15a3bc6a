import type { Database } from 'better-sqlite3';
import { stmt } from '../db/statements';
import { v7 as uuidv7 } from 'uuid';
import type { Operation } from '../../../shared/domain/operation';
import { byTitle } from '../../../shared/domain/collate';
import { AppError } from '../../../shared/errors';

interface OperationRow {
  id: string;
  title: string;
  territory: string;
  lead: string;
  archived: number;
  created_at: string;
  updated_at: string;
}

const toOperation = (r: OperationRow): Operation => ({
  id: r.id,
  title: r.title,
  territory: r.territory,
  lead: r.lead,
  archived: r.archived === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface OperationFields {
  title: string;
  territory: string;
  lead: string;
}

/** SQL for operations; callers wrap writes in a workspace change so they are journaled. */
export function listOperations(db: Database, includeArchived: boolean): Operation[] {
  const rows = stmt(db, 
      `SELECT * FROM operations ${includeArchived ? '' : 'WHERE archived = 0'} ORDER BY created_at`,
    )
    .all() as OperationRow[];
  return rows.map(toOperation).sort(byTitle); // SQLite's NOCASE knows no accents
}

export function getOperation(db: Database, id: string): Operation {
  const row = stmt(db, 'SELECT * FROM operations WHERE id = ?').get(id) as OperationRow | undefined;
  if (!row) throw new AppError('not-found', { id });
  return toOperation(row);
}

export function insertOperation(db: Database, f: OperationFields): Operation {
  const id = uuidv7();
  const now = new Date().toISOString();
  stmt(db, 
    'INSERT INTO operations (id, title, territory, lead, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(id, f.title, f.territory, f.lead, now, now);
  return getOperation(db, id);
}

export function updateOperation(db: Database, id: string, patch: Partial<OperationFields> & { archived?: boolean }): Operation {
  getOperation(db, id);
  const sets: string[] = [];
  const values: (string | number)[] = [];
  for (const key of ['title', 'territory', 'lead'] as const) {
    const v = patch[key];
    if (v !== undefined) {
      sets.push(`${key} = ?`);
      values.push(v);
    }
  }
  if (patch.archived !== undefined) {
    sets.push('archived = ?');
    values.push(patch.archived ? 1 : 0);
  }
  sets.push('updated_at = ?');
  values.push(new Date().toISOString());
  stmt(db, `UPDATE operations SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
  return getOperation(db, id);
}

export function deleteOperation(db: Database, id: string): void {
  getOperation(db, id);
  stmt(db, 'DELETE FROM operations WHERE id = ?').run(id);
}

import type { Database } from 'better-sqlite3';
import { byTitle } from '../../../shared/domain/collate';
import type { Operation } from '../../../shared/domain/operation';
import { deleteRecord, getRecord, insertRecord, selectRecords, updateRecord, type Row } from '../entities/repository';
import { specs } from '../entities/specs';

export interface OperationFields {
  title: string;
  territory: string;
  lead: string;
}

/** Operations through the generic repository; callers wrap writes in a workspace change. */
export function listOperations(db: Database, includeArchived: boolean): Operation[] {
  const rows = selectRecords(db, specs.operations, includeArchived ? '1' : 'archived = 0', []) as Operation[];
  return rows.sort(byTitle); // SQLite's NOCASE knows no accents
}

export const getOperation = (db: Database, id: string) => getRecord(db, specs.operations, id) as Operation;

export const insertOperation = (db: Database, f: OperationFields) => insertRecord(db, specs.operations, { ...f }) as Operation;

export const updateOperation = (db: Database, id: string, patch: Row) => updateRecord(db, specs.operations, id, patch) as Operation;

export const deleteOperation = (db: Database, id: string) => deleteRecord(db, specs.operations, id);

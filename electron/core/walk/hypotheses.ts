import type { Database } from 'better-sqlite3';
import { insertRecord, type Row } from '../entities/repository';
import { specs } from '../entities/specs';
import type { CrudHooks } from './crud';

/** Every status a hypothesis takes is kept with its date (METHOD.md: "with the date of each change"). */
export const hypothesisHooks: CrudHooks = {
  afterWrite(db: Database, record: Row, before: Row | null) {
    if (before && before.status === record.status) return;
    insertRecord(db, specs.hypothesisStatusChanges, {
      operationId: record.operationId,
      hypothesisId: record.id,
      status: record.status,
      at: new Date().toISOString(),
    });
  },
};

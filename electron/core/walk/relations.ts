import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { Row } from '../entities/repository';
import { stmt } from '../db/statements';
import type { CrudHooks } from './crud';

/** A relation links two stakeholders of its operation: both ends must take part in it. */
export const relationHooks: CrudHooks = {
  beforeWrite(db: Database, values: Row, before: Row | null) {
    if (before) return; // ends never change (the patch schema has no ends)
    for (const field of ['sourceActorId', 'targetActorId'] as const) {
      const found = stmt(db, 'SELECT 1 FROM participations WHERE operation_id = ? AND actor_id = ?').get(values.operationId, values[field]);
      if (!found) throw new AppError('invalid-input', { path: field, detail: 'not a stakeholder of this operation' });
    }
  },
};

/** An actor leaving an operation takes its relations and MID cells in that operation along (one undo brings all back). */
export const participationHooks: CrudHooks = {
  beforeDelete(db: Database, participation: Row) {
    stmt(db, 'DELETE FROM influences WHERE operation_id = ? AND (source_actor_id = ? OR target_actor_id = ?)').run(
      participation.operationId,
      participation.actorId,
      participation.actorId,
    );
    stmt(db, 'DELETE FROM relations WHERE operation_id = ? AND (source_actor_id = ? OR target_actor_id = ?)').run(
      participation.operationId,
      participation.actorId,
      participation.actorId,
    );
  },
};

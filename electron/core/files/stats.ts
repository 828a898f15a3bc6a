import type { Database } from 'better-sqlite3';
import { duplicateGroups } from '../../../shared/domain/walk/names';
import { stmt } from '../db/statements';
import { listOperations } from '../operations/repository';

export interface OperationStats {
  id: string;
  title: string;
  archived: boolean;
  stakeholders: number;
  relations: number;
  facts: number;
  hypotheses: number;
  meetings: number;
  actions: number;
  indicators: number;
}

export interface WorkspaceStats {
  operations: number;
  archivedOperations: number;
  actors: number;
  /** Groups of actors whose names differ only by case, accents or punctuation. */
  duplicateGroups: number;
  colleges: number;
  relationKinds: number;
  perOperation: OperationStats[];
}

const PER_OPERATION = ['participations', 'relations', 'facts', 'hypotheses', 'meetings', 'actions', 'indicators'] as const;

/** What `tesr stats` prints: how much the workspace holds, operation by operation. */
export function workspaceStats(db: Database): WorkspaceStats {
  const count = (sql: string, ...args: string[]) => stmt(db, sql).pluck().get(...args) as number;
  const operations = listOperations(db, true);
  const actors = stmt(db, 'SELECT id, name FROM actors').all() as { id: string; name: string }[];
  return {
    operations: operations.filter((o) => !o.archived).length,
    archivedOperations: operations.filter((o) => o.archived).length,
    actors: actors.length,
    duplicateGroups: duplicateGroups(actors).length,
    colleges: count('SELECT count(*) FROM colleges'),
    relationKinds: count('SELECT count(*) FROM relation_kinds'),
    perOperation: operations.map((o) => {
      const n = Object.fromEntries(PER_OPERATION.map((t) => [t, count(`SELECT count(*) FROM "${t}" WHERE operation_id = ?`, o.id)]));
      return {
        id: o.id,
        title: o.title,
        archived: o.archived,
        stakeholders: n.participations!,
        relations: n.relations!,
        facts: n.facts!,
        hypotheses: n.hypotheses!,
        meetings: n.meetings!,
        actions: n.actions!,
        indicators: n.indicators!,
      };
    }),
  };
}

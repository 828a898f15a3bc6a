import type { Database } from 'better-sqlite3';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { selectRecords } from '../entities/repository';
import { specs } from '../entities/specs';
import { getOperation } from '../operations/repository';

const OPERATION_SCOPED = [
  'facts',
  'hypotheses',
  'hypothesisStatusChanges',
  'participations',
  'positions',
  'relations',
  'meetings',
  'decisions',
  'actions',
  'fundingLines',
  'indicators',
  'measurements',
  'conditionAssessments',
  'influences',
] as const;

/** One operation's whole walk, plus the workspace-level lists it refers to. */
export function loadWalk(db: Database, operationId: string): WalkSnapshot {
  const operation = getOperation(db, operationId);
  const scoped = Object.fromEntries(
    OPERATION_SCOPED.map((name) => [name, selectRecords(db, specs[name], 'operation_id = ?', [operationId])]),
  );
  return {
    operation,
    ...scoped,
    actors: selectRecords(db, specs.actors, '1', []),
    colleges: selectRecords(db, specs.colleges, '1', []),
    relationKinds: selectRecords(db, specs.relationKinds, '1', []),
  } as WalkSnapshot;
}

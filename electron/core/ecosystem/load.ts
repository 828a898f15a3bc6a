import type { Database } from 'better-sqlite3';
import type { Ecosystem } from '../../../shared/map/ecosystem-data';
import { selectRecords } from '../entities/repository';
import { specs } from '../entities/specs';
import { listOperations } from '../operations/repository';

/** Every participation and relation of the workspace's current (not archived) operations. */
export function loadEcosystem(db: Database): Ecosystem {
  const current = 'operation_id IN (SELECT id FROM operations WHERE archived = 0)';
  return {
    operations: listOperations(db, false),
    participations: selectRecords(db, specs.participations, current, []),
    relations: selectRecords(db, specs.relations, current, []),
    actors: selectRecords(db, specs.actors, '1', []),
    colleges: selectRecords(db, specs.colleges, '1', []),
    relationKinds: selectRecords(db, specs.relationKinds, '1', []),
  } as Ecosystem;
}

import type { Database } from 'better-sqlite3';
import { Actor, Participation } from '../../../shared/domain/walk/entities';
import type { MapAddActorInput } from '../../../shared/map/add-actor';
import { AppError } from '../../../shared/errors';
import { insertRecord } from '../entities/repository';
import { specs } from '../entities/specs';
import { stmt } from '../db/statements';

/** Creates the actor if it is new, and its participation placed on the map; the caller wraps it in one change. */
export function addActorOnMap(db: Database, { operationId, actor, collegeId, x, y }: MapAddActorInput) {
  const actorId = 'id' in actor ? actor.id : (insertRecord(db, specs.actors, Actor.fields.parse({ name: actor.name, acronym: actor.acronym })).id as string);
  if ('id' in actor && stmt(db, 'SELECT 1 FROM participations WHERE operation_id = ? AND actor_id = ?').get(operationId, actorId)) {
    throw new AppError('invalid-input', { path: 'actor.id', detail: 'already in the operation' });
  }
  return insertRecord(db, specs.participations, Participation.fields.parse({ operationId, actorId, collegeId, mapX: x, mapY: y }));
}

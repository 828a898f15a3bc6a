import { z } from 'zod';
import { IdSchema } from '../domain/ids';
import { Actor, mapCoordinate, Participation } from '../domain/walk/entities';

/**
 * An actor added from the map, where it was asked for: a new one (name, collège) or one of the
 * workspace's actors not yet in the operation. One change, so one undo takes it back.
 */
export const MapAddActorInput = z
  .object({
    operationId: IdSchema,
    actor: z.union([z.object({ name: Actor.fields.shape.name, acronym: Actor.fields.shape.acronym }).strict(), z.object({ id: IdSchema }).strict()]),
    collegeId: Participation.fields.shape.collegeId,
    x: mapCoordinate,
    y: mapCoordinate,
  })
  .strict();
export type MapAddActorInput = z.infer<typeof MapAddActorInput>;

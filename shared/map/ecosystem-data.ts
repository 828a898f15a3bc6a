import { z } from 'zod';
import { OperationSchema } from '../domain/operation';
import { Actor, ListItem, Participation, Relation } from '../domain/walk/entities';

/**
 * What the ecosystem view reads in one call: every participation and relation of the workspace's
 * operations (archived ones left out), with the workspace's actors and lists.
 */
export const EcosystemSchema = z.object({
  operations: z.array(OperationSchema),
  participations: z.array(Participation.record),
  relations: z.array(Relation.record),
  actors: z.array(Actor.record),
  colleges: z.array(ListItem.record),
  relationKinds: z.array(ListItem.record),
});
export type Ecosystem = z.infer<typeof EcosystemSchema>;

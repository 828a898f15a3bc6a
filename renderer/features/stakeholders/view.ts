import type { z } from 'zod';
import type { Actor, Participation, Relation } from '../../../shared/domain/walk/entities';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { byPosition } from './wording';

export type ActorRecord = z.infer<typeof Actor.record>;
export type ParticipationRecord = z.infer<typeof Participation.record>;
export type RelationRecord = z.infer<typeof Relation.record>;

/** One stakeholder of the operation: its participation (the row's id) and the actor it names. */
export interface StakeholderView {
  id: string;
  participation: ParticipationRecord;
  actor: ActorRecord;
}

/** The operation's stakeholders in their manual order, each with its actor. */
export function stakeholderViews(snapshot: Pick<WalkSnapshot, 'participations' | 'actors'>): StakeholderView[] {
  const actors = new Map(snapshot.actors.map((a) => [a.id, a]));
  return byPosition(snapshot.participations).flatMap((p) => {
    const actor = actors.get(p.actorId);
    return actor ? [{ id: p.id, participation: p, actor }] : [];
  });
}

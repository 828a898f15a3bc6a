import { compareText } from '../../../shared/domain/collate';
import type { WalkSnapshot } from '../../../shared/domain/walk/snapshot';
import { parseLocaleNumber } from '../../components/table/clipboard';

export type Action = WalkSnapshot['actions'][number];
export type FundingLine = WalkSnapshot['fundingLines'][number];
export type Relation = WalkSnapshot['relations'][number];
export type Indicator = WalkSnapshot['indicators'][number];
export type Measurement = WalkSnapshot['measurements'][number];

/** The workspace's actors that take part in the operation, by name. */
export function participants(s: WalkSnapshot) {
  const actors = new Map(s.actors.map((a) => [a.id, a]));
  return s.participations
    .flatMap((p) => {
      const actor = actors.get(p.actorId);
      return actor ? [{ id: actor.id, name: actor.name, role: p.role }] : [];
    })
    .sort((a, b) => compareText(a.name, b.name));
}

export const actorName = (s: WalkSnapshot, id: string | null) => (id ? (s.actors.find((a) => a.id === id)?.name ?? '?') : '');

/** The relations of the network as it should become: to create, strengthen or weaken. */
export const relationChanges = (s: WalkSnapshot) => s.relations.filter((r) => r.status !== 'existing');

export const byPosition = <T extends { position: number }>(a: T, b: T) => a.position - b.position;

export const fundedTotal = (lines: readonly FundingLine[]) => lines.reduce((sum, l) => sum + (l.amount ?? 0), 0);

/** A typed amount or value: the number, null for empty, or 'invalid'. */
export function readNumber(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  return parseLocaleNumber(text) ?? 'invalid';
}

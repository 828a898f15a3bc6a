import { describe, expect, it } from 'vitest';
import { blankOperation } from '../../test/harness/walk-snapshot';
import type { Ecosystem } from './ecosystem-data';
import { buildEcosystem, ecosystemNodeSize } from './ecosystem';
import { mapNetwork } from './network-input';

let counter = 0;
const id = () => `0190a5a0-0000-7000-8000-${(++counter).toString(16).padStart(12, '0')}`;
type P = Ecosystem['participations'][number];
type R = Ecosystem['relations'][number];

/** Three operations; CD2E takes part in all three, the Region in two, the others in one. */
function ecosystem() {
  const [A, B, C] = [id(), id(), id()];
  const [pub, eco, exp] = [id(), id(), id()];
  const [coop, funding] = [id(), id()];
  const actor = (name: string) => ({ id: id(), name, acronym: '', description: '', contact: '', contactPrivate: true, notes: '', notesPrivate: true, illustrative: false, createdAt: '2026-01-01T00:00:00Z' });
  const [region, cd2e, lumiwatt, team2] = [actor('Région'), actor('CD2E'), actor('Lumiwatt'), actor('TEAM2')];
  const part = (operationId: string, actorId: string, collegeId: string | null, o: Partial<P> = {}): P => ({
    id: id(), operationId, actorId, role: '', collegeId, influence: null, influenceSource: '', influenceConfidence: null, interest: null, interestSource: '',
    interestConfidence: null, stance: null, stanceSource: '', stanceConfidence: null, legitimacy: null, urgency: null, engagement: 'not_contacted',
    notes: '', notesPrivate: true, illustrative: false, position: 0, mapX: null, mapY: null, ...o,
  });
  const rel = (operationId: string, s: string, t: string, kindId: string | null, o: Partial<R> = {}): R => ({
    id: id(), operationId, sourceActorId: s, targetActorId: t, kindId, direction: 'forward', strength: 2, status: 'existing', actionId: null, note: '', illustrative: false, ...o,
  });
  const list = (key: string) => ({ key, label: '', position: 0 });
  const data: Ecosystem = {
    operations: [blankOperation(A, { title: 'A' }), blankOperation(B, { title: 'B' }), blankOperation(C, { title: 'C' })],
    participations: [
      part(A, region.id, pub, { influence: 5, stance: 2, engagement: 'committed' }),
      part(B, region.id, pub, { influence: 3, stance: 2, engagement: 'contacted' }),
      part(A, cd2e.id, exp, { stance: 1, interest: 2 }),
      part(B, cd2e.id, eco, { stance: 2, interest: 5, engagement: 'withdrawn' }),
      part(C, cd2e.id, eco),
      part(A, lumiwatt.id, eco),
      part(C, team2.id, null),
    ],
    relations: [
      rel(A, region.id, cd2e.id, funding, { strength: 1 }),
      rel(B, region.id, cd2e.id, funding, { strength: 3 }), // parallel: merged with the one above
      rel(B, cd2e.id, region.id, coop), // another kind: an edge of its own
      rel(C, cd2e.id, team2.id, coop),
      rel(A, cd2e.id, lumiwatt.id, coop, { status: 'to_create' }),
      rel(B, cd2e.id, lumiwatt.id, coop, { direction: 'none' }), // a different status: its own edge
    ],
    actors: [region, cd2e, lumiwatt, team2],
    colleges: [{ id: pub, ...list('public_authorities') }, { id: eco, ...list('economic_actors') }, { id: exp, ...list('experts_research') }],
    relationKinds: [{ id: coop, ...list('cooperation') }, { id: funding, ...list('funding') }],
  };
  return { data, ops: { A, B, C }, actors: { region, cd2e, lumiwatt, team2 }, kinds: { coop, funding }, colleges: { pub, eco, exp } };
}

describe('buildEcosystem', () => {
  it('draws an actor of several operations once, sized by their number', () => {
    const { data, actors, ops } = ecosystem();
    const g = buildEcosystem(data);
    expect(g.nodes.map((n) => n.label)).toEqual(['CD2E', 'Lumiwatt', 'Région', 'TEAM2']);
    const cd2e = g.nodes.find((n) => n.id === actors.cd2e.id)!;
    expect(cd2e.operationIds).toEqual([ops.A, ops.B, ops.C]);
    expect(cd2e.size).toBe(ecosystemNodeSize(3));
    expect(g.nodes.find((n) => n.id === actors.lumiwatt.id)!.size).toBe(ecosystemNodeSize(1));
    expect(ecosystemNodeSize(1)).toBeLessThan(ecosystemNodeSize(2));
    expect(ecosystemNodeSize(9)).toBe(ecosystemNodeSize(5));
  });

  it('merges what the operations say of an actor: commonest collège, highest scores, stance only if all agree, furthest engagement', () => {
    const { data, actors, colleges } = ecosystem();
    const g = buildEcosystem(data);
    const region = g.nodes.find((n) => n.id === actors.region.id)!;
    expect([region.collegeId, region.influence, region.stance, region.stanceMark, region.engagement]).toEqual([colleges.pub, 5, 2, '+', 'committed']);
    const cd2e = g.nodes.find((n) => n.id === actors.cd2e.id)!;
    expect([cd2e.collegeId, cd2e.collegeIndex, cd2e.interest, cd2e.stance, cd2e.engagement]).toEqual([colleges.eco, 1, 5, null, 'not_contacted']);
    expect(g.nodes.find((n) => n.id === actors.team2.id)!.collegeIndex).toBe(-1);
  });

  it('merges parallel relations of one kind and status into one edge, the strongest, and keeps the others apart', () => {
    const { data, actors, kinds } = ecosystem();
    const g = buildEcosystem(data);
    expect(g.edges).toHaveLength(5);
    const funding = g.edges.filter((e) => e.kindId === kinds.funding);
    expect(funding).toHaveLength(1);
    expect(funding[0]).toMatchObject({ source: actors.region.id, target: actors.cd2e.id, direction: 'forward', strength: 3, status: 'existing' });
    expect(funding[0]!.relationIds).toHaveLength(2);
    expect(funding[0]!.operationIds).toHaveLength(2);
    const toCreate = g.edges.find((e) => e.status === 'to_create')!;
    expect(toCreate).toMatchObject({ dashed: true, source: actors.cd2e.id, target: actors.lumiwatt.id });
    expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
  });

  it('points a merged edge both ways when its relations disagree on the sense', () => {
    const { data, actors, kinds, ops } = ecosystem();
    data.relations.push({ ...data.relations[0]!, id: id(), operationId: ops.B, sourceActorId: actors.cd2e.id, targetActorId: actors.region.id, kindId: kinds.funding });
    const funding = buildEcosystem(data).edges.find((e) => e.kindId === kinds.funding)!;
    expect(funding.direction).toBe('both');
    expect(funding.relationIds).toHaveLength(3);
  });

  it('shows only the operations ticked: their actors and their relations', () => {
    const { data, ops, actors } = ecosystem();
    const g = buildEcosystem(data, [ops.C]);
    expect(g.nodes.map((n) => n.id).sort()).toEqual([actors.cd2e.id, actors.team2.id].sort());
    expect(g.nodes.every((n) => n.size === ecosystemNodeSize(1))).toBe(true);
    expect(g.edges).toHaveLength(1);
    expect(buildEcosystem(data, [])).toEqual({ nodes: [], edges: [] });
  });

  it('gives the network metrics actor ids and the relations as they are', () => {
    const { data } = ecosystem();
    const g = buildEcosystem(data);
    const input = mapNetwork(g);
    expect(input.nodes).toHaveLength(4);
    expect(input.edges).toHaveLength(4); // the relation to create is the network to be
    expect(input.edges.every((e) => g.nodes.some((n) => n.actorId === e.source))).toBe(true);
  });
});

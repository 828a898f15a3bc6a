import { describe, expect, it } from 'vitest';
import { DEFAULT_COLLEGES, DEFAULT_RELATION_KINDS } from '../domain/walk/defaults';
import type { WalkSnapshot } from '../domain/walk/snapshot';
import { applyFilters, noFilters, searchNodes } from './filters';
import { buildGraph, nodeSize, viewEdges, type MapNode } from './graph';
import { createForceLayout, forceLayout, powerInterestLayout, sectorsLayout } from './layouts';
import { blankOperation } from '../../test/harness/walk-snapshot';

type S = WalkSnapshot;
const OP = '0190a5a0-0000-7000-8000-000000000000';
let counter = 0;
const id = () => `0190a5a0-0000-7000-8000-${(++counter).toString(16).padStart(12, '0')}`;
const C = DEFAULT_COLLEGES;
const K = DEFAULT_RELATION_KINDS;

function snapshot(): S {
  const names: [string, string | null, number | null, number | null, number | null, S['participations'][number]['engagement']][] = [
    ['Région Hauts-de-France', C.public_authorities, 5, 4, 2, 'committed'],
    ['CD2E', C.experts_research, 4, 5, 2, 'engaged'],
    ['Lumiwatt', C.economic_actors, 3, 3, 1, 'contacted'],
    ['Villavenir', C.economic_actors, 2, 4, 0, 'contacted'],
    ['Habitants de l’écoquartier', C.civil_society, 1, 5, -1, 'not_contacted'],
    ['Sans collège', null, null, null, null, 'not_contacted'],
  ];
  const actors = names.map(([name]) => ({
    id: id(), name, acronym: name === 'Région Hauts-de-France' ? 'RHdF' : '', description: '', contact: '', contactPrivate: true,
    notes: '', notesPrivate: true, illustrative: false, createdAt: '2026-01-01T00:00:00Z',
  }));
  const participations = names.map(([, collegeId, influence, interest, stance, engagement], i) => ({
    id: id(), operationId: OP, actorId: actors[i]!.id, role: '', collegeId, influence, influenceSource: '', influenceConfidence: null,
    interest, interestSource: '', interestConfidence: null, stance, stanceSource: '', stanceConfidence: null, legitimacy: null, urgency: null, engagement,
    notes: '', notesPrivate: true, illustrative: i === 2, position: i, mapX: i === 0 ? 10 : null, mapY: i === 0 ? 20 : null,
  }));
  const rel = (a: number, b: number, status: S['relations'][number]['status'], kindId: string | null, strength = 2, direction: S['relations'][number]['direction'] = 'forward') => ({
    id: id(), operationId: OP, sourceActorId: actors[a]!.id, targetActorId: actors[b]!.id, kindId, direction, strength, status,
    actionId: null, note: '', illustrative: false,
  });
  const hypothesis = { id: id(), operationId: OP, statement: 'H', rationale: '', policies: '', status: 'under_test' as const, illustrative: false, position: 0 };
  return {
    operation: blankOperation(OP, { title: 'Loos' }),
    facts: [], hypotheses: [hypothesis], hypothesisStatusChanges: [],
    participations,
    positions: [
      { id: id(), operationId: OP, participationId: participations[0]!.id, hypothesisId: hypothesis.id, value: 2, source: '', confidence: null },
      { id: id(), operationId: OP, participationId: participations[1]!.id, hypothesisId: hypothesis.id, value: 0, source: '', confidence: null },
      { id: id(), operationId: OP, participationId: participations[4]!.id, hypothesisId: hypothesis.id, value: -3, source: '', confidence: null },
    ],
    relations: [
      rel(0, 1, 'existing', K.funding, 3, 'forward'),
      rel(1, 2, 'to_strengthen', K.cooperation, 2, 'both'),
      rel(2, 3, 'to_weaken', K.conflict, 1, 'none'),
      rel(3, 4, 'to_create', K.cooperation, 2),
      rel(0, 4, 'to_create', null, 1),
    ],
    meetings: [], decisions: [], actions: [], fundingLines: [], indicators: [], measurements: [], conditionAssessments: [], influences: [],
    actors,
    colleges: Object.entries(C).map(([key, cid], i) => ({ id: cid, key, label: '', position: i })),
    relationKinds: Object.entries(K).map(([key, kid], i) => ({ id: kid, key, label: '', position: i })),
  };
}

describe('buildGraph', () => {
  it('makes one node per participation with what the map draws', () => {
    const s = snapshot();
    const g = buildGraph(s);
    expect(g.nodes).toHaveLength(6);
    const region = g.nodes[0]!;
    expect(region).toMatchObject({ label: 'Région Hauts-de-France', acronym: 'RHdF', collegeKey: 'public_authorities', collegeIndex: 0, stanceMark: '+', x: 10, y: 20, engagement: 'committed' });
    expect(g.nodes.map((n) => n.stanceMark)).toEqual(['+', '+', '+', '0', '−', null]);
    expect(g.nodes[5]).toMatchObject({ collegeId: null, collegeIndex: -1, x: null, y: null, size: nodeSize(null) });
    expect(g.nodes[0]!.size).toBeGreaterThan(g.nodes[1]!.size);
    expect(g.nodes[2]!.illustrative).toBe(true);
  });

  it('makes one edge per relation, styled by status, strength and direction', () => {
    const g = buildGraph(snapshot());
    expect(g.edges).toHaveLength(5);
    expect(g.edges.map((e) => [e.status, e.dashed, e.marker, e.direction, e.kindKey])).toEqual([
      ['existing', false, null, 'forward', 'funding'],
      ['to_strengthen', false, 'strengthen', 'both', 'cooperation'],
      ['to_weaken', false, 'weaken', 'none', 'conflict'],
      ['to_create', true, null, 'forward', 'cooperation'],
      ['to_create', true, null, 'forward', null],
    ]);
    expect(g.edges[0]!.width).toBeGreaterThan(g.edges[2]!.width);
    // Edges join participations (nodes), not actors.
    expect(g.edges[0]!.source).toBe(g.nodes[0]!.id);
  });

  it('drops a relation whose end no longer takes part', () => {
    const s = snapshot();
    s.participations = s.participations.slice(1);
    expect(buildGraph(s).edges).toHaveLength(3);
  });
});

describe('views', () => {
  const { edges } = buildGraph(snapshot());
  it('as is: the relations that exist today', () => {
    expect(viewEdges(edges, 'as_is').map((e) => e.status)).toEqual(['existing', 'to_strengthen', 'to_weaken']);
    expect(viewEdges(edges, 'as_is').every((e) => e.change === null)).toBe(true);
  });
  it('to be: relations to create added, strengthened and weakened ones changed', () => {
    const toBe = viewEdges(edges, 'to_be');
    expect(toBe).toHaveLength(5);
    expect(toBe.map((e) => e.change)).toEqual([null, 'strengthened', 'weakened', 'added', 'added']);
    expect(toBe[1]!.strength).toBe(3);
    expect(toBe[2]!.strength).toBe(1);
    expect(toBe[2]!.width).toBeLessThan(edges[2]!.width);
    expect(toBe[3]!.dashed).toBe(true);
  });
  it('both: every relation as entered, differences marked', () => {
    const both = viewEdges(edges, 'both');
    expect(both.map((e) => e.change)).toEqual([null, 'strengthened', 'weakened', 'added', 'added']);
    expect(both.map((e) => e.strength)).toEqual(edges.map((e) => e.strength));
  });
});

describe('filters', () => {
  const s = snapshot();
  const g = buildGraph(s);
  const names = (nodes: MapNode[]) => nodes.map((n) => n.label);
  it('keep everything without a filter', () => {
    expect(applyFilters(g, noFilters, s.positions)).toEqual({ nodes: g.nodes, edges: g.edges });
  });
  it('by collège, dropping the edges that lose an end', () => {
    const r = applyFilters(g, { ...noFilters, colleges: [C.economic_actors, C.experts_research] });
    expect(names(r.nodes)).toEqual(['CD2E', 'Lumiwatt', 'Villavenir']);
    expect(r.edges.map((e) => e.status)).toEqual(['to_strengthen', 'to_weaken']);
    expect(names(applyFilters(g, { ...noFilters, colleges: [''] }).nodes)).toEqual(['Sans collège']);
  });
  it('by relation kind and status', () => {
    expect(applyFilters(g, { ...noFilters, kinds: [K.cooperation] }).edges).toHaveLength(2);
    expect(applyFilters(g, { ...noFilters, kinds: [''] }).edges).toHaveLength(1);
    expect(applyFilters(g, { ...noFilters, statuses: ['to_create'] }).edges.map((e) => e.dashed)).toEqual([true, true]);
    expect(applyFilters(g, { ...noFilters, statuses: ['to_create'] }).nodes).toHaveLength(6);
  });
  it('by engagement and by position on a hypothesis', () => {
    expect(names(applyFilters(g, { ...noFilters, engagements: ['contacted'] }).nodes)).toEqual(['Lumiwatt', 'Villavenir']);
    const h = s.hypotheses[0]!.id;
    const side = (sides: ('for' | 'neutral' | 'against' | 'unknown')[]) => names(applyFilters(g, { ...noFilters, hypothesis: { id: h, sides } }, s.positions).nodes);
    expect(side(['for'])).toEqual(['Région Hauts-de-France']);
    expect(side(['neutral', 'against'])).toEqual(['CD2E', 'Habitants de l’écoquartier']);
    expect(side(['unknown'])).toEqual(['Lumiwatt', 'Villavenir', 'Sans collège']);
  });
  it('search ignores case and accents, and looks at acronyms', () => {
    expect(names(searchNodes(g.nodes, 'ecoquartier'))).toEqual(['Habitants de l’écoquartier']);
    expect(names(searchNodes(g.nodes, 'rhdf'))).toEqual(['Région Hauts-de-France']);
    expect(searchNodes(g.nodes, '  ')).toEqual([]);
  });
});

describe('layouts', () => {
  const g = buildGraph(snapshot());
  const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
  const minDistance = (p: Record<string, { x: number; y: number }>) => {
    const pts = Object.values(p);
    let m = Infinity;
    pts.forEach((a, i) => pts.slice(i + 1).forEach((b) => (m = Math.min(m, dist(a, b)))));
    return m;
  };

  it('sectors: every node placed, one angular sector per collège, no overlap, deterministic', () => {
    const p = sectorsLayout(g.nodes);
    expect(Object.keys(p).sort()).toEqual(g.nodes.map((n) => n.id).sort());
    expect(sectorsLayout(g.nodes)).toEqual(p);
    expect(minDistance(p)).toBeGreaterThan(100);
    const angle = (n: MapNode) => Math.atan2(p[n.id]!.y, p[n.id]!.x);
    // The two economic actors sit next to each other, closer in angle than to any other collège.
    const [lumiwatt, villavenir] = [g.nodes[2]!, g.nodes[3]!];
    const gap = Math.abs(angle(lumiwatt) - angle(villavenir));
    for (const other of [g.nodes[0]!, g.nodes[1]!, g.nodes[4]!]) expect(Math.abs(angle(lumiwatt) - angle(other))).toBeGreaterThan(gap);
  });

  it('sectors: many actors of one collège go on several rings', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...g.nodes[0]!, id: `n${i}`, label: `A${i}` }));
    const p = sectorsLayout([...many, g.nodes[1]!]);
    expect(minDistance(p)).toBeGreaterThan(100);
  });

  it('power–interest: x grows with interest, y falls with influence, shared cells spread out', () => {
    const p = powerInterestLayout(g.nodes, 7);
    expect(powerInterestLayout(g.nodes, 7)).toEqual(p);
    const [region, cd2e, lumiwatt] = [p[g.nodes[0]!.id]!, p[g.nodes[1]!.id]!, p[g.nodes[2]!.id]!];
    expect(cd2e.x).toBeGreaterThan(region.x); // interest 5 > 4
    expect(region.y).toBeLessThan(cd2e.y); // influence 5 above 4
    expect(lumiwatt.x).toBeLessThan(region.x);
    const crowd = Array.from({ length: 9 }, (_, i) => ({ ...g.nodes[0]!, id: `c${i}` }));
    expect(minDistance(powerInterestLayout(crowd, 3))).toBeGreaterThan(60);
  });

  it('force-directed: deterministic for a seed, linked nodes closer than unlinked ones', () => {
    const edges = viewEdges(g.edges, 'both');
    const a = forceLayout(g.nodes, edges, 200, 42);
    expect(forceLayout(g.nodes, edges, 200, 42)).toEqual(a);
    expect(Object.keys(a)).toHaveLength(6);
    expect(Object.values(a).every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(minDistance(a)).toBeGreaterThan(20);
    // Step by step (as the worker runs it) gives the same result as one run.
    const stepped = createForceLayout(g.nodes, edges, 42);
    for (let i = 0; i < 4; i++) stepped.step(50);
    expect(stepped.positions()).toEqual(a);
    // The isolated actor ends farther from the hub than the hub's direct partner.
    const hub = a[g.nodes[0]!.id]!;
    expect(dist(hub, a[g.nodes[1]!.id]!)).toBeLessThan(dist(hub, a[g.nodes[5]!.id]!));
  });
});

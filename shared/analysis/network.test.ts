import { describe, expect, it } from 'vitest';
import { networkMetrics, type NetworkInput } from './network';

// The worked example of docs/analysis/network-metrics.md: two triangles joined by C → D, and G alone.
const EXAMPLE: NetworkInput = {
  nodes: [
    { id: 'A', group: 'P' },
    { id: 'B', group: 'P' },
    { id: 'C', group: 'P' },
    { id: 'D', group: 'E' },
    { id: 'E', group: 'E' },
    { id: 'F', group: 'S' },
    { id: 'G', group: 'S' },
  ],
  edges: [
    { id: 'r1', source: 'A', target: 'B', directed: false, weight: 3 },
    { id: 'r2', source: 'B', target: 'C', directed: false, weight: 2 },
    { id: 'r3', source: 'A', target: 'C', directed: true, weight: 2 },
    { id: 'r4', source: 'C', target: 'D', directed: true, weight: 1 },
    { id: 'r5', source: 'D', target: 'E', directed: false, weight: 3 },
    { id: 'r6', source: 'E', target: 'F', directed: false, weight: 2 },
    { id: 'r7', source: 'D', target: 'F', directed: true, weight: 2 },
  ],
};

const byId = (m: ReturnType<typeof networkMetrics>) => Object.fromEntries(m.nodes.map((n) => [n.id, n]));
const column = <K extends keyof ReturnType<typeof networkMetrics>['nodes'][number]>(m: ReturnType<typeof networkMetrics>, key: K) =>
  m.nodes.map((n) => n[key]);

describe('network metrics on the worked example', () => {
  const m = networkMetrics(EXAMPLE);

  it('counts distinct neighbours, and arcs in and out (both ways for undirected relations)', () => {
    expect(column(m, 'degree')).toEqual([2, 2, 3, 3, 2, 2, 0]);
    expect(column(m, 'inDegree')).toEqual([1, 2, 2, 2, 2, 2, 0]);
    expect(column(m, 'outDegree')).toEqual([2, 2, 2, 2, 2, 1, 0]);
    column(m, 'degreeCentrality').forEach((v, i) => expect(v).toBeCloseTo([2, 2, 3, 3, 2, 2, 0][i]! / 6, 12));
    expect(m.order).toBe(7);
    expect(m.pairs).toBe(7);
    expect(m.density).toBeCloseTo(7 / 21, 12);
  });

  it('finds the brokers: C and D each sit on 6 of the 15 pairs’ shortest paths', () => {
    column(m, 'betweenness').forEach((v, i) => expect(v).toBeCloseTo([0, 0, 0.4, 0.4, 0, 0, 0][i]!, 12));
    expect(m.rankings.betweenness.slice(0, 2)).toEqual(['C', 'D']);
    expect(m.rankings.degree.slice(0, 2)).toEqual(['C', 'D']);
    expect(m.rankings.outDegree.at(-2)).toBe('F');
  });

  it('finds the two triangles as communities, G on its own, with modularity 13/30', () => {
    expect(m.communities).toEqual([
      { members: ['A', 'B', 'C'], groups: ['P'] },
      { members: ['D', 'E', 'F'], groups: ['E', 'S'] },
      { members: ['G'], groups: ['S'] },
    ]);
    expect(column(m, 'community')).toEqual([0, 0, 0, 1, 1, 1, 2]);
    expect(m.modularity).toBeCloseTo(13 / 30, 12);
  });

  it('lists isolated actors and the relations that bridge collèges, strongest first', () => {
    expect(m.isolated).toEqual(['G']);
    expect(byId(m).G!.isolated).toBe(true);
    expect(m.bridges.map((e) => e.id)).toEqual(['r6', 'r7', 'r4']);
    expect(column(m, 'crossGroupNeighbours')).toEqual([0, 0, 1, 2, 1, 2, 0]);
  });

  it('is deterministic for a given seed', () => {
    expect(networkMetrics(EXAMPLE, { seed: 7 })).toEqual(networkMetrics(EXAMPLE, { seed: 7 }));
  });
});

describe('network edge cases', () => {
  it('merges parallel relations, skips self-loops and unknown ends', () => {
    const m = networkMetrics({
      nodes: [
        { id: 'x', group: null },
        { id: 'y', group: 'P' },
      ],
      edges: [
        { id: 'e1', source: 'x', target: 'y', directed: true, weight: 1 },
        { id: 'e2', source: 'x', target: 'y', directed: false, weight: 2 },
        { id: 'e3', source: 'x', target: 'x', directed: false, weight: 1 },
        { id: 'e4', source: 'x', target: 'z', directed: false, weight: 1 },
      ],
    });
    expect(m.pairs).toBe(1);
    expect(column(m, 'inDegree')).toEqual([1, 1]);
    expect(m.skipped).toEqual([
      { edge: 'e3', reason: 'self-loop' },
      { edge: 'e4', reason: 'unknown-node' },
    ]);
    expect(m.bridges).toEqual([]); // an unknown collège bridges nothing
  });
  it('handles an empty network and one without relations', () => {
    const empty = networkMetrics({ nodes: [], edges: [] });
    expect(empty).toMatchObject({ order: 0, pairs: 0, density: 0, modularity: null, communities: [], isolated: [] });
    const lonely = networkMetrics({ nodes: [{ id: 'a', group: null }, { id: 'b', group: null }], edges: [] });
    expect(lonely.isolated).toEqual(['a', 'b']);
    expect(lonely.communities.map((c) => c.members)).toEqual([['a'], ['b']]);
    expect(lonely.modularity).toBeNull();
    const single = networkMetrics({ nodes: [{ id: 'a', group: null }], edges: [] });
    expect(single.nodes[0]).toMatchObject({ degreeCentrality: 0, betweenness: 0, isolated: true });
  });
  it('takes any plain graph, such as the ecosystem of two operations sharing an actor (listed once, first group kept)', () => {
    const ecosystem = networkMetrics({
      nodes: [
        { id: 'ville', group: 'P' },
        { id: 'scierie', group: 'E' },
        { id: 'ville', group: 'S' }, // the same actor in a second operation
        { id: 'asso', group: 'S' },
      ],
      edges: [
        { id: 'op1-r1', source: 'ville', target: 'scierie', directed: false, weight: 2 },
        { id: 'op2-r1', source: 'asso', target: 'ville', directed: true, weight: 1 },
      ],
    });
    expect(ecosystem.order).toBe(3);
    expect(byId(ecosystem).ville).toMatchObject({ group: 'P', degree: 2, inDegree: 2, outDegree: 1, betweenness: 1 });
    expect(ecosystem.bridges.map((e) => e.id)).toEqual(['op1-r1', 'op2-r1']);
  });
});

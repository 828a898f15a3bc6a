import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mactor, mactorCore, midi, powerRatios, withAgreements, type Matrix } from './mactor';
import { networkMetrics, type NetworkInput } from './network';

// Property tests (fast-check): the invariants the analysis issue asks for, on random inputs.

const square = (n: number, values: fc.Arbitrary<number>) =>
  fc.array(fc.array(values, { minLength: n, maxLength: n }), { minLength: n, maxLength: n });

/** A MID: n×n, 0..4, zero diagonal. */
const midArb = (n: number) => square(n, fc.integer({ min: 0, max: 4 })).map((m) => m.map((row, i) => row.map((v, j) => (i === j ? 0 : v))));

/** A MACTOR case: n actors, m objectives, a MID and a 2MAO. */
const caseArb = fc
  .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 6 }))
  .chain(([n, m]) =>
    fc.record({
      n: fc.constant(n),
      mid: midArb(n),
      mao2: fc.array(fc.array(fc.integer({ min: -4, max: 4 }), { minLength: m, maxLength: m }), { minLength: n, maxLength: n }),
      objectives: fc.constant(Array.from({ length: m }, (_, k) => `O${k}`)),
      permutation: fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i),
        { minLength: n, maxLength: n },
      ),
    }),
  );

const isSymmetric = (m: Matrix) => m.every((row, i) => row.every((v, j) => v === m[j]![i] && v >= 0 && (i !== j || v === 0)));

/** MIDI as Godet writes it, the plain triple sum: what the sparse `midi` must give, bit for bit. */
const plainMidi = (mid: Matrix): Matrix => mid.map((row) => row.map((v, j) => mid.reduce((sum, rowK, k) => sum + Math.min(row[k]!, rowK[j]!), v)));

describe('MACTOR properties', () => {
  it('MIDI (over non-zero cells) equals the plain triple sum, on full and on sparse MIDs', () => {
    const sparse = (n: number) => midArb(n).chain((m) => fc.array(fc.boolean(), { minLength: n * n, maxLength: n * n }).map((keep) => m.map((row, i) => row.map((v, j) => (keep[i * n + j] ? v : 0)))));
    const fractional = (n: number) => midArb(n).map((m) => m.map((row) => row.map((v) => v / 3)));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) => fc.oneof(midArb(n), sparse(n), fractional(n))),
        (mid) => {
          expect(midi(mid)).toEqual(plainMidi(mid));
        },
      ),
    );
  });

  it('MIDI ≥ MID element-wise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }).chain((n) => midArb(n)),
        (mid) => midi(mid).every((row, i) => row.every((v, j) => v >= mid[i]![j]!)),
      ),
    );
  });

  it('Ri* averages 1 and is never negative', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }).chain((n) => midArb(n)),
        (mid) => {
          const { rStar } = powerRatios(midi(mid));
          const mean = rStar.reduce((a, b) => a + b, 0) / rStar.length;
          return Math.abs(mean - 1) < 1e-9 && rStar.every((v) => v >= 0);
        },
      ),
    );
  });

  it('CAA and DAA are symmetric (orders 1, 2 and 3), non-negative, with a zero diagonal', () => {
    fc.assert(
      fc.property(caseArb, ({ n, mid, mao2, objectives }) => {
        const r = mactor({ actors: Array.from({ length: n }, (_, i) => `a${i}`), objectives, mao2, mid });
        return [r.order1, r.order2, r.weighted!.order3].every((o) => isSymmetric(o.caa) && isSymmetric(o.daa));
      }),
    );
  });

  it('mactor = its core plus the convergences and divergences of the MAO matrices it keeps', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), ({ n, mid, mao2, objectives }, withMid) => {
        const input = { actors: Array.from({ length: n }, (_, i) => `a${i}`), objectives, mao2, mid: withMid ? mid : null };
        const core = mactorCore(input);
        expect(core).not.toHaveProperty('order1');
        expect(withAgreements(core)).toEqual(mactor(input));
      }),
      { numRuns: 40 },
    );
  });

  it('renumbering the actors permutes every result the same way', () => {
    fc.assert(
      fc.property(caseArb, ({ n, mid, mao2, objectives, permutation: p }) => {
        const actors = Array.from({ length: n }, (_, i) => `a${i}`);
        const a = mactor({ actors, objectives, mao2, mid });
        const b = mactor({
          actors: p.map((i) => actors[i]!),
          objectives,
          mao2: p.map((i) => mao2[i]!),
          mid: p.map((i) => p.map((j) => mid[i]![j]!)),
        });
        p.forEach((i, x) => {
          expect(b.weighted!.rStar[x]).toBeCloseTo(a.weighted!.rStar[i]!, 9);
          p.forEach((j, y) => {
            expect(b.weighted!.midi[x]![y]).toBe(a.weighted!.midi[i]![j]);
            expect(b.weighted!.order3.caa[x]![y]).toBeCloseTo(a.weighted!.order3.caa[i]![j]!, 9);
            expect(b.order2.daa[x]![y]).toBe(a.order2.daa[i]![j]);
          });
        });
        b.weighted!.mobilisation3.forEach((m, k) => expect(m.total).toBeCloseTo(a.weighted!.mobilisation3[k]!.total, 9));
      }),
      { numRuns: 60 },
    );
  });
});

/** A random network with readable ids n0, n1, ... */
const networkArb = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.record({
    nodes: fc.array(fc.constantFrom<string | null>('P', 'E', 'S', null), { minLength: n, maxLength: n }).map((groups) =>
      groups.map((group, i) => ({ id: `n${i}`, group })),
    ),
    edges: fc
      .array(
        fc.record({
          s: fc.integer({ min: 0, max: n - 1 }),
          t: fc.integer({ min: 0, max: n - 1 }),
          directed: fc.boolean(),
          weight: fc.integer({ min: 1, max: 3 }),
        }),
        { maxLength: 3 * n },
      )
      .map((es) => es.map((e, k) => ({ id: `e${k}`, source: `n${e.s}`, target: `n${e.t}`, directed: e.directed, weight: e.weight }))),
    labels: fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,10}$/), { minLength: n, maxLength: n }),
    shuffle: fc.array(fc.integer(), { minLength: 4 * n, maxLength: 4 * n }),
  }),
);

function relabel(input: NetworkInput, labels: string[]): { input: NetworkInput; to: (id: string) => string } {
  const map = new Map(input.nodes.map((node, i) => [node.id, labels[i]!]));
  const to = (id: string) => map.get(id)!;
  return {
    to,
    input: {
      nodes: input.nodes.map((node) => ({ ...node, id: to(node.id) })),
      edges: input.edges.map((e) => ({ ...e, source: to(e.source), target: to(e.target) })),
    },
  };
}

const shuffled = <T>(items: T[], keys: number[]): T[] =>
  items
    .map((item, i) => ({ item, key: keys[i] ?? i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);

describe('network metrics are invariant under relabelling', () => {
  it('degrees, betweenness, bridges and isolated actors do not depend on ids nor on input order', () => {
    fc.assert(
      fc.property(networkArb, ({ nodes, edges, labels, shuffle }) => {
        const original = networkMetrics({ nodes, edges });
        const { input, to } = relabel({ nodes, edges }, labels);
        const moved = networkMetrics({ nodes: shuffled(input.nodes, shuffle), edges: shuffled(input.edges, shuffle.slice(nodes.length)) });
        const movedById = new Map(moved.nodes.map((n) => [n.id, n]));
        for (const a of original.nodes) {
          const b = movedById.get(to(a.id))!;
          expect([b.inDegree, b.outDegree, b.degree, b.crossGroupNeighbours, b.isolated, b.group]).toEqual([
            a.inDegree,
            a.outDegree,
            a.degree,
            a.crossGroupNeighbours,
            a.isolated,
            a.group,
          ]);
          expect(b.betweenness).toBeCloseTo(a.betweenness, 9);
          expect(b.degreeCentrality).toBeCloseTo(a.degreeCentrality, 12);
        }
        expect(new Set(moved.isolated)).toEqual(new Set(original.isolated.map(to)));
        expect(new Set(moved.bridges.map((e) => e.id))).toEqual(new Set(original.bridges.map((e) => e.id)));
        expect([moved.order, moved.pairs]).toEqual([original.order, original.pairs]);
      }),
      { numRuns: 100 },
    );
  });

  it('Louvain communities do not depend on ids (same order, same seed)', () => {
    fc.assert(
      fc.property(networkArb, fc.integer({ min: 0, max: 2 ** 31 }), ({ nodes, edges, labels }, seed) => {
        const original = networkMetrics({ nodes, edges }, { seed });
        const { input, to } = relabel({ nodes, edges }, labels);
        const moved = networkMetrics(input, { seed });
        expect(moved.communities.map((c) => c.members)).toEqual(original.communities.map((c) => c.members.map(to)));
        if (original.modularity === null) expect(moved.modularity).toBeNull();
        else expect(moved.modularity).toBeCloseTo(original.modularity, 12);
      }),
      { numRuns: 100 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth, type Box, type LabelPoint } from './plot-labels';

const BOUNDS: Box = { left: 0, top: 0, right: 500, bottom: 320 };
const CHAR = 7;
const LINE = 14;
const RADIUS = 5;
const measure = (text: string) => [...text].length * CHAR;

/** The box a placed label covers, as placeLabels measures it. */
function boxOf(l: { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' }): Box {
  const width = [...l.text].length * CHAR;
  const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - width : l.x - width / 2;
  return { left, right: left + width, top: l.y - LINE / 2, bottom: l.y + LINE / 2 };
}
const overlap = (a: Box, b: Box) => a.left < b.right - 1e-9 && b.left < a.right - 1e-9 && a.top < b.bottom - 1e-9 && b.top < a.bottom - 1e-9;
const dot = (p: LabelPoint): Box => ({ left: p.x - RADIUS, right: p.x + RADIUS, top: p.y - RADIUS, bottom: p.y + RADIUS });

describe('placeLabels', () => {
  it('estimates widths generously: capitals wider than lower case, narrow letters narrower', () => {
    expect(textWidth('CD2E')).toBe(34);
    expect(textWidth('Ville')).toBeCloseTo(8.5 + 4 + 4 + 4 + 6.8, 9);
  });

  it('puts a lone label to the right of its point', () => {
    expect(placeLabels([{ key: 'a', x: 100, y: 100, text: 'CD2E' }], BOUNDS, { measure })).toEqual([
      { keys: ['a'], text: 'CD2E', number: null, x: 108, y: 100, anchor: 'start' },
    ]);
  });

  it('gives actors at the same spot one label, their names joined', () => {
    const placed = placeLabels(
      [
        { key: 'a', x: 100, y: 100, text: 'Avnir' },
        { key: 'b', x: 200, y: 50, text: 'CD2E' },
        { key: 'c', x: 101, y: 99, text: 'TEAM2' },
      ],
      BOUNDS,
      { measure },
    );
    expect(placed.map((l) => [l.keys, l.text])).toEqual([
      [['a', 'c'], 'Avnir, TEAM2'],
      [['b'], 'CD2E'],
    ]);
  });

  it('moves a label left of a point at the right edge, and numbers the rest of a tight cluster', () => {
    const [edge] = placeLabels([{ key: 'e', x: 495, y: 100, text: 'Région' }], BOUNDS, { measure });
    expect(edge).toMatchObject({ anchor: 'end', number: null });
    // 15 actors a few pixels apart, as on a plane where many weigh about the same.
    const cluster = Array.from({ length: 15 }, (_, i) => ({ key: `p${i}`, x: 250 + (i % 4) * 4, y: 160 + Math.floor(i / 4) * 4, text: `Acteur ${i + 1}` }));
    const placed = placeLabels(cluster, BOUNDS, { measure });
    const numbers = placed.flatMap((l) => (l.number === null ? [] : [l.number]));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(placed[0]!.number).toBeNull(); // the first (most important) keeps its name
  });

  it('never overlaps two names, a name and a point, nor leaves the plot (property)', () => {
    const points = fc
      .uniqueArray(fc.record({ x: fc.integer({ min: 10, max: 490 }), y: fc.integer({ min: 10, max: 310 }), text: fc.stringMatching(/^[A-Za-z]{1,12}$/) }), {
        minLength: 1,
        maxLength: 25,
        selector: (p) => `${p.x},${p.y}`,
      })
      .map((ps) => ps.map((p, i) => ({ key: `k${i}`, ...p })));
    fc.assert(
      fc.property(points, (ps) => {
        const placed = placeLabels(ps, BOUNDS, { measure, lineHeight: LINE, radius: RADIUS });
        // Names: inside the plot, over no point and no other name (numbers may be crowded out).
        for (const l of placed.filter((x) => x.number === null)) {
          const box = boxOf(l);
          expect(box.left).toBeGreaterThanOrEqual(BOUNDS.left);
          expect(box.right).toBeLessThanOrEqual(BOUNDS.right);
          expect(box.top).toBeGreaterThanOrEqual(BOUNDS.top);
          expect(box.bottom).toBeLessThanOrEqual(BOUNDS.bottom);
          for (const p of ps) expect(overlap(box, dot(p)), `${l.text} over ${p.key}`).toBe(false);
          for (const o of placed) if (o !== l && o.number === null) expect(overlap(box, boxOf(o))).toBe(false);
        }
        expect(placed.flatMap((l) => l.keys).sort()).toEqual(ps.map((p) => p.key).sort());
      }),
      { numRuns: 200 },
    );
  });
});

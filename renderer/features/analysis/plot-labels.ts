/**
 * Label placement for a scatter plot. Points drawn at the same spot (within `merge` px) share one
 * label, their names joined. Each label goes in the first free spot next to its point (right,
 * left, above, below, then the diagonals), never over another label, another point, or out of the
 * plot. A label that fits nowhere becomes a number, placed the same way, and the plot's legend
 * names it. Points are placed in the caller's order: put the most important first.
 */

export interface LabelPoint {
  key: string;
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  /** The points labelled (several when drawn at the same spot), in the caller's order. */
  keys: string[];
  /** The text drawn: the names, or the label's number when they did not fit. */
  text: string;
  /** 1, 2, … for labels drawn as a number (named in the legend); null when the names fit. */
  number: number | null;
  /** The text's anchor point and alignment (vertically centred: SVG dy = 0.32em). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelOptions {
  /** The width of a text (px); default: a generous estimate for 12 px sans-serif (textWidth). */
  measure?: (text: string) => number;
  /** Height of a line of text (px). */
  lineHeight?: number;
  /** The points' radius (px). */
  radius?: number;
  /** Points closer than this (px) are drawn at the same spot and share a label. */
  merge?: number;
}

/**
 * A text's width at 12 px in a sans-serif font, on the generous side (so estimated boxes hold the
 * drawn text): capitals, digits and wide letters 8.5 px, narrow letters and punctuation 4 px, the
 * rest 6.8 px. Measuring would need the text drawn first; this needs nothing.
 */
export function textWidth(text: string): number {
  let w = 0;
  for (const c of text) w += /[ilj.,;:'’|!ıfrt() -]/.test(c) ? 4 : /[A-Z0-9mwMW@%&]/.test(c) ? 8.5 : 6.8;
  return w;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, bounds: Box) => a.left >= bounds.left && a.right <= bounds.right && a.top >= bounds.top && a.bottom <= bounds.bottom;

/** Directions around a point, in order of preference: right, left, above, below, then the diagonals. */
const DIRECTIONS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
];

export function placeLabels(points: readonly LabelPoint[], bounds: Box, options: LabelOptions = {}): PlacedLabel[] {
  const measure = options.measure ?? textWidth;
  const lineHeight = options.lineHeight ?? 14;
  const radius = options.radius ?? 5;
  const merge = options.merge ?? 2;
  const gap = radius + 3;

  const groups: { x: number; y: number; points: LabelPoint[] }[] = [];
  for (const p of points) {
    const same = groups.find((g) => Math.abs(g.x - p.x) <= merge && Math.abs(g.y - p.y) <= merge);
    if (same) same.points.push(p);
    else groups.push({ x: p.x, y: p.y, points: [p] });
  }
  const taken: Box[] = groups.map((g) => ({ left: g.x - radius - 1, top: g.y - radius - 1, right: g.x + radius + 1, bottom: g.y + radius + 1 }));

  /** The first free spot next to (x, y) for `text`, taken; null when there is none. */
  const place = (x: number, y: number, text: string): Omit<PlacedLabel, 'keys' | 'number'> | null => {
    const width = measure(text);
    for (const [dx, dy] of DIRECTIONS) {
      const cx = x + dx * (gap + width / 2);
      const cy = y + dy * (gap + lineHeight / 2);
      const box = { left: cx - width / 2, right: cx + width / 2, top: cy - lineHeight / 2, bottom: cy + lineHeight / 2 };
      if (!inside(box, bounds) || taken.some((b) => overlaps(b, box))) continue;
      taken.push(box);
      const anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
      return { text, x: anchor === 'start' ? box.left : anchor === 'end' ? box.right : cx, y: cy, anchor };
    }
    return null;
  };

  let numbered = 0;
  return groups.map((g) => {
    const keys = g.points.map((p) => p.key);
    const label = place(g.x, g.y, g.points.map((p) => p.text).join(', '));
    if (label) return { keys, number: null, ...label };
    const number = ++numbered;
    // Crowded even for a number: it goes to the right, over whatever is there, still named in the legend.
    return { keys, number, ...(place(g.x, g.y, String(number)) ?? { text: String(number), x: g.x + gap, y: g.y, anchor: 'start' as const }) };
  });
}

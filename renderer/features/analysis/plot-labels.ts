/**
 * Label placement for a scatter plot: each point's label goes in the first free spot around it
 * (right, left, above, below, the diagonals; then further out with a leader line), never over
 * another label, another point, or out of the plot. A label that fits nowhere becomes a number,
 * placed the same way, and the plot's legend names it. Points are placed in the caller's order:
 * put the most important first.
 */

export interface LabelPoint {
  key: string;
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  key: string;
  /** The text drawn: the label, or the point's number when the label did not fit. */
  text: string;
  /** 1, 2, … for points labelled by a number (named in the legend); null when the label fits. */
  number: number | null;
  /** The text's anchor point and alignment (baseline at y, as SVG draws it with dy = 0.32em). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** A line from the point to a label placed further out; null when the label is next to it. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelOptions {
  /** Estimated width of one character (px); labels are short names, 12 px text. */
  charWidth?: number;
  /** Height of a line of text (px). */
  lineHeight?: number;
  /** The points' radius (px). */
  radius?: number;
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
  const charWidth = options.charWidth ?? 7;
  const lineHeight = options.lineHeight ?? 14;
  const radius = options.radius ?? 5;
  const taken: Box[] = points.map((p) => ({ left: p.x - radius - 1, top: p.y - radius - 1, right: p.x + radius + 1, bottom: p.y + radius + 1 }));
  let numbered = 0;

  /** The text's box when it sits `gap` px from the point in direction (dx, dy). */
  const candidate = (p: LabelPoint, text: string, [dx, dy]: readonly [number, number], gap: number) => {
    const width = [...text].length * charWidth;
    const cx = p.x + dx * (gap + (dx === 0 ? 0 : width / 2));
    const cy = p.y + dy * (gap + lineHeight / 2);
    const box = { left: cx - width / 2, right: cx + width / 2, top: cy - lineHeight / 2, bottom: cy + lineHeight / 2 };
    const anchor: PlacedLabel['anchor'] = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
    return { box, anchor, x: anchor === 'start' ? box.left : anchor === 'end' ? box.right : cx, y: cy };
  };

  const place = (p: LabelPoint, text: string): Omit<PlacedLabel, 'key' | 'number'> | null => {
    for (const [gap, leader] of [
      [radius + 3, false],
      [radius + 18, true],
    ] as const) {
      for (const d of DIRECTIONS) {
        const c = candidate(p, text, d, gap);
        if (!inside(c.box, bounds) || taken.some((b) => overlaps(b, c.box))) continue;
        taken.push(c.box);
        // The leader runs from the point's edge to the label box's nearest point.
        const nx = Math.min(Math.max(p.x, c.box.left), c.box.right);
        const ny = Math.min(Math.max(p.y, c.box.top), c.box.bottom);
        const length = Math.hypot(nx - p.x, ny - p.y) || 1;
        return {
          text,
          x: c.x,
          y: c.y,
          anchor: c.anchor,
          leader: leader ? { x1: p.x + ((nx - p.x) / length) * radius, y1: p.y + ((ny - p.y) / length) * radius, x2: nx, y2: ny } : null,
        };
      }
    }
    return null;
  };

  return points.map((p) => {
    const label = place(p, p.text);
    if (label) return { key: p.key, number: null, ...label };
    const number = ++numbered;
    // Crowded even for a number: it goes to the right, over whatever is there, still named in the legend.
    const fallback = candidate(p, String(number), DIRECTIONS[0]!, radius + 3);
    return { key: p.key, number, ...(place(p, String(number)) ?? { text: String(number), x: fallback.x, y: fallback.y, anchor: fallback.anchor, leader: null }) };
  });
}

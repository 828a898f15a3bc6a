/**
 * How the map codes collèges and relation kinds. Colour is never the only cue (UX.md): each
 * collège has an Okabe–Ito colour (colour-blind safe) AND a shape; each relation kind has a
 * colour and is named in the edge's label, the legend and the side panel.
 */

/** Okabe–Ito, in the order given to the workspace's collèges (the four defaults first). */
export const COLLEGE_COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442'] as const;
export const NO_COLLEGE_COLOUR = '#999999';

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'hexagon' | 'pentagon' | 'star';
export const COLLEGE_SHAPES: readonly Shape[] = ['circle', 'square', 'diamond', 'triangle', 'hexagon', 'pentagon', 'star'];

export const collegeColour = (index: number) => (index < 0 ? NO_COLLEGE_COLOUR : COLLEGE_COLOURS[index % COLLEGE_COLOURS.length]!);
/** Past the seventh collège, shapes repeat with another colour: the pair stays distinct for 49 collèges. */
export const collegeShape = (index: number): Shape => (index < 0 ? 'circle' : COLLEGE_SHAPES[(index + Math.floor(index / COLLEGE_SHAPES.length)) % COLLEGE_SHAPES.length]!);

/** An SVG path of the shape in a box of side `s` (origin top-left). */
export function shapePath(shape: Shape, s: number): string {
  const c = s / 2;
  const polygon = (n: number, rotation = -Math.PI / 2, r = c - 1.5) =>
    Array.from({ length: n }, (_, i) => {
      const a = rotation + (2 * Math.PI * i) / n;
      return `${(c + r * Math.cos(a)).toFixed(1)},${(c + r * Math.sin(a)).toFixed(1)}`;
    }).join(' L');
  switch (shape) {
    case 'circle':
      return `M${c},1.5 A${c - 1.5},${c - 1.5} 0 1 1 ${c - 0.01},1.5 Z`;
    case 'square':
      return `M${s * 0.1},${s * 0.1} H${s * 0.9} V${s * 0.9} H${s * 0.1} Z`;
    case 'diamond':
      return `M${polygon(4)} Z`;
    case 'triangle':
      return `M${c},1.5 L${s - 1.5},${s - 4} L1.5,${s - 4} Z`;
    case 'hexagon':
      return `M${polygon(6, 0)} Z`;
    case 'pentagon':
      return `M${polygon(5)} Z`;
    case 'star': {
      const pts = Array.from({ length: 10 }, (_, i) => {
        const r = i % 2 === 0 ? c - 1.5 : (c - 1.5) * 0.5;
        const a = -Math.PI / 2 + (Math.PI * i) / 5;
        return `${(c + r * Math.cos(a)).toFixed(1)},${(c + r * Math.sin(a)).toFixed(1)}`;
      });
      return `M${pts.join(' L')} Z`;
    }
  }
}

/** Relation kinds: a colour each, from CSS custom properties so both themes keep contrast with the canvas. */
export const KIND_VARIABLES = 7;
export const kindColour = (index: number) => (index < 0 ? 'var(--map-kind-none)' : `var(--map-kind-${index % KIND_VARIABLES})`);

/**
 * Louvain communities (index 0 = the largest): the same colour-blind-safe palette, in a different
 * order from the collèges' so the two encodings are not confused; each node also carries its number.
 */
export const COMMUNITY_COLOURS = ['#D55E00', '#56B4E9', '#F0E442', '#009E73', '#CC79A7', '#0072B2', '#E69F00'] as const;
export const communityColour = (index: number) => COMMUNITY_COLOURS[index % COMMUNITY_COLOURS.length]!;

import { collegeShape, communityColour, collegeColour, shapePath, type Shape } from './map-style';

/**
 * The map as a standalone SVG document, built from the graph's data rather than copied from the
 * screen: a large map stays a few hundred kilobytes, and what the canvas layer paints is drawn
 * too. The legend sits to the right of the network. Colours are concrete (no CSS variables), so
 * the file looks the same wherever it is opened. Text is escaped: names are user text.
 */

export interface SvgNode {
  x: number;
  y: number;
  size: number;
  collegeIndex: number;
  community: number | null;
  label: string;
  stanceMark: string | null;
  dimmed: boolean;
}
export interface SvgEdge {
  source: { x: number; y: number; size: number };
  target: { x: number; y: number; size: number };
  colour: string;
  width: number;
  dashed: boolean;
  direction: 'none' | 'forward' | 'both';
  marker: 'strengthen' | 'weaken' | null;
  dimmed: boolean;
}
export type LegendItem = { swatch: { shape: Shape; fill: string } | { line: string; dashed: boolean; mark?: string } | null; text: string };
export interface SvgLegend {
  title: string;
  sections: { heading: string; items: LegendItem[] }[];
}
export interface SvgTheme {
  background: string;
  text: string;
  surface: string;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const r = (n: number) => Math.round(n * 10) / 10;
const PAD = 60;
const LEGEND_WIDTH = 300;
const LINE = 20;

export function nodeFill(n: Pick<SvgNode, 'collegeIndex' | 'community'>) {
  return n.community === null ? collegeColour(n.collegeIndex) : communityColour(n.community);
}

export function buildMapSvg({ nodes, edges, legend, theme, title }: { nodes: SvgNode[]; edges: SvgEdge[]; legend: SvgLegend | null; theme: SvgTheme; title: string }): string {
  const xs = nodes.flatMap((n) => [n.x - n.size / 2, n.x + n.size / 2]);
  const ys = nodes.flatMap((n) => [n.y - n.size / 2, n.y + n.size / 2 + 24]);
  const [minX, maxX, minY, maxY] = nodes.length ? [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)] : [0, 400, 0, 300];
  const mapWidth = maxX - minX + 2 * PAD;
  const legendLines = legend ? 2 + legend.sections.reduce((s, sec) => s + 1.4 + sec.items.length, 0) : 0;
  const width = Math.ceil(mapWidth + (legend ? LEGEND_WIDTH : 0));
  const height = Math.ceil(Math.max(maxY - minY + 2 * PAD, legendLines * LINE + 2 * PAD));
  const ox = PAD - minX;
  const oy = PAD - minY;

  const colours = [...new Set(edges.map((e) => e.colour))];
  const arrowId = (c: string) => `arrow-${colours.indexOf(c)}`;
  const defs = colours
    .map((c) => `<marker id="${arrowId(c)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="14" markerHeight="14" markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 Z" fill="${c}"/></marker>`)
    .join('');

  const edgeSvg = edges.map((e) => {
    const [sx, sy, tx, ty] = [e.source.x + ox, e.source.y + oy, e.target.x + ox, e.target.y + oy];
    const len = Math.hypot(tx - sx, ty - sy) || 1;
    const [ux, uy] = [(tx - sx) / len, (ty - sy) / len];
    const [x1, y1] = [sx + ux * (e.source.size / 2 + 2), sy + uy * (e.source.size / 2 + 2)];
    const [x2, y2] = [tx - ux * (e.target.size / 2 + 4), ty - uy * (e.target.size / 2 + 4)];
    const attrs = [
      `x1="${r(x1)}" y1="${r(y1)}" x2="${r(x2)}" y2="${r(y2)}"`,
      `stroke="${e.colour}" stroke-width="${r(e.width)}"`,
      e.dashed ? 'stroke-dasharray="7 5"' : '',
      e.direction !== 'none' ? `marker-end="url(#${arrowId(e.colour)})"` : '',
      e.direction === 'both' ? `marker-start="url(#${arrowId(e.colour)})"` : '',
      e.dimmed ? 'opacity="0.2"' : '',
    ];
    const mark = e.marker
      ? `<text x="${r((x1 + x2) / 2)}" y="${r((y1 + y2) / 2 + 5)}" text-anchor="middle" font-weight="700" font-size="14" fill="${theme.text}">${e.marker === 'strengthen' ? '↑' : '↓'}</text>`
      : '';
    return `<line ${attrs.filter(Boolean).join(' ')}/>${mark}`;
  });

  const nodeSvg = nodes.map((n) => {
    const [x, y] = [n.x + ox - n.size / 2, n.y + oy - n.size / 2];
    const stance = n.stanceMark
      ? `<circle cx="${r(n.size + 4)}" cy="-4" r="10" fill="${theme.surface}" stroke="${theme.text}" stroke-width="1.5"/><text x="${r(n.size + 4)}" y="1" text-anchor="middle" font-size="13" font-weight="700" fill="${theme.text}">${esc(n.stanceMark)}</text>`
      : '';
    return (
      `<g transform="translate(${r(x)},${r(y)})"${n.dimmed ? ' opacity="0.2"' : ''}>` +
      `<path d="${shapePath(collegeShape(n.collegeIndex), n.size)}" fill="${nodeFill(n)}" stroke="${theme.text}" stroke-width="1.5"${n.collegeIndex < 0 ? ' stroke-dasharray="4 3"' : ''}/>` +
      stance +
      `<text x="${r(n.size / 2)}" y="${r(n.size + 17)}" text-anchor="middle" font-size="15" font-weight="600" fill="${theme.text}" paint-order="stroke" stroke="${theme.background}" stroke-width="4">${esc(n.label)}</text>` +
      `</g>`
    );
  });

  let legendSvg = '';
  if (legend) {
    let y = PAD;
    const lx = mapWidth;
    const rows = [`<text x="${lx}" y="${y}" font-size="17" font-weight="700" fill="${theme.text}">${esc(legend.title)}</text>`];
    y += LINE * 1.5;
    for (const section of legend.sections) {
      rows.push(`<text x="${lx}" y="${y}" font-size="14" font-weight="700" fill="${theme.text}">${esc(section.heading)}</text>`);
      y += LINE;
      for (const item of section.items) {
        const s = item.swatch;
        if (s && 'shape' in s) rows.push(`<path transform="translate(${lx},${y - 13})" d="${shapePath(s.shape, 16)}" fill="${s.fill}" stroke="${theme.text}" stroke-width="1"/>`);
        else if (s) {
          rows.push(`<line x1="${lx}" y1="${y - 5}" x2="${lx + 24}" y2="${y - 5}" stroke="${s.line}" stroke-width="3"${s.dashed ? ' stroke-dasharray="5 3"' : ''}/>`);
          if (s.mark) rows.push(`<text x="${lx + 12}" y="${y - 9}" text-anchor="middle" font-size="12" font-weight="700" fill="${theme.text}">${esc(s.mark)}</text>`);
        }
        rows.push(`<text x="${lx + (s ? 32 : 0)}" y="${y}" font-size="13" fill="${theme.text}">${esc(item.text)}</text>`);
        y += LINE;
      }
      y += LINE * 0.4;
    }
    legendSvg = `<g>${rows.join('')}</g>`;
  }

  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">` +
    `<title>${esc(title)}</title><defs>${defs}</defs>` +
    `<rect width="100%" height="100%" fill="${theme.background}"/>` +
    `<g>${edgeSvg.join('')}</g><g>${nodeSvg.join('')}</g>${legendSvg}</svg>`
  );
}

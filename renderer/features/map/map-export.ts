import type { LegendModel } from './legend-model';
import type { ActorNodeType, RelationEdgeType } from './map-elements';
import { buildMapSvg, type SvgEdge, type SvgLegend, type SvgNode } from './map-svg';
import { kindColour } from './map-style';

/** The exported picture is at most this many pixels a side (browsers refuse larger canvases). */
const MAX_PNG_SIDE = 8000;

/** A CSS custom property's value now (the theme's), so the file keeps the colours seen on screen. */
function resolve(colour: string): string {
  const name = /^var\((--[\w-]+)\)$/.exec(colour)?.[1];
  return name ? getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#777777' : colour;
}

/** The current view (what is shown, where, as decorated) and its legend as an SVG document. */
export function mapSvg(nodes: readonly ActorNodeType[], edges: readonly RelationEdgeType[], legend: LegendModel | null, title: string): string {
  const at = new Map(nodes.map((n) => [n.id, { x: n.position.x, y: n.position.y, size: n.data.size }]));
  // Every node of the view, including those the canvas layer paints instead of React Flow.
  const svgNodes: SvgNode[] = nodes.map((n) => ({
      x: n.position.x,
      y: n.position.y,
      size: n.data.size,
      collegeIndex: n.data.node.collegeIndex,
      community: n.data.community,
      label: n.data.node.acronym || n.data.node.label,
      stanceMark: n.data.node.stanceMark,
    dimmed: n.className === 'is-dimmed',
  }));
  const svgEdges: SvgEdge[] = edges.flatMap((e) => {
    const [source, target] = [at.get(e.source), at.get(e.target)];
    if (!source || !target || !e.data) return [];
    const { edge, kindIndex } = e.data;
    return [{ source, target, colour: resolve(kindColour(kindIndex)), width: edge.width, dashed: edge.dashed, direction: edge.direction, marker: edge.marker, dimmed: e.className === 'is-dimmed' }];
  });
  const svgLegend: SvgLegend | null = legend && {
    title: legend.title,
    sections: [
      ...legend.sections.map((s) => ({
        heading: s.heading,
        items: s.items.map((i) => ({
          text: i.text,
          swatch: !i.swatch ? null : 'shape' in i.swatch ? { shape: i.swatch.shape, fill: i.swatch.fill ?? resolve('var(--surface-2)') } : { ...i.swatch, line: resolve(i.swatch.line) },
        })),
      })),
      { heading: '', items: legend.notes.map((n) => ({ text: n.text, swatch: null })) },
    ],
  };
  const theme = { background: resolve('var(--map-canvas)'), text: resolve('var(--text)'), surface: resolve('var(--surface)') };
  return buildMapSvg({ nodes: svgNodes, edges: svgEdges, legend: svgLegend, theme, title });
}

/** Rasterises the SVG at twice its size (sharp when projected), within the browsers' canvas limits. */
export async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = Math.min(2, MAX_PNG_SIDE / Math.max(img.naturalWidth, img.naturalHeight));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a file to save, through a temporary link (browser mode and the desktop window alike). */
export function saveFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name, rel: 'noopener' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

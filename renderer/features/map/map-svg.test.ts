import { describe, expect, it } from 'vitest';
import { buildMapSvg } from './map-svg';

const theme = { background: '#ffffff', text: '#111111', surface: '#eeeeee' };
const node = (x: number, label: string) => ({ x, y: 0, size: 46, collegeIndex: 0, community: null, label, stanceMark: '+', dimmed: false });

describe('buildMapSvg', () => {
  it('draws nodes, edges with arrowheads, and the legend, with user text escaped', () => {
    const svg = buildMapSvg({
      nodes: [node(0, 'A & <B>'), node(300, 'C')],
      edges: [{ source: { x: 0, y: 0, size: 46 }, target: { x: 300, y: 0, size: 46 }, colour: '#0b5cad', width: 3.5, dashed: true, direction: 'forward', marker: 'strengthen', dimmed: false }],
      legend: { title: 'Légende', sections: [{ heading: 'Collèges', items: [{ swatch: { shape: 'circle', fill: '#0072B2' }, text: '"Pouvoirs" publics' }] }] },
      theme,
      title: 'Carte <1>',
    });
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('A &amp; &lt;B&gt;');
    expect(svg).toContain('&quot;Pouvoirs&quot; publics');
    expect(svg).toContain('<title>Carte &lt;1&gt;</title>');
    expect(svg).not.toContain('<B>');
    expect(svg).toMatch(/<line [^>]*stroke-dasharray="7 5"[^>]*marker-end="url\(#arrow-0\)"/);
    expect(svg).toContain('↑');
    expect(svg).toContain('Légende');
    expect(svg).not.toContain('var(--');
    const width = Number(/width="(\d+)"/.exec(svg)![1]);
    expect(width).toBeGreaterThan(300 + 46 + 300); // the network plus the legend column
  });
  it('fades dimmed nodes and edges, and has a size without nodes', () => {
    const svg = buildMapSvg({ nodes: [{ ...node(0, 'x'), dimmed: true }], edges: [], legend: null, theme, title: 't' });
    expect(svg).toContain('opacity="0.2"');
    expect(buildMapSvg({ nodes: [], edges: [], legend: null, theme, title: 't' })).toMatch(/width="\d+"/);
  });
});

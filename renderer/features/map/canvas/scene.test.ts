import { describe, expect, it } from 'vitest';
import type { MapEdge, MapNode } from '../../../../shared/map/graph';
import type { ActorNodeType, RelationEdgeType } from '../map-elements';
import { nodesNear, visibleRect } from './draw';
import type { Palette } from './palette';
import { buildScene, nodeAt } from './scene';

const palette: Palette = {
  kinds: ['#k0', '#k1', '#k2', '#k3', '#k4', '#k5', '#k6'],
  kindNone: '#none',
  text: '#000',
  surface: '#fff',
  focus: '#f0f',
  ok: '#0a0',
  danger: '#a00',
  change: { added: '#add', strengthened: '#str', weakened: '#wea' },
};

const node = (id: string, x: number, y: number, size = 40, extra: Partial<ActorNodeType> = {}): ActorNodeType => ({
  id,
  type: 'actor',
  position: { x, y },
  data: {
    node: { id, actorId: `a-${id}`, label: `Acteur ${id}`, acronym: '', collegeIndex: 1 } as MapNode,
    collegeName: 'Entreprises',
    highlighted: false,
    size,
    community: null,
    communityLabel: null,
  },
  ...extra,
});

const edge = (id: string, source: string, target: string, e: Partial<MapEdge>, kindIndex = 0, className?: string): RelationEdgeType => ({
  id,
  type: 'relation',
  source,
  target,
  className,
  data: {
    edge: { id, source, target, width: 2, dashed: false, direction: 'forward', marker: null, change: null, status: 'existing', strength: 1, ...e } as MapEdge,
    kindIndex,
    sourceSize: 40,
    targetSize: 40,
  },
});

describe('the canvas scene of a large map', () => {
  const nodes = [node('a', 0, 0), node('b', 100, 0, 80), node('c', 100, 0, 20, { selected: true }), node('d', 5000, 5000, 40, { className: 'is-dimmed' })];

  it('groups relations by stroke style, one group per colour, width, dash and dimming', () => {
    const scene = buildScene(
      nodes,
      [
        edge('1', 'a', 'b', {}),
        edge('2', 'b', 'c', {}),
        edge('3', 'a', 'c', { dashed: true, change: 'added' }),
        edge('4', 'a', 'd', {}, 6, 'is-dimmed'),
        edge('5', 'a', 'gone', {}),
      ],
      palette,
    );
    expect(scene.edgeGroups.map((g) => [g.colour, g.dashed, g.dimmed, g.source.length])).toEqual([
      ['#k0', false, false, 2],
      ['#k0', true, false, 1],
      ['#k6', false, true, 1],
    ]);
    expect(scene.haloGroups).toEqual([expect.objectContaining({ colour: '#add', width: 10, source: [0], target: [2] })]);
    // An edge to a node not on the map is left out rather than drawn to nowhere.
    expect(scene.edgeGroups.flatMap((g) => g.target)).not.toContain(-1);
    expect([...scene.dimmed]).toEqual([0, 0, 0, 1]);
    expect([...scene.ringed]).toEqual([0, 0, 1, 0]);
    expect(scene.bounds).toEqual({ minX: -20, minY: -40, maxX: 5020, maxY: 5020 });
  });

  it('picks the actor whose centre is nearest (the smaller on the same centre), and nothing on empty map', () => {
    const scene = buildScene(nodes, [], palette);
    expect(scene.ids[nodeAt(scene, 100, 0)]).toBe('c');
    expect(scene.ids[nodeAt(scene, 130, 0)]).toBe('b');
    // Zoomed out, a small actor and a big one both cover the point: the nearer centre wins.
    const pair = buildScene([node('small', 0, 0, 20), node('big', 30, 0, 80)], [], palette);
    expect(pair.ids[nodeAt(pair, 20, 0, 15)]).toBe('big');
    expect(pair.ids[nodeAt(pair, 4, 0, 15)]).toBe('small');
    expect(nodeAt(scene, 300, 300)).toBe(-1);
    expect(nodeAt(scene, 23, 0, 4)).toBe(0);
  });

  it('lists the actors near the view, or none past the limit', () => {
    const scene = buildScene(nodes, [], palette);
    const view = { x: 0, y: 0, zoom: 1, width: 400, height: 300, dpr: 1 };
    expect(visibleRect(view)).toEqual({ minX: -0, minY: -0, maxX: 400, maxY: 300 });
    expect([...nodesNear(scene, view, 0, 10)]).toEqual(['a', 'b', 'c']);
    expect([...nodesNear(scene, view, 0, 2)]).toEqual([]);
    expect([...nodesNear(scene, { ...view, zoom: 0.05 }, 0, 10)]).toEqual(['a', 'b', 'c', 'd']);
  });
});

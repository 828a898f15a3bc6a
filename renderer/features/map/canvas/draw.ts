import { shapePath, type Shape } from '../map-style';
import type { Palette } from './palette';
import { groupByFill, type EdgeGroup, type Scene } from './scene';

/** React Flow's viewport: screen = map × zoom + (x, y). */
export interface View {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
  dpr: number;
}

export interface DrawOptions {
  /** Actors React Flow shows as DOM nodes (1): the canvas paints the others. */
  inDom: Uint8Array;
  palette: Palette;
  font: string;
}

/** Below this size on screen an actor is a dot of its colour: shapes cannot be told apart anyway. */
const DOT_PX = 2.5;
/** Labels are drawn at least this many pixels high, the largest actors first, never overlapping. */
const LABEL_MIN_PX = 11;
const LABEL_LIMIT = 300;
const AIR_PX = 14;
const ARROW_MIN_ZOOM = 0.3;

const shapes = new Map<string, Path2D>();
function shapeOf(shape: Shape, side: number): Path2D {
  const key = `${shape}|${side}`;
  let p = shapes.get(key);
  if (!p) shapes.set(key, (p = new Path2D(shapePath(shape, side))));
  return p;
}

/** The map rectangle on screen, widened by `margin` map units. */
export function visibleRect(view: View, margin = 0) {
  return {
    minX: -view.x / view.zoom - margin,
    minY: -view.y / view.zoom - margin,
    maxX: (view.width - view.x) / view.zoom + margin,
    maxY: (view.height - view.y) / view.zoom + margin,
  };
}

/**
 * The ids of the actors in the view widened by `margin` (a fraction of it on each side), or none
 * when there are more than `limit` of them.
 */
export function nodesNear(scene: Scene, view: View, margin: number, limit: number): ReadonlySet<string> {
  const v = visibleRect(view, (Math.max(view.width, view.height) * margin) / view.zoom);
  const ids = new Set<string>();
  for (let i = 0; i < scene.ids.length; i++) {
    const r = scene.r[i]!;
    if (scene.x[i]! + r < v.minX || scene.x[i]! - r > v.maxX || scene.y[i]! + r < v.minY || scene.y[i]! - r > v.maxY) continue;
    ids.add(scene.ids[i]!);
    if (ids.size > limit) return new Set();
  }
  return ids;
}

function strokeGroup(ctx: CanvasRenderingContext2D, scene: Scene, group: EdgeGroup, view: View, minWidth: number) {
  const v = visibleRect(view, group.width);
  const { x, y } = scene;
  ctx.beginPath();
  let any = false;
  for (let k = 0; k < group.source.length; k++) {
    const s = group.source[k]!;
    const t = group.target[k]!;
    const x1 = x[s]!;
    const y1 = y[s]!;
    const x2 = x[t]!;
    const y2 = y[t]!;
    if (Math.max(x1, x2) < v.minX || Math.min(x1, x2) > v.maxX || Math.max(y1, y2) < v.minY || Math.min(y1, y2) > v.maxY) continue;
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    any = true;
  }
  if (!any) return;
  ctx.strokeStyle = group.colour;
  ctx.lineWidth = Math.max(group.width, minWidth);
  ctx.setLineDash(group.dashed ? [7, 5] : []);
  ctx.globalAlpha = group.dimmed ? 0.22 : 1;
  ctx.stroke();
  ctx.globalAlpha = 1;
}

function drawArrows(ctx: CanvasRenderingContext2D, scene: Scene, view: View) {
  const v = visibleRect(view);
  const { x, y, r } = scene;
  const head = (tipX: number, tipY: number, ux: number, uy: number, size: number) => {
    ctx.moveTo(tipX, tipY);
    ctx.lineTo(tipX - ux * size - uy * size * 0.5, tipY - uy * size + ux * size * 0.5);
    ctx.lineTo(tipX - ux * size + uy * size * 0.5, tipY - uy * size - ux * size * 0.5);
    ctx.closePath();
  };
  for (const a of scene.arrows) {
    ctx.beginPath();
    for (let k = 0; k < a.source.length; k++) {
      const s = a.source[k]!;
      const t = a.target[k]!;
      const dx = x[t]! - x[s]!;
      const dy = y[t]! - y[s]!;
      const len = Math.hypot(dx, dy) || 1;
      const [ux, uy] = [dx / len, dy / len];
      const size = 9 + a.width[k]! * 1.5;
      const tx = x[t]! - ux * (r[t]! + 3);
      const ty = y[t]! - uy * (r[t]! + 3);
      if (tx >= v.minX && tx <= v.maxX && ty >= v.minY && ty <= v.maxY) head(tx, ty, ux, uy, size);
      if (a.mask[k] === 3) {
        const sx = x[s]! + ux * (r[s]! + 3);
        const sy = y[s]! + uy * (r[s]! + 3);
        if (sx >= v.minX && sx <= v.maxX && sy >= v.minY && sy <= v.maxY) head(sx, sy, -ux, -uy, size);
      }
    }
    ctx.fillStyle = a.colour;
    ctx.fill();
  }
}

function drawMarks(ctx: CanvasRenderingContext2D, scene: Scene, view: View, palette: Palette, font: string) {
  const v = visibleRect(view);
  ctx.setLineDash([]);
  ctx.font = `700 13px ${font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const m of scene.marks) {
    const mx = (scene.x[m.source]! + scene.x[m.target]!) / 2;
    const my = (scene.y[m.source]! + scene.y[m.target]!) / 2;
    if (mx < v.minX || mx > v.maxX || my < v.minY || my > v.maxY) continue;
    const colour = m.kind === 'strengthen' ? palette.ok : palette.danger;
    ctx.fillStyle = palette.surface;
    ctx.fillRect(mx - 9, my - 9, 18, 18);
    ctx.strokeStyle = colour;
    ctx.lineWidth = 1.5;
    ctx.setLineDash(m.kind === 'weaken' ? [3, 2] : []);
    ctx.strokeRect(mx - 9, my - 9, 18, 18);
    ctx.fillStyle = colour;
    ctx.fillText(m.kind === 'strengthen' ? '↑' : '↓', mx, my + 1);
  }
  ctx.setLineDash([]);
}

function drawNodes(ctx: CanvasRenderingContext2D, scene: Scene, view: View, inDom: Uint8Array, palette: Palette, font: string) {
  const v = visibleRect(view, 50);
  const { x, y, r } = scene;
  const onScreen: number[] = [];
  for (let i = 0; i < scene.ids.length; i++) if (!inDom[i] && x[i]! >= v.minX && x[i]! <= v.maxX && y[i]! >= v.minY && y[i]! <= v.maxY) onScreen.push(i);
  ctx.setLineDash([]);
  const base = ctx.getTransform();
  // Dimmed actors first, so focused ones stay on top.
  onScreen.sort((a, b) => scene.dimmed[b]! - scene.dimmed[a]!);
  const dots: number[] = [];
  for (const i of onScreen) {
    if (r[i]! * view.zoom < DOT_PX) {
      dots.push(i);
      continue;
    }
    const side = r[i]! * 2;
    ctx.globalAlpha = scene.dimmed[i] ? 0.25 : 1;
    ctx.translate(x[i]! - r[i]!, y[i]! - r[i]!);
    const path = shapeOf(scene.shape[i]!, side);
    ctx.fillStyle = scene.fill[i]!;
    ctx.fill(path);
    if (scene.ringed[i]) {
      ctx.strokeStyle = palette.focus;
      ctx.lineWidth = 4;
      ctx.stroke(path);
    }
    ctx.setTransform(base);
  }
  ctx.globalAlpha = 1;
  // Tiny actors: one path per colour, a square each (cheapest to fill, and what is seen at that size).
  const minSide = DOT_PX / view.zoom;
  for (const [fill, list] of groupByFill(scene, dots)) {
    ctx.beginPath();
    for (const i of list) {
      const side = Math.max(r[i]! * 2, minSide * 0.6);
      ctx.rect(x[i]! - side / 2, y[i]! - side / 2, side, side);
    }
    ctx.fillStyle = fill;
    ctx.fill();
  }
  for (const i of onScreen) {
    if (!scene.ringed[i] || r[i]! * view.zoom >= DOT_PX) continue;
    ctx.beginPath();
    ctx.arc(x[i]!, y[i]!, (DOT_PX + 3) / view.zoom, 0, Math.PI * 2);
    ctx.strokeStyle = palette.focus;
    ctx.lineWidth = 3 / view.zoom;
    ctx.stroke();
  }
  drawLabels(ctx, scene, onScreen, view, palette, font);
}

/**
 * Names under the actors, on a light plate as the DOM nodes have: the largest actors (and the
 * selected or found ones) first, each label only where it overlaps no other, so a zoomed-out map
 * still names its main actors instead of drawing an unreadable heap.
 */
function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, onScreen: number[], view: View, palette: Palette, font: string) {
  const px = Math.max(15 * view.zoom, LABEL_MIN_PX);
  const size = px / view.zoom;
  const pad = 3 / view.zoom;
  ctx.font = `600 ${size}px ${font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  const order = [...onScreen].sort((a, b) => scene.ringed[b]! - scene.ringed[a]! || scene.r[b]! - scene.r[a]!);
  const placed: { x1: number; y1: number; x2: number; y2: number }[] = [];
  for (const i of order) {
    if (placed.length >= LABEL_LIMIT) break;
    const text = scene.label[i]!;
    const w = ctx.measureText(text).width;
    const box = { x1: scene.x[i]! - w / 2 - pad, y1: scene.y[i]! + scene.r[i]! + pad, x2: scene.x[i]! + w / 2 + pad, y2: scene.y[i]! + scene.r[i]! + pad + size * 1.25 };
    // Some air around each label, so a zoomed-out map reads as names over a network, not a wall of text.
    const [ax, ay] = [AIR_PX / view.zoom, (AIR_PX / 2) / view.zoom];
    if (placed.some((p) => p.x1 < box.x2 + ax && box.x1 - ax < p.x2 && p.y1 < box.y2 + ay && box.y1 - ay < p.y2)) continue;
    placed.push(box);
    ctx.globalAlpha = scene.dimmed[i] ? 0.35 : 0.88;
    ctx.fillStyle = palette.surface;
    ctx.fillRect(box.x1, box.y1, box.x2 - box.x1, box.y2 - box.y1);
    ctx.globalAlpha = scene.dimmed[i] ? 0.45 : 1;
    ctx.fillStyle = palette.text;
    ctx.fillText(text, scene.x[i]!, box.y1 + size * 0.1);
  }
  ctx.globalAlpha = 1;
}

/** One frame: halos, edges, arrowheads and change marks, then the actors React Flow is not showing. */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, view: View, options: DrawOptions): void {
  const { dpr, zoom } = view;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(dpr * zoom, 0, 0, dpr * zoom, dpr * view.x, dpr * view.y);
  ctx.lineCap = 'round';
  // Lines keep a visible width however far the map is zoomed out.
  const minWidth = 0.8 / zoom;
  for (const g of scene.haloGroups) strokeGroup(ctx, scene, g, view, minWidth * 3);
  for (const g of scene.edgeGroups) strokeGroup(ctx, scene, g, view, minWidth);
  ctx.setLineDash([]);
  if (zoom >= ARROW_MIN_ZOOM) drawArrows(ctx, scene, view);
  if (zoom >= ARROW_MIN_ZOOM * 1.5 && scene.marks.length > 0) drawMarks(ctx, scene, view, options.palette, options.font);
  drawNodes(ctx, scene, view, options.inDom, options.palette, options.font);
}

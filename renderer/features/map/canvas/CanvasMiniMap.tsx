import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef, type PointerEvent } from 'react';
import type { ActorNodeType, RelationEdgeType } from '../map-elements';
import { visibleRect } from './draw';
import { groupByFill, type Scene } from './scene';

const WIDTH = 200;
const HEIGHT = 150;

type FlowStore = ReturnType<typeof useStoreApi<ActorNodeType, RelationEdgeType>>;
type Frame = { scale: number; x: number; y: number };

/**
 * Paints every actor as a dot into a bitmap, then the view's rectangle over it on each move; sets
 * `frame` (map to minimap) for the clicks. Returns what stops the repainting.
 */
function paintOverview(canvas: HTMLCanvasElement, ctx: CanvasRenderingContext2D, scene: Scene, store: FlowStore, frame: { current: Frame }): () => void {
  const dpr = window.devicePixelRatio || 1;
  [canvas.width, canvas.height] = [WIDTH * dpr, HEIGHT * dpr];
  const b = scene.bounds;
  const scale = Math.min(WIDTH / (b.maxX - b.minX || 1), HEIGHT / (b.maxY - b.minY || 1)) * 0.9;
  frame.current = { scale, x: (WIDTH - (b.maxX - b.minX) * scale) / 2 - b.minX * scale, y: (HEIGHT - (b.maxY - b.minY) * scale) / 2 - b.minY * scale };
  const dots = new OffscreenCanvas(canvas.width, canvas.height);
  const d = dots.getContext('2d')!;
  d.setTransform(dpr, 0, 0, dpr, 0, 0);
  const f = frame.current;
  for (const [fill, list] of groupByFill(scene, scene.ids.keys())) {
    d.beginPath();
    for (const i of list) d.rect(scene.x[i]! * f.scale + f.x - 1.5, scene.y[i]! * f.scale + f.y - 1.5, 3, 3);
    d.fillStyle = fill;
    d.fill();
  }
  const outline = getComputedStyle(canvas).color;
  let last: unknown = null;
  const paint = () => {
    const { transform, width, height } = store.getState();
    if (transform === last) return;
    last = transform;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(dots, 0, 0);
    const v = visibleRect({ x: transform[0], y: transform[1], zoom: transform[2], width, height, dpr });
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.strokeStyle = outline;
    ctx.lineWidth = 2;
    ctx.strokeRect(v.minX * f.scale + f.x, v.minY * f.scale + f.y, (v.maxX - v.minX) * f.scale, (v.maxY - v.minY) * f.scale);
  };
  paint();
  return store.subscribe(paint);
}

/**
 * The large map's overview: every actor as a dot, painted once per map change into a bitmap, and
 * the visible rectangle drawn over it on each move. React Flow's own minimap is one SVG element per
 * node and repaints them all on every frame of a pan. Click or drag in it to move the view there.
 */
export function CanvasMiniMap({ scene, label }: { scene: Scene | null; label: string }) {
  const flow = useReactFlow<ActorNodeType, RelationEdgeType>();
  const store = useStoreApi<ActorNodeType, RelationEdgeType>();
  const ref = useRef<HTMLCanvasElement>(null);
  const frame = useRef<Frame>({ scale: 1, x: 0, y: 0 });

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !scene || scene.ids.length === 0) return;
    // In a task of its own: when the map changes, the canvas layer redraws first, and the two
    // redraws of a 2,000-actor map in one task would block the page past a frame budget.
    let unsubscribe = () => {};
    const later = setTimeout(() => (unsubscribe = paintOverview(canvas, ctx, scene, store, frame)));
    return () => {
      clearTimeout(later);
      unsubscribe();
    };
  }, [scene, store]);

  const moveTo = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.type === 'pointermove' && e.buttons !== 1) return;
    const box = e.currentTarget.getBoundingClientRect();
    const f = frame.current;
    const x = (e.clientX - box.left - f.x) / f.scale;
    const y = (e.clientY - box.top - f.y) / f.scale;
    void flow.setCenter(x, y, { zoom: store.getState().transform[2] });
  };

  return (
    <canvas
      ref={ref}
      className="map-minimap-canvas nopan nowheel"
      role="img"
      aria-label={label}
      style={{ width: WIDTH, height: HEIGHT }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={moveTo}
    />
  );
}

import { useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { ActorNodeType, RelationEdgeType } from '../map-elements';
import { drawScene, type View } from './draw';
import type { Palette } from './palette';
import type { Scene } from './scene';

interface Props {
  scene: Scene;
  palette: Palette;
  /** The actors React Flow shows as DOM nodes: the canvas paints every other one. */
  domIds: ReadonlySet<string>;
  /** False until the view shows the map: nothing is drawn before. */
  framed: boolean;
  /** Called once the map has been framed and first drawn. */
  onFirstFrame?: () => void;
}

/** The bitmap covers the viewport plus this fraction of it on every side, so a pan rarely runs out of it. */
const MARGIN = 0.5;
/** After a move, the bitmap is redrawn sharp at the new zoom once the view has been still this long. */
const SETTLE_MS = 150;
/** A bitmap scaled up past this is too blurred even mid-move: redraw. */
const MAX_BLUR = 4;
/** Zooming out, the bitmap is redrawn at this fraction of the zoom, covering a wider area. */
const ZOOM_OUT_AHEAD = 0.5;

/**
 * The large-map layer: relations (and, zoomed out, actors) painted on one canvas under React Flow's
 * own layer. Thousands of SVG paths and DOM nodes are what makes a big map crawl. While the view
 * moves, the bitmap already drawn is only moved and scaled by a compositor transform (no repaint);
 * it is redrawn when the view leaves it, when the map changes, and once the move settles.
 * `data-ready` marks the first frame drawn (the bench waits for it).
 */
export function GraphCanvas({ scene, palette, domIds, framed, onFirstFrame }: Props) {
  const store = useStoreApi<ActorNodeType, RelationEdgeType>();
  const ref = useRef<HTMLCanvasElement>(null);
  const inDom = useMemo(() => Uint8Array.from(scene.ids, (id) => (domIds.has(id) ? 1 : 0)), [scene, domIds]);
  const firstFrame = useRef(onFirstFrame);
  useEffect(() => {
    firstFrame.current = onFirstFrame;
  }, [onFirstFrame]);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !framed) return;
    const font = getComputedStyle(canvas).fontFamily || 'system-ui, sans-serif';
    let drawn: View | null = null;
    let settle = 0;

    /** Where the bitmap drawn for `d` must move (a, b) and by how much it scales (s) to match the view. */
    const placement = (d: View, x: number, y: number, zoom: number) => {
      const s = zoom / d.zoom;
      const [mw, mh] = [d.width * MARGIN, d.height * MARGIN];
      return { s, a: x + mw - s * (d.x + mw), b: y + mh - s * (d.y + mh) };
    };

    /**
     * Draws the bitmap around the current view. `ahead` < 1 draws it at a smaller scale than the
     * view's (blurred by the transform until the move settles) so a zoom out keeps being covered.
     */
    const redraw = (x: number, y: number, zoom: number, width: number, height: number, ahead = 1) => {
      const dpr = window.devicePixelRatio || 1;
      const [mw, mh] = [width * MARGIN, height * MARGIN];
      const [cw, ch] = [width + 2 * mw, height + 2 * mh];
      const [pw, ph] = [Math.round(cw * dpr), Math.round(ch * dpr)];
      if (canvas.width !== pw || canvas.height !== ph) {
        [canvas.width, canvas.height] = [pw, ph];
        Object.assign(canvas.style, { left: `${-mw}px`, top: `${-mh}px`, width: `${cw}px`, height: `${ch}px` });
      }
      // Keep the screen's centre at the bitmap's centre whatever scale it is drawn at.
      const k = zoom * ahead;
      const d: View = { x: width / 2 - ((width / 2 - x) / zoom) * k, y: height / 2 - ((height / 2 - y) / zoom) * k, zoom: k, width, height, dpr };
      drawScene(ctx, scene, { ...d, x: d.x + mw, y: d.y + mh, width: cw, height: ch }, { inDom, palette, font });
      drawn = d;
      const { a, b, s } = placement(d, x, y, zoom);
      canvas.style.transform = ahead === 1 ? '' : `translate(${a}px, ${b}px) scale(${s})`;
      if (!canvas.dataset.ready) {
        canvas.dataset.ready = 'true';
        firstFrame.current?.();
      }
    };

    const onView = () => {
      const { transform, width, height } = store.getState();
      if (width === 0 || height === 0) return;
      const [x, y, zoom] = transform;
      const d = drawn;
      if (!d || d.width !== width || d.height !== height) return redraw(x, y, zoom, width, height);
      const { a, b, s } = placement(d, x, y, zoom);
      if (a === 0 && b === 0 && s === 1) return;
      const [mw, mh] = [width * MARGIN, height * MARGIN];
      // Still covered: the screen rectangle lies within the moved bitmap (and it is not blurred past use).
      const covered = a - mw <= 0 && b - mh <= 0 && a - mw + s * (width + 2 * mw) >= width && b - mh + s * (height + 2 * mh) >= height;
      clearTimeout(settle);
      settle = window.setTimeout(() => {
        const now = store.getState();
        redraw(now.transform[0], now.transform[1], now.transform[2], now.width, now.height);
      }, SETTLE_MS);
      if (!covered || s > MAX_BLUR) return redraw(x, y, zoom, width, height, s < 1 ? ZOOM_OUT_AHEAD : 1);
      canvas.style.transform = `translate(${a}px, ${b}px) scale(${s})`;
    };
    // A new map (a layout landing, an import) is drawn in the next frame's own task, not in the
    // one where React Flow takes in thousands of moved nodes: the two together block past 50 ms.
    // Moves of the view are still followed at once, below.
    const first = requestAnimationFrame(onView);
    const unsubscribe = store.subscribe(onView);
    return () => {
      cancelAnimationFrame(first);
      unsubscribe();
      clearTimeout(settle);
    };
  }, [scene, palette, inDom, framed, store]);

  return <canvas ref={ref} className="map-graph-canvas" aria-hidden="true" />;
}

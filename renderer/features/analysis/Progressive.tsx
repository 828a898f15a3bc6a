import { memo, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';

/**
 * Big panels render bit by bit, so no single task builds them all (a MACTOR panel of 40 × 40
 * matrices is some 10,000 cells) and the page answers input in between. Every growing list takes a
 * turn in one queue: after each paint, the first one in the queue shows its next step. So the
 * panel's parts appear top-down first (each with the first rows of its tables), then the tables
 * fill in, one step per frame.
 */

interface Grower {
  /** Shows one more step; true when nothing is left to show. */
  grow(): boolean;
}
const queue: Grower[] = [];
const listeners = new Set<() => void>();
let scheduled = false;

function changed() {
  for (const l of listeners) l();
}

function schedule() {
  if (scheduled || queue.length === 0) return;
  scheduled = true;
  // A timer set from requestAnimationFrame runs after that frame is painted.
  requestAnimationFrame(() =>
    setTimeout(() => {
      scheduled = false;
      const first = queue[0];
      if (first?.grow()) leave(first);
      schedule();
    }, 0),
  );
}

function join(g: Grower) {
  queue.push(g);
  if (queue.length === 1) changed();
  schedule();
}

function leave(g: Grower) {
  const i = queue.indexOf(g);
  if (i < 0) return;
  queue.splice(i, 1);
  if (queue.length === 0) changed();
}

/** Whether some list is still growing (for aria-busy). */
export function useGrowing(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => queue.length > 0,
  );
}

/** How many of `total` items to render now: `step` at first, `step` more at each of its turns. */
export function useRevealed(total: number, step: number): number {
  const [shown, setShown] = useState(step);
  const latest = useRef({ total, step, shown: step });
  useEffect(() => {
    latest.current.total = total;
    latest.current.step = step;
  });
  const done = shown >= total;
  // In the commit itself, so that aria-busy is set as soon as the first step is in the DOM.
  useLayoutEffect(() => {
    if (done) return;
    const grower: Grower = {
      grow() {
        const now = latest.current;
        now.shown += now.step;
        setShown(now.shown);
        return now.shown >= now.total;
      },
    };
    join(grower);
    return () => leave(grower);
  }, [done]);
  return Math.min(shown, total);
}

/** One part; it renders again only when the panel gives a new one, not when the next part appears. */
const Part = memo(function Part({ render }: { render: () => ReactNode }) {
  return render();
});

/** A panel's parts, in reading order, each rendered at its turn (see above). */
export function Progressive({ parts, className }: { parts: readonly (() => ReactNode)[]; className?: string }) {
  const shown = useRevealed(parts.length, 1);
  return (
    <div className={className}>
      {parts.slice(0, shown).map((part, i) => (
        <Part key={i} render={part} />
      ))}
    </div>
  );
}

/** The first `max` items and how many are left out (shown as "and N more"). */
export function capped<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** Rows per step of a table with `cols` columns: about 400 cells. */
export const rowsPerStep = (cols: number) => Math.max(1, Math.floor(400 / Math.max(1, cols)));

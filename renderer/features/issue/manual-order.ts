import { useMemo, useState } from 'react';

/** Swaps the item with its neighbour `delta` places away; null when it would leave the list. */
export function moved(ids: readonly string[], id: string, delta: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/**
 * Items in their manual order (by `position`), moved one place at a time. A move shows at once and
 * is then saved (`save` gets every id, in the new order); the saved order takes over as soon as the
 * snapshot changes (the save itself, an undo, another window).
 */
export function useManualOrder<T extends { id: string; position: number }>(items: readonly T[], save: (ids: string[]) => Promise<unknown>) {
  const sorted = useMemo(() => [...items].sort((a, b) => a.position - b.position), [items]);
  const key = sorted.map((i) => i.id).join(',');
  const [local, setLocal] = useState<{ base: string; ids: string[] } | null>(null);
  const ordered = useMemo(() => {
    if (!local || local.base !== key) return sorted;
    const byId = new Map(sorted.map((i) => [i.id, i]));
    return local.ids.map((id) => byId.get(id)).filter((i): i is T => i !== undefined);
  }, [local, key, sorted]);

  /** Moves one item; resolves with its new index (0-based), or null when it cannot move that way. */
  async function move(id: string, delta: -1 | 1): Promise<number | null> {
    const ids = moved(
      ordered.map((i) => i.id),
      id,
      delta,
    );
    if (!ids) return null;
    setLocal({ base: key, ids });
    await save(ids);
    return ids.indexOf(id);
  }

  return { ordered, move };
}

/** Focus on an actor's neighbourhood: the actors one or two relations away, whatever the direction. */
export type FocusDepth = 1 | 2;
export const focusDepths: readonly FocusDepth[] = [1, 2];

/** The nodes within `depth` steps of `centre` (itself included) over `edges`, read both ways. */
export function neighbourhood(edges: readonly { source: string; target: string }[], centre: string, depth: FocusDepth): Set<string> {
  const next = new Map<string, string[]>();
  const link = (a: string, b: string) => next.set(a, [...(next.get(a) ?? []), b]);
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const reached = new Set([centre]);
  let frontier = [centre];
  for (let step = 0; step < depth; step++) {
    const found: string[] = [];
    for (const id of frontier) {
      for (const n of next.get(id) ?? []) {
        if (reached.has(n)) continue;
        reached.add(n);
        found.push(n);
      }
    }
    frontier = found;
  }
  return reached;
}

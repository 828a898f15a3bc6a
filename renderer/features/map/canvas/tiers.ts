/**
 * Past these sizes the map paints relations on a canvas (GraphCanvas) instead of SVG, and actors too
 * whenever more than DOM_ACTORS of them would be on screen; React Flow then keeps only the actors
 * in view as DOM nodes (drag, connect, keyboard). The bench (`npm run bench -- --filter map`) set them.
 */
export const LARGE_MAP = { nodes: 100, edges: 250 };
export const DOM_ACTORS = 60;

export const isLargeMap = (nodes: number, edges: number) => nodes > LARGE_MAP.nodes || edges > LARGE_MAP.edges;

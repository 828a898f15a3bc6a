import { AppError } from '../../../shared/errors';
import type { GraphData, GraphEdge, GraphNode } from './graph-data';
import { attr, children, startOf, textOf, type XmlDocument, type XmlNode } from './xml-reader';

interface Key {
  title: string;
  /** yEd keeps labels in graphics data (`<y:NodeLabel>`), not in a named attribute. */
  graphics: boolean;
}

function keys(root: XmlNode): Map<string, Key> {
  const out = new Map<string, Key>();
  for (const k of children(root, 'key')) {
    const type = attr(k, 'yfiles.type');
    out.set(attr(k, 'id'), { title: attr(k, 'attr.name') || attr(k, 'id'), graphics: type === 'nodegraphics' || type === 'edgegraphics' });
  }
  return out;
}

/** The text of the first element with one of these names, anywhere below (yEd nests them). */
function findText(node: unknown, names: readonly string[], depth = 0): string {
  if (typeof node !== 'object' || node === null || depth > 12) return '';
  for (const [k, v] of Object.entries(node as XmlNode)) {
    if (names.includes(k)) {
      const t = textOf(Array.isArray(v) ? v[0] : v).trim();
      if (t) return t;
    }
  }
  for (const v of Object.values(node as XmlNode)) {
    const t = findText(v, names, depth + 1);
    if (t) return t;
  }
  return '';
}

function dataOf(element: XmlNode, keyMap: Map<string, Key>, labelTag: string) {
  const attributes: Record<string, string> = {};
  let label = '';
  for (const d of children(element, 'data')) {
    const key = keyMap.get(attr(d, 'key'));
    if (!key) continue;
    if (key.graphics) label ||= findText(d, [labelTag]);
    else attributes[key.title] = textOf(d).trim();
  }
  return { attributes, label };
}

/** Nodes, edges and their data from a GraphML document (yEd, Gephi, PRSM, NetworkX). */
export function graphmlGraph(doc: XmlDocument, file: string): GraphData {
  const root = doc.root.graphml as XmlNode | undefined;
  const top = children(root, 'graph')[0];
  if (!root || !top) throw new AppError('import-malformed', { file, format: 'GraphML', detail: 'no <graphml><graph> element' });
  const keyMap = keys(root);
  const line = (n: XmlNode) => Math.max(1, doc.lineAt(Math.max(0, startOf(n))));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  // Nested graphs (yEd groups) are walked too; a group node itself is not an actor.
  const walk = (graph: XmlNode, depth: number) => {
    if (depth > 20) return;
    const directed = attr(graph, 'edgedefault') === 'directed';
    for (const n of children(graph, 'node')) {
      const inner = children(n, 'graph');
      if (inner.length) inner.forEach((g) => walk(g, depth + 1));
      else nodes.push({ id: attr(n, 'id'), line: line(n), ...dataOf(n, keyMap, 'NodeLabel') });
    }
    children(graph, 'edge').forEach((e, i) => {
      const flag = attr(e, 'directed');
      const { attributes, label } = dataOf(e, keyMap, 'EdgeLabel');
      edges.push({
        id: attr(e, 'id') || `${depth}-${i}`,
        line: line(e),
        source: attr(e, 'source'),
        target: attr(e, 'target'),
        direction: (flag ? flag === 'true' : directed) ? 'forward' : 'none',
        label,
        weight: attributes.weight ?? attributes.Weight ?? '',
        attributes,
      });
    });
  };
  walk(top, 0);
  const titles = (f: string) => [...new Set(children(root, 'key').filter((k) => attr(k, 'for') === f || attr(k, 'for') === 'all').map((k) => keyMap.get(attr(k, 'id'))!).filter((k) => !k.graphics).map((k) => k.title))];
  return { nodes, edges, nodeAttributes: titles('node'), edgeAttributes: titles('edge') };
}

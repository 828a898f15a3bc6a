import { AppError } from '../../../shared/errors';
import type { GraphData, GraphEdge } from './graph-data';
import { attr, children, startOf, type XmlDocument, type XmlNode } from './xml-reader';

const edgeType = (t: string): GraphEdge['direction'] =>
  t === 'directed' ? 'forward' : t === 'undirected' ? 'none' : t === 'mutual' ? 'both' : null;

/** Attribute ids to titles for one class (node or edge) of a GEXF graph. */
function attributeTitles(graph: XmlNode, cls: 'node' | 'edge'): Map<string, string> {
  const titles = new Map<string, string>();
  for (const block of children(graph, 'attributes')) {
    if ((attr(block, 'class') || 'node') !== cls) continue;
    for (const a of children(block, 'attribute')) titles.set(attr(a, 'id'), attr(a, 'title') || attr(a, 'id'));
  }
  return titles;
}

function values(element: XmlNode, titles: Map<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const block of children(element, 'attvalues')) {
    for (const v of children(block, 'attvalue')) {
      const title = titles.get(attr(v, 'for') || attr(v, 'id'));
      if (title !== undefined) out[title] = attr(v, 'value');
    }
  }
  return out;
}

/** Nodes, edges and their attributes from a GEXF document (Gephi 1.1 to 1.3). */
export function gexfGraph(doc: XmlDocument, file: string): GraphData {
  const root = doc.root.gexf;
  const graph = children(root, 'graph')[0];
  if (!graph) throw new AppError('import-malformed', { file, format: 'GEXF', detail: 'no <gexf><graph> element' });
  const line = (n: XmlNode) => Math.max(1, doc.lineAt(Math.max(0, startOf(n))));
  const nodeTitles = attributeTitles(graph, 'node');
  const edgeTitles = attributeTitles(graph, 'edge');
  const defaultDirection = edgeType(attr(graph, 'defaultedgetype') || 'undirected');
  const nodes = children(children(graph, 'nodes')[0], 'node').map((n) => ({
    id: attr(n, 'id'),
    line: line(n),
    label: attr(n, 'label'),
    attributes: values(n, nodeTitles),
  }));
  const edges = children(children(graph, 'edges')[0], 'edge').map((e, i) => ({
    id: attr(e, 'id') || String(i),
    line: line(e),
    source: attr(e, 'source'),
    target: attr(e, 'target'),
    direction: edgeType(attr(e, 'type')) ?? defaultDirection,
    label: attr(e, 'label') || attr(e, 'kind'),
    weight: attr(e, 'weight'),
    attributes: values(e, edgeTitles),
  }));
  return { nodes, edges, nodeAttributes: [...new Set(nodeTitles.values())], edgeAttributes: [...new Set(edgeTitles.values())] };
}

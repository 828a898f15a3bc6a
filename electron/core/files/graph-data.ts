/**
 * A network read from GEXF or GraphML, before it meets the workspace: nodes (future actors and
 * participations) and edges (future relations), each with its attributes by their title in the file.
 */
export interface GraphNode {
  id: string;
  line: number;
  label: string;
  attributes: Record<string, string>;
}

export interface GraphEdge {
  id: string;
  line: number;
  source: string;
  target: string;
  /** From the edge, else the graph's default; null when the file says nothing. */
  direction: 'forward' | 'none' | 'both' | null;
  label: string;
  weight: string;
  attributes: Record<string, string>;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Attribute titles, in file order. */
  nodeAttributes: string[];
  edgeAttributes: string[];
}

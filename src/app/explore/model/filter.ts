import { EDGE_KINDS, edgeKindOf, NODE_KINDS, type EdgeKind, type Graph, type NodeKind } from './graph.js';

/** What the page's controls let through: kinds of nodes and of edges, and a range of days (YYYY-MM-DD, either end open). */
export interface Filter {
  kinds: ReadonlySet<NodeKind>;
  edgeKinds: ReadonlySet<EdgeKind>;
  from: string | null;
  to: string | null;
}

export const SHOW_ALL: Filter = { kinds: new Set(NODE_KINDS), edgeKinds: new Set(EDGE_KINDS), from: null, to: null };

/**
 * The part of the graph the filter shows: nodes of the chosen kinds whose day lies in the range,
 * and the edges of the chosen kinds between them. Undated nodes (entities, events of unknown time, undated articles)
 * stay: a date filter narrows what is dated, it does not hide the timeless.
 */
export function visiblePart(graph: Graph, { kinds, edgeKinds, from, to }: Filter): Graph {
  const shown = graph.nodes.filter(
    ({ kind, date }) => kinds.has(kind) && (date === null || ((from === null || date >= from) && (to === null || date <= to))),
  );
  const ids = new Set(shown.map(({ id }) => id));
  return {
    nodes: shown,
    edges: graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target) && edgeKinds.has(edgeKindOf(edge))),
  };
}

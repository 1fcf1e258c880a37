/**
 * The explorer's picture of the graph: nodes and edges as the page draws and exports them. This
 * folder runs in the browser as well as in Node (the page loads its compiled files), so it imports
 * nothing but its own files and uses nothing of either platform.
 */

/** What a node stands for; the page filters by these and draws each in its own colour. */
export const NODE_KINDS = ['Person', 'Place', 'Organization', 'Event', 'Claim', 'Article'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export interface GraphNode {
  /** The API's Node.id, so a click can ask for the node's own neighbourhood. */
  id: string;
  kind: NodeKind;
  label: string;
  /** YYYY-MM-DD: an event's start, a claim's or an article's publication day; null when unknown or timeless (entities). */
  date: string | null;
  /** A line to show beside the label: a description, a place's region, a claim's speaker. */
  detail: string | null;
}

/** A stretch of an article's text or title that an edge rests on. */
export interface Span {
  start: number;
  end: number;
  field: 'TEXT' | 'TITLE';
}

/** One article's support for an edge: where it says so, when the API gives the spans. */
export interface Evidence {
  articleId: string;
  articleTitle: string;
  spans: Span[];
  /** The quote, for a claim's edges. */
  quote: string | null;
}

/**
 * What an edge stands for, as the page filters edges: the fixed types of events, claims, mentions
 * and co-mentions by name, and any other type as a relation between entities (LOCATED_IN,
 * AFFILIATED_WITH …: the API's vocabulary, open here).
 */
export const EDGE_KINDS = ['relations', 'events', 'claims', 'mentions', 'co-mentions'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

const KIND_OF_TYPE: Record<string, EdgeKind> = {
  PARTICIPATED_IN: 'events',
  AT: 'events',
  REPORTS: 'events',
  DURING: 'events',
  ABOUT: 'claims',
  SAID_BY: 'claims',
  VIA: 'claims',
  QUOTED_IN: 'claims',
  MADE_AT: 'claims',
  MENTIONS: 'mentions',
  CO_MENTIONED: 'co-mentions',
};

export const edgeKindOf = (edge: Pick<GraphEdge, 'type'>): EdgeKind => KIND_OF_TYPE[edge.type] ?? 'relations';

/** Named together is the same fact from either end, so a co-mention has no direction (its ends in id order). */
export const isDirected = (edge: Pick<GraphEdge, 'type'>): boolean => edgeKindOf(edge) !== 'co-mentions';

export interface GraphEdge {
  /** From its ends and type, so the same fact met from either end is one edge. */
  id: string;
  source: string;
  target: string;
  /** A relation type, or PARTICIPATED_IN, AT, DURING, ABOUT, SAID_BY, VIA, MADE_AT, QUOTED_IN, REPORTS, MENTIONS, CO_MENTIONED. */
  type: string;
  /** A role or framing word to show on the edge, a co-mention's count of articles; null when there is none. */
  label: string | null;
  evidence: Evidence[];
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const emptyGraph = (): Graph => ({ nodes: [], edges: [] });

export const edgeId = (source: string, type: string, target: string): string => `${source}|${type}|${target}`;

/**
 * Both graphs in one: a node or edge met twice is kept once, the first one's fields winning
 * (an expansion adds, it does not relabel), and an edge's evidence from both, each article once.
 */
export function mergeGraphs(...graphs: Graph[]): Graph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const graph of graphs) {
    for (const node of graph.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of graph.edges) {
      const known = edges.get(edge.id);
      edges.set(edge.id, known ? { ...known, evidence: mergeEvidence(known.evidence, edge.evidence) } : edge);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function mergeEvidence(kept: Evidence[], added: Evidence[]): Evidence[] {
  const byArticle = new Map(kept.map((evidence) => [evidence.articleId, evidence]));
  for (const evidence of added) {
    const known = byArticle.get(evidence.articleId);
    byArticle.set(evidence.articleId, known ? { ...known, spans: mergeSpans(known.spans, evidence.spans) } : evidence);
  }
  return [...byArticle.values()];
}

const spanKey = (span: Span): string => `${span.field}:${span.start}-${span.end}`;

function mergeSpans(kept: Span[], added: Span[]): Span[] {
  const byKey = new Map([...kept, ...added].map((span) => [spanKey(span), span]));
  return [...byKey.values()];
}

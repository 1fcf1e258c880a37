import { articleNode, claimNode, entityNode, eventNode } from './cards.js';
import { edgeId, emptyGraph, mergeGraphs, type Evidence, type Graph, type GraphEdge, type Span } from './graph.js';
import type {
  ArticleCard,
  ArticleNeighbourhood,
  ClaimCard,
  ClaimNeighbourhood,
  EntityNeighbourhood,
  EventFull,
  EventNeighbourhood,
} from './results.js';

/**
 * The answers of queries.ts as graphs. Edges read from subject to object as the API states them:
 * a relation from its subject, a participant to its event, an event AT its place, a claim ABOUT
 * its subjects, SAID_BY its speaker, VIA its channel, MADE_AT the event where it was said and
 * QUOTED_IN its article, an event DURING the larger one it belongs to, an article
 * MENTIONS an entity and REPORTS an event; two entities named in the same articles are
 * CO_MENTIONED, with no direction. Each edge carries the articles (and spans) behind it.
 */

function edge(source: string, type: string, target: string, label: string | null, evidence: Evidence[]): GraphEdge {
  return { id: edgeId(source, type, target), source, target, type, label, evidence };
}

const evidenceOf = (article: ArticleCard, spans: Span[] = [], quote: string | null = null): Evidence => ({
  articleId: article.id,
  articleTitle: article.title,
  spans,
  quote,
});

export function fromEvent(event: EventFull): Graph {
  const graph: Graph = { nodes: [eventNode(event)], edges: [] };
  if (event.place) {
    graph.nodes.push(entityNode(event.place));
    graph.edges.push(edge(event.id, 'AT', event.place.id, null, []));
  }
  if (event.during) {
    graph.nodes.push(eventNode(event.during));
    graph.edges.push(edge(event.id, 'DURING', event.during.id, null, []));
  }
  for (const { role, entity, articles } of event.participants) {
    graph.nodes.push(entityNode(entity));
    graph.edges.push(
      edge(
        entity.id,
        'PARTICIPATED_IN',
        event.id,
        role,
        articles.map((article) => evidenceOf(article)),
      ),
    );
  }
  for (const { framing, span, article } of event.reports) {
    graph.nodes.push(articleNode(article));
    const spans: Span[] = span ? [{ start: span.start, end: span.end, field: 'TEXT' }] : [];
    graph.edges.push(edge(article.id, 'REPORTS', event.id, framing, [evidenceOf(article, spans)]));
  }
  return mergeGraphs(graph);
}

export function fromClaim(claim: ClaimCard): Graph {
  const spans = claim.segments.map(({ start, end }): Span => ({ start, end, field: 'TEXT' }));
  const evidence = [evidenceOf(claim.article, spans, claim.quote)];
  const graph: Graph = { nodes: [claimNode(claim), articleNode(claim.article)], edges: [] };
  graph.edges.push(edge(claim.id, 'QUOTED_IN', claim.article.id, null, evidence));
  for (const subject of claim.about) {
    graph.nodes.push(subject.__typename === 'Event' ? eventNode(subject) : entityNode(subject));
    graph.edges.push(edge(claim.id, 'ABOUT', subject.id, null, evidence));
  }
  if (claim.madeAt) {
    graph.nodes.push(eventNode(claim.madeAt));
    graph.edges.push(edge(claim.id, 'MADE_AT', claim.madeAt.id, null, evidence));
  }
  const { speaker, via } = claim;
  if (speaker.entity) {
    graph.nodes.push(entityNode(speaker.entity));
    graph.edges.push(edge(claim.id, 'SAID_BY', speaker.entity.id, null, evidence));
  }
  if (via?.entity) {
    graph.nodes.push(entityNode(via.entity));
    graph.edges.push(edge(claim.id, 'VIA', via.entity.id, via.description, evidence));
  }
  return mergeGraphs(graph);
}

const nodesOf = <T>(connection: { edges: { node: T }[] }): T[] => connection.edges.map(({ node }) => node);

export function fromEntityNeighbourhood({ node: entity }: EntityNeighbourhood): Graph {
  if (!entity) return emptyGraph();
  const relations: Graph = { nodes: [entityNode(entity)], edges: [] };
  for (const relation of nodesOf(entity.relations)) {
    relations.nodes.push(entityNode(relation.other));
    const [subject, object] = relation.direction === 'OUT' ? [entity.id, relation.other.id] : [relation.other.id, entity.id];
    const evidence = relation.articles.map((article) => evidenceOf(article));
    relations.edges.push(edge(subject, relation.type, object, relation.role, evidence));
  }
  const mentions: Graph = emptyGraph();
  for (const { start, end, field, article } of nodesOf(entity.mentions)) {
    mentions.nodes.push(articleNode(article));
    mentions.edges.push(edge(article.id, 'MENTIONS', entity.id, null, [evidenceOf(article, [{ start, end, field }])]));
  }
  return mergeGraphs(
    relations,
    ...nodesOf(entity.events).map(fromEvent),
    ...[...nodesOf(entity.claimsAbout), ...nodesOf(entity.claimsBy)].map(fromClaim),
    mentions,
    coMentionsOf(entity, mentions),
  );
}

/**
 * The entities named in the same articles, an edge each, labelled with how many articles and
 * resting on the API's examples (its newest). The API gives no spans for them, so each example
 * carries where the entity expanded is named in it, from its mentions' edges; expanding the other
 * entity adds its own (mergeGraphs), and the panel marks both names.
 */
function coMentionsOf(entity: NonNullable<EntityNeighbourhood['node']>, mentions: Graph): Graph {
  // One MENTIONS edge per occurrence until merged: merged, one per article with all its spans.
  const spansIn = new Map(
    mergeGraphs(mentions)
      .edges.flatMap((e) => e.evidence)
      .map((evidence) => [evidence.articleId, evidence.spans]),
  );
  const graph = emptyGraph();
  for (const { articles, entity: other, examples } of entity.coMentions) {
    graph.nodes.push(entityNode(other));
    const [first, second] = [entity.id, other.id].sort();
    const label = `${articles} article${articles === 1 ? '' : 's'}`;
    const evidence = examples.map((article) => evidenceOf(article, spansIn.get(article.id) ?? []));
    graph.edges.push(edge(first!, 'CO_MENTIONED', second!, label, evidence));
  }
  return graph;
}

export function fromEventNeighbourhood({ node: event, claims }: EventNeighbourhood): Graph {
  if (!event) return emptyGraph();
  return mergeGraphs(fromEvent(event), ...nodesOf(claims).map(fromClaim));
}

export function fromClaimNeighbourhood({ node: claim }: ClaimNeighbourhood): Graph {
  return claim ? fromClaim(claim) : emptyGraph();
}

export function fromArticleNeighbourhood({ node: article }: ArticleNeighbourhood): Graph {
  if (!article) return emptyGraph();
  const mentions: Graph = { nodes: [articleNode(article)], edges: [] };
  for (const { start, end, field, entity } of nodesOf(article.mentions)) {
    if (!entity) continue; // an unsettled name denotes no one yet
    mentions.nodes.push(entityNode(entity));
    mentions.edges.push(edge(article.id, 'MENTIONS', entity.id, null, [evidenceOf(article, [{ start, end, field }])]));
  }
  return mergeGraphs(mentions, ...nodesOf(article.claims).map(fromClaim), ...nodesOf(article.events).map(fromEvent));
}

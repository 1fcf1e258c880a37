import { describe, expect, it } from 'vitest';

import { visiblePart, SHOW_ALL } from '../../src/app/explore/model/filter.js';
import { edgeId, edgeKindOf, mergeGraphs, type Graph, type GraphEdge, type GraphNode } from '../../src/app/explore/model/graph.js';

const node = (id: string, kind: GraphNode['kind'], date: string | null = null): GraphNode => ({ id, kind, label: id, date, detail: null });
const edge = (source: string, type: string, target: string, evidence: GraphEdge['evidence'] = []): GraphEdge => ({
  id: edgeId(source, type, target),
  source,
  target,
  type,
  label: null,
  evidence,
});
const said = (articleId: string, start: number) => ({
  articleId,
  articleTitle: articleId,
  spans: [{ start, end: start + 3, field: 'TEXT' as const }],
  quote: null,
});

describe('mergeGraphs', () => {
  it('keeps a node met twice once, the first one as it was', () => {
    const merged = mergeGraphs(
      { nodes: [node('a', 'Place')], edges: [] },
      { nodes: [{ ...node('a', 'Place'), label: 'other' }, node('b', 'Person')], edges: [] },
    );
    expect(merged.nodes).toEqual([node('a', 'Place'), node('b', 'Person')]);
  });

  it('makes one edge of the same fact met from both ends, with the evidence of both, each article and span once', () => {
    const fromA: Graph = { nodes: [], edges: [edge('x', 'MENTIONS', 'a', [said('x', 0)])] };
    const fromX: Graph = { nodes: [], edges: [edge('x', 'MENTIONS', 'a', [said('x', 0), said('x', 10), said('y', 5)])] };
    const [merged, ...others] = mergeGraphs(fromA, fromX).edges;
    expect(others).toEqual([]);
    expect(merged!.evidence).toEqual([
      { articleId: 'x', articleTitle: 'x', quote: null, spans: [said('x', 0).spans[0], said('x', 10).spans[0]] },
      said('y', 5),
    ]);
  });
});

describe('visiblePart', () => {
  const graph: Graph = {
    nodes: [
      node('p', 'Place'),
      node('e', 'Event', '2025-11-30'),
      node('old', 'Article', '2024-01-01'),
      node('c', 'Claim', null),
      node('q', 'Person'),
    ],
    edges: [edge('e', 'AT', 'p'), edge('old', 'REPORTS', 'e'), edge('c', 'ABOUT', 'p'), edge('p', 'CO_MENTIONED', 'q')],
  };
  const ids = (part: Graph) => [part.nodes.map(({ id }) => id), part.edges.map(({ id }) => id)];

  it('shows everything unfiltered', () => {
    expect(visiblePart(graph, SHOW_ALL)).toEqual(graph);
  });

  it('leaves out the kinds unticked and every edge that touches them', () => {
    expect(ids(visiblePart(graph, { ...SHOW_ALL, kinds: new Set(['Place', 'Event']) }))).toEqual([['p', 'e'], ['e|AT|p']]);
  });

  it('leaves out the edges of the edge kinds unticked, keeping their nodes', () => {
    const part = visiblePart(graph, { ...SHOW_ALL, edgeKinds: new Set(['events', 'claims']) });
    expect(ids(part)).toEqual([
      ['p', 'e', 'old', 'c', 'q'],
      ['e|AT|p', 'old|REPORTS|e', 'c|ABOUT|p'],
    ]);
    expect(ids(visiblePart(graph, { ...SHOW_ALL, edgeKinds: new Set(['co-mentions']) }))[1]).toEqual(['p|CO_MENTIONED|q']);
  });

  it('keeps dated nodes within the range, either end included, and undated ones always', () => {
    expect(ids(visiblePart(graph, { ...SHOW_ALL, from: '2025-11-30', to: '2025-11-30' }))).toEqual([
      ['p', 'e', 'c', 'q'],
      ['e|AT|p', 'c|ABOUT|p', 'p|CO_MENTIONED|q'],
    ]);
    expect(ids(visiblePart(graph, { ...SHOW_ALL, to: '2025-11-29' }))[0]).toEqual(['p', 'old', 'c', 'q']);
    expect(ids(visiblePart(graph, { ...SHOW_ALL, from: '2025-12-01' }))[0]).toEqual(['p', 'c', 'q']);
  });
});

describe('edgeKindOf', () => {
  it('names the fixed types of events, claims, mentions and co-mentions, and takes any other for a relation', () => {
    const kind = (type: string) => edgeKindOf({ type });
    expect(['AT', 'PARTICIPATED_IN', 'REPORTS'].map(kind)).toEqual(['events', 'events', 'events']);
    expect(['ABOUT', 'SAID_BY', 'VIA', 'QUOTED_IN'].map(kind)).toEqual(['claims', 'claims', 'claims', 'claims']);
    expect([kind('MENTIONS'), kind('CO_MENTIONED'), kind('LOCATED_IN'), kind('AFFILIATED_WITH')]).toEqual([
      'mentions',
      'co-mentions',
      'relations',
      'relations',
    ]);
  });
});

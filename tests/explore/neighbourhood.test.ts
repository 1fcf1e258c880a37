import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { expansionOf } from '../../src/app/explore/model/expansion.js';
import { isDirected, mergeGraphs, type Graph, type NodeKind } from '../../src/app/explore/model/graph.js';
import { SEARCH } from '../../src/app/explore/model/queries.js';
import { toGlobalId } from '../../src/graph/global-id.js';
import { testServer } from '../support/api.js';
import { testDb } from '../support/graph.js';

/** The explorer's operations through the real pipeline (validation, limits) on the seed graph, and the graphs made of their answers. */
const db = testDb();
let api: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  api = await testServer(db);
});
afterAll(async () => {
  await api?.server.stop();
  await db.close();
});

const POKROVSK = toGlobalId('Place', 'place:pokrovsk-donetsk-ua');
const DONETSK_OBLAST = toGlobalId('Place', 'place:donetsk-oblast-ua');
const CONTROL_CHANGE = toGlobalId('Event', 'event:pokrovsk-control-change-2025');
const SEED_ARTICLE = toGlobalId('Article', 'c14c6e6254578141');
const PUTIN_CLAIM = toGlobalId('Claim', 'c14c6e6254578141:claim-putin-main-objectives');
const PUTIN = toGlobalId('Person', 'person:vladimir-putin');

async function expand(kind: NodeKind, id: string): Promise<Graph> {
  const { query, variables, read } = expansionOf(kind, id);
  const { data, errors } = await api.run(query, variables);
  expect(errors).toBeUndefined();
  // As the page gets it: over the wire, where a DateTime is a string (in process it is a Date).
  const graph = read(JSON.parse(JSON.stringify(data)));
  // Every edge ends at nodes the graph has, so the drawing and the exports never dangle.
  const ids = new Set(graph.nodes.map((node) => node.id));
  expect(graph.edges.filter(({ source, target }) => !ids.has(source) || !ids.has(target))).toEqual([]);
  return graph;
}

const edgeOf = (graph: Graph, source: string, type: string, target: string) =>
  graph.edges.find((edge) => edge.source === source && edge.type === type && edge.target === target);
// By id: other test files share the graph and may add namesakes (another event at Pokrovsk).
const nodeOf = (graph: Graph, id: string) => graph.nodes.find((node) => node.id === id);

describe("the explorer's operations", () => {
  it('finds Pokrovsk by its Russian former name, first', async () => {
    const { data, errors } = await api.run(SEARCH, { query: 'Krasnoarmeysk' });
    expect(errors).toBeUndefined();
    expect(data!['searchEntities'].edges[0].node).toMatchObject({
      __typename: 'Place',
      id: POKROVSK,
      name: 'Pokrovsk',
      adminArea: 'Donetsk Oblast',
    });
  });

  it("draw a place's relations, events, claims and the articles that mention it, with the spans behind each", async () => {
    const graph = await expand('Place', POKROVSK);
    expect(nodeOf(graph, POKROVSK)).toMatchObject({
      label: 'Pokrovsk',
      kind: 'Place',
      date: null,
      detail: expect.stringMatching(/^City in Donetsk Oblast, Ukraine/),
    });
    expect(nodeOf(graph, CONTROL_CHANGE)).toMatchObject({ label: 'Control change in Pokrovsk', kind: 'Event' });
    expect(edgeOf(graph, POKROVSK, 'LOCATED_IN', DONETSK_OBLAST)).toMatchObject({ evidence: [] });
    expect(edgeOf(graph, CONTROL_CHANGE, 'AT', POKROVSK)).toBeDefined();
    expect(edgeOf(graph, SEED_ARTICLE, 'REPORTS', CONTROL_CHANGE)).toMatchObject({
      label: 'liberation',
      evidence: [{ articleId: SEED_ARTICLE, spans: [{ start: 1166, end: 1176, field: 'TEXT' }] }],
    });
    const mentions = edgeOf(graph, SEED_ARTICLE, 'MENTIONS', POKROVSK)!;
    expect(mentions.evidence).toHaveLength(1);
    expect(mentions.evidence[0]!.spans).toEqual(
      expect.arrayContaining([
        { start: 0, end: 8, field: 'TITLE' },
        { start: 106, end: 118, field: 'TEXT' },
      ]),
    );
    // Every article that names it, though the seed's alone names it a dozen times.
    for (const id of ['test-001-ukrainian-view', 'test-002-neutral-view'])
      expect(edgeOf(graph, toGlobalId('Article', id), 'MENTIONS', POKROVSK)).toBeDefined();
    expect(edgeOf(graph, PUTIN_CLAIM, 'SAID_BY', PUTIN)).toBeDefined();
    expect(edgeOf(graph, PUTIN_CLAIM, 'ABOUT', POKROVSK)!.evidence).toEqual([
      {
        articleId: SEED_ARTICLE,
        articleTitle: expect.stringMatching(/^Pokrovsk’s Capture Hailed/),
        spans: [{ start: 1415, end: 1502, field: 'TEXT' }],
        quote: 'The capture of Krasnoarmysk allows us to incrementally achieve all our main objectives,',
      },
    ]);
    expect(nodeOf(graph, toGlobalId('Article', 'test-001-ukrainian-view'))).toMatchObject({
      label: 'TEST MATERIAL — Ukrainian Troops Withdraw from Pokrovsk After Year-Long Defence',
      kind: 'Article',
      date: '2025-12-02',
    });
  });

  it('draw who is named beside a place as undirected co-mentions, on the newest articles, with where the place is named', async () => {
    const graph = await expand('Place', POKROVSK);
    const [first, second] = [POKROVSK, PUTIN].sort();
    const putin = edgeOf(graph, first!, 'CO_MENTIONED', second!)!;
    expect(putin.label).toMatch(/^\d+ articles?$/);
    expect(isDirected(putin)).toBe(false);
    const seed = putin.evidence.find(({ articleId }) => articleId === SEED_ARTICLE)!;
    expect(seed.spans).toEqual(expect.arrayContaining([{ start: 106, end: 118, field: 'TEXT' }]));
    // Met again from Putin's end: one edge, now marking where each of the two is named.
    const both = mergeGraphs(graph, await expand('Person', PUTIN));
    expect(both.edges.filter((edge) => edge.type === 'CO_MENTIONED' && edge.id === putin.id)).toHaveLength(1);
    const spans = both.edges.find((edge) => edge.id === putin.id)!.evidence.find(({ articleId }) => articleId === SEED_ARTICLE)!.spans;
    expect(spans.length).toBeGreaterThan(seed.spans.length);
  });

  it('meet one relation from both of its ends as one edge', async () => {
    const both = mergeGraphs(await expand('Place', POKROVSK), await expand('Place', DONETSK_OBLAST));
    expect(
      both.edges.filter((edge) => edge.type === 'LOCATED_IN' && edge.source === POKROVSK && edge.target === DONETSK_OBLAST),
    ).toHaveLength(1);
  });

  it("draw an event's place, participants in their roles, the articles' framings and the claims about it", async () => {
    const graph = await expand('Event', CONTROL_CHANGE);
    const russia = toGlobalId('Place', 'place:russia');
    expect(edgeOf(graph, russia, 'PARTICIPATED_IN', CONTROL_CHANGE)).toMatchObject({ label: 'gaining control' });
    expect(graph.edges.filter((edge) => edge.type === 'REPORTS').map((edge) => edge.label)).toEqual(
      expect.arrayContaining(['liberation', 'occupation', 'capture']),
    );
    const strategic = toGlobalId('Claim', 'c14c6e6254578141:claim-putin-strategic-crucial');
    expect(nodeOf(graph, strategic)).toMatchObject({ kind: 'Claim', label: '“strategic … crucial”', detail: 'Vladimir Putin' });
    expect(edgeOf(graph, strategic, 'ABOUT', CONTROL_CHANGE)).toBeDefined();
  });

  it("draw a claim's ends: its article, its subjects, its speaker, its channel and the event where it was said", async () => {
    const graph = await expand('Claim', PUTIN_CLAIM);
    expect(graph.edges.map(({ type, target }) => `${type} ${graph.nodes.find((node) => node.id === target)!.label}`).sort()).toEqual([
      'ABOUT Control change in Pokrovsk',
      'ABOUT Pokrovsk',
      'MADE_AT Putin briefed on Pokrovsk and Vovchansk',
      expect.stringMatching(/^QUOTED_IN Pokrovsk’s Capture Hailed/),
      'SAID_BY Vladimir Putin',
    ]);
    expect(nodeOf(graph, PUTIN_CLAIM)).toMatchObject({
      kind: 'Claim',
      label: '“The capture of Krasnoarmysk allows us…”',
      detail: 'Vladimir Putin',
    });
  });

  it('draw an article’s named entities, claims and events', async () => {
    const graph = await expand('Article', SEED_ARTICLE);
    expect(edgeOf(graph, SEED_ARTICLE, 'MENTIONS', POKROVSK)).toBeDefined();
    expect(edgeOf(graph, PUTIN_CLAIM, 'QUOTED_IN', SEED_ARTICLE)).toBeDefined();
    expect(edgeOf(graph, SEED_ARTICLE, 'REPORTS', CONTROL_CHANGE)).toMatchObject({ label: 'liberation' });
    expect(new Set(graph.nodes.map((node) => node.kind))).toEqual(
      new Set(['Article', 'Place', 'Person', 'Organization', 'Claim', 'Event']),
    );
  });
});

import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { httpServer } from '../support/api.js';
import { testDb } from '../support/graph.js';

/** What an analyst asks of the seed article, through the HTTP API, against the seeded Neo4j. */
const db = testDb();
const SEED_ARTICLE = toGlobalId('Article', 'c14c6e6254578141');
const reportedBySeed = (event: { reports: { article: { id: string } }[] }) => event.reports.some((r) => r.article.id === SEED_ARTICLE);
const api = await httpServer(db);
afterAll(async () => {
  await api.stop();
  await db.close();
});

const topHit = async (query: string, types = '[PLACE]') => {
  const { body } = await api.post(
    `query($q: String!) { searchEntities(query: $q, types: ${types}, first: 3) { edges { score node { id name } } } }`,
    { q: query },
  );
  expect(body.errors).toBeUndefined();
  return body.data!['searchEntities'].edges[0]?.node as { id: string; name: string } | undefined;
};

describe('the seed article, as an analyst asks it', () => {
  it.each(['Krasnoarmysk', 'Krasnoarmeysk', 'Pokrovsk', 'Покровськ', 'Красноармейск', "Pokrovs'k", 'pokrovsk’s'])(
    'finds Pokrovsk in Donetsk oblast by "%s"',
    async (form) => {
      expect((await topHit(form))?.name).toBe('Pokrovsk');
    },
  );

  it('finds Vovchansk by its Russian name Volchansk', async () => {
    expect((await topHit('Volchansk'))?.name).toBe('Vovchansk');
  });

  it("keeps the article's own surface forms: it says Krasnoarmysk ten times and Pokrovsk twice", async () => {
    const pokrovsk = await topHit('Pokrovsk');
    const { body } = await api.post(
      `query($id: ID!) { article(id: $id) { mentions(first: 100) { edges { node { field text entity { id } } } } } }`,
      { id: SEED_ARTICLE },
    );
    // Its text; the title's own mentions repeat the first line's.
    const forms = body
      .data!['article'].mentions.edges.filter((e: any) => e.node.field === 'TEXT' && e.node.entity?.id === pokrovsk!.id)
      .map((e: any) => e.node.text);
    expect(forms.filter((f: string) => f === 'Krasnoarmysk')).toHaveLength(10);
    expect(forms.filter((f: string) => f === 'Pokrovsk')).toHaveLength(2);
  });

  it("answers who said what about Pokrovsk with all seven of the seed's claims, five of them about the place itself", async () => {
    const pokrovsk = await topHit('Pokrovsk');
    const { body } = await api.post(
      `query($id: ID!) { entity(id: $id) {
        all: claimsAbout(first: 100) { totalCount edges { node { article { id } } } }
        direct: claimsAbout(first: 100, direct: true) { totalCount edges { node { article { id } } } } } }`,
      { id: pokrovsk!.id },
    );
    const seeds = (list: any) => list.edges.filter((e: any) => e.node.article.id === SEED_ARTICLE).length;
    const { all, direct } = body.data!['entity'];
    expect([seeds(all), seeds(direct)]).toEqual([7, 5]);
    expect([all.totalCount, direct.totalCount]).toEqual([all.edges.length, direct.edges.length]);
  });

  it('says Stepanyan spoke via TASS', async () => {
    const stepanyan = await topHit('Stepanyan', '[PERSON]');
    const { body } = await api.post(
      `query($id: ID!, $article: ID!) { claims(filter: { speaker: $id, article: $article }) { edges { node { quote speaker { anonymous entity { name } } via { description entity { name } } } } } }`,
      { id: stepanyan!.id, article: SEED_ARTICLE },
    );
    const claims = body.data!['claims'].edges.map((e: any) => e.node);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim.speaker).toEqual({ anonymous: false, entity: { name: 'Alexander Stepanyan' } });
      expect(claim.via).toEqual({ description: 'speaking to TASS', entity: { name: 'TASS' } });
    }
    expect(claims.map((c: any) => c.quote).join(' ')).toContain('This is an irreversible process');
  });

  it("has exactly three anonymous claims, each with the article's description of the speaker", async () => {
    const { body } = await api.post(
      `query($article: ID!) { claims(filter: { anonymous: true, article: $article }) { totalCount edges { node { speaker { anonymous description entity { name } } } } } }`,
      { article: SEED_ARTICLE },
    );
    const speakers = body.data!['claims'].edges.map((e: any) => e.node.speaker);
    expect(body.data!['claims'].totalCount).toBe(3);
    expect(speakers.every((s: any) => s.anonymous && s.entity === null && s.description)).toBe(true);
    expect(speakers.map((s: any) => s.description).join(' | ')).toMatch(/senior Russian diplomat/);
  });

  it('dates the visit to the evening of November 30th, with day precision and the year inferred from the reports', async () => {
    const { body } = await api.post(
      `query($putin: ID!) { events(filter: { onDay: { month: 11, day: 30 }, participant: $putin }) { edges { node { type time { text precision year yearInferred partOfDay } participants { role entity { name } } reports { article { id } } } } } }`,
      { putin: toGlobalId('Person', 'person:vladimir-putin') },
    );
    // The seed's events: other files ingest articles that retell it (tests/linking/auto-link.e2e.test.ts).
    const events = body.data!['events'].edges.map((e: any) => e.node).filter(reportedBySeed);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'VISIT',
      // The seed article has no date; the test-material reports (December 2025) give the year.
      time: { precision: 'DAY', year: 2025, yearInferred: true, partOfDay: 'EVENING' },
    });
    expect(events[0].participants.map((p: any) => p.entity.name)).toContain('Vladimir Putin');
  });

  it("gives an article's publication time as an ISO date-time, and none for an undated one", async () => {
    const { body } = await api.post(
      'query($dated: ID!, $seed: ID!) { dated: article(id: $dated) { publishedAt } seed: article(id: $seed) { publishedAt } }',
      {
        dated: toGlobalId('Article', 'test-001-ukrainian-view'),
        seed: SEED_ARTICLE,
      },
    );
    expect(body.data).toEqual({ dated: { publishedAt: '2025-12-02T10:00:00.000Z' }, seed: { publishedAt: null } });
  });

  it('gives an event no article dates an UNKNOWN time, not an error', async () => {
    // The seed's briefing of Putin: the article says neither who briefed him nor when.
    const { body } = await api.post(
      `query($id: ID!) { node(id: $id) { ... on Event { type time { text precision year yearInferred } } } }`,
      {
        id: toGlobalId('Event', 'event:putin-briefing-pokrovsk-vovchansk-2025'),
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!['node']).toEqual({ type: 'BRIEFING', time: { text: null, precision: 'UNKNOWN', year: null, yearInferred: false } });
  });

  it("keeps the source's framing of the control change beside its neutral type", async () => {
    const pokrovsk = await topHit('Pokrovsk');
    const { body } = await api.post(
      `query($id: ID!) { events(filter: { place: $id, type: CONTROL_CHANGE }) { edges { node { reports { framing span { start end text } article { id text } } } } } }`,
      { id: pokrovsk!.id },
    );
    const reports = body.data!['events'].edges.map((e: any) => e.node).find(reportedBySeed).reports;
    expect(reports.map((r: any) => r.framing).sort()).toEqual(['capture', 'liberation', 'occupation']);
    const report = reports.find((r: any) => r.article.id === SEED_ARTICLE);
    expect(report.framing).toBe('liberation');
    expect(report.article.text.slice(report.span.start, report.span.end)).toBe('liberation');
  });

  it('every span points at the text it quotes', async () => {
    const { body } = await api.post(
      `query($id: ID!) { article(id: $id) { text claims(first: 50) { edges { node { segments { start end text } } } } mentions(first: 100) { edges { node { start end text } } } } }`,
      { id: SEED_ARTICLE },
    );
    const seed = body.data!['article'];
    const spans = [...seed.mentions.edges.map((e: any) => e.node), ...seed.claims.edges.flatMap((e: any) => e.node.segments)];
    expect(spans.length).toBeGreaterThan(30);
    for (const span of spans) expect(seed.text.slice(span.start, span.end)).toBe(span.text);
  });
});

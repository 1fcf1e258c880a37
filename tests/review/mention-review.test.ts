import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { TEST_API_KEY } from '../support/api.js';
import { testDb } from '../support/graph.js';
import { codeOf, fieldOf, reviewedSince, inventedPlaceName, placeNamed, reviewDesk } from './review-support.js';

/**
 * resolveMention and rejectMention on an article of this file's own, linked by the real ingest
 * path: a name the linker left open between two namesakes, and a name it linked.
 */
const db = testDb();
const desk = await reviewDesk(db);
afterAll(async () => {
  await desk.forget();
  await db.close();
});

const [twin, otherTwin, lone] = [desk.key('place:testtown-twin'), desk.key('place:testtown-twin'), desk.key('place:testtown-lone')];
const [twinName, loneName] = [inventedPlaceName(), inventedPlaceName()];
const article = desk.key('test-article-review');
const text = `TEST MATERIAL.\n\nSnow fell in ${twinName} overnight. Roads near ${loneName} stayed open.`;
const document = {
  id: article,
  title: 'Test material: reviewing mentions',
  language: 'en',
  publishedAt: '2031-04-01T09:00:00Z',
  text,
  entities: [placeNamed(twin, twinName), placeNamed(otherTwin, twinName), placeNamed(lone, loneName)],
};
const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });

const MENTIONS = `query($article: ID!) { article(id: $article) { mentions(first: 100) { edges { node {
  id text start end source score entity { id } review { reviewedAt note requestId } } } } } }`;
const mentions = async () =>
  (await desk.ok(MENTIONS, { article: toGlobalId('Article', article) }))['article'].mentions.edges.map((e: any) => e.node);
const mentionAt = async (name: string) => (await mentions()).filter((m: any) => m.start === at(name).start);

const RESOLVE = `mutation($mention: ID!, $entity: ID!, $note: String) { resolveMention(mention: $mention, entity: $entity, note: $note) {
  mention { id text start end source score entity { id } review { reviewedAt note requestId } } removed article { id } } }`;
const REJECT = `mutation($mention: ID!) { rejectMention(mention: $mention) { mention { id } removed article { id } } }`;

/** Every mention of the linker's review queue, page by page. */
async function queue(): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const data = await desk.ok(
      `query($after: String) { mentions(first: 100, after: $after, filter: { unresolved: true }) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      { after },
    );
    ids.push(...data['mentions'].edges.map((e: any) => e.node.id));
    if (!data['mentions'].pageInfo.hasNextPage) return ids;
    after = data['mentions'].pageInfo.endCursor;
  }
}

const mentionCount = async (entity: string) =>
  (await desk.ok(`query($id: ID!) { entity(id: $id) { mentions { totalCount } } }`, { id: toGlobalId('Place', entity) }))['entity'].mentions
    .totalCount;

/** What the article holds, to show that a refused review wrote nothing. */
const snapshot = () =>
  db.read(
    `MATCH (a:Article {id: $article}) RETURN COLLECT { MATCH (a)-[:HAS_MENTION|HAS_REVIEW]->(x) RETURN [x.id, x.source, x.reviewedAt IS NULL] AS x ORDER BY x[0] } AS nodes`,
    { article },
  );

beforeAll(async () => {
  await desk.ingest(document);
});

describe('resolveMention', () => {
  it('settles a name left open: a HAND mention of the entity in its place, out of the review queue, counted for the entity', async () => {
    const [open] = await mentionAt(twinName);
    expect(open).toMatchObject({ source: 'AUTO', entity: null, review: null });
    expect(await queue()).toContain(open.id);
    const before = await mentionCount(twin);

    const refused = await desk.api.run(RESOLVE, { mention: open.id, entity: toGlobalId('Place', twin) });
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(await mentionAt(twinName)).toEqual([open]);

    const started = Date.now();
    const data = await desk.ok(RESOLVE, { mention: open.id, entity: toGlobalId('Place', twin), note: 'the Test Oblast one' });
    const review = data['resolveMention'];
    expect(review.mention).toMatchObject({
      text: twinName,
      ...at(twinName),
      source: 'HAND',
      score: null,
      entity: { id: toGlobalId('Place', twin) },
      review: { note: 'the Test Oblast one', requestId: expect.any(String), reviewedAt: reviewedSince(started) },
    });
    expect(review.removed).toEqual([open.id]);
    expect(review.article.id).toBe(toGlobalId('Article', article));
    expect(await mentionAt(twinName)).toEqual([review.mention]);
    expect(await queue()).not.toContain(open.id);
    expect(await mentionCount(twin)).toBe(before + 1);
  });

  it('refuses what it cannot do with a coded error naming the argument, and writes nothing', async () => {
    const [resolved] = await mentionAt(twinName);
    const before = await snapshot();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ mention: toGlobalId('Mention', `${article}:no-such-mention`), entity: toGlobalId('Place', lone) }, 'mention', /no such mention/],
      [{ mention: toGlobalId('Article', article), entity: toGlobalId('Place', lone) }, 'mention', /expected the id of Mention/],
      [{ mention: 'not-an-id', entity: toGlobalId('Place', lone) }, 'mention', /not an id/],
      [{ mention: resolved.id, entity: toGlobalId('Place', `${twin}-nowhere`) }, 'entity', /no such entity/],
      [{ mention: resolved.id, entity: toGlobalId('Article', article) }, 'entity', /expected the id of Person or Place or Organization/],
      // A forged id: the key names a place, the label a person.
      [{ mention: resolved.id, entity: toGlobalId('Person', lone) }, 'entity', /no such entity/],
      [{ mention: resolved.id, entity: toGlobalId('Place', lone), note: '  ' }, 'note', /blank/],
      [{ mention: resolved.id, entity: toGlobalId('Place', lone), note: 'x'.repeat(1001) }, 'note', /1000/],
    ];
    for (const [variables, field, message] of cases) {
      const result = await desk.api.run(RESOLVE, variables, TEST_API_KEY);
      expect([codeOf(result), fieldOf(result)], JSON.stringify(variables)).toEqual(['BAD_USER_INPUT', field]);
      expect(result.errors![0]!.message).toMatch(message);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('rejectMention', () => {
  it('removes a linked name, for good: the entity counts one mention fewer', async () => {
    const [linked] = await mentionAt(loneName);
    expect(linked).toMatchObject({ source: 'AUTO', entity: { id: toGlobalId('Place', lone) } });
    const before = await mentionCount(lone);
    expect(codeOf(await desk.api.run(REJECT, { mention: linked.id }))).toBe('UNAUTHENTICATED');
    expect(await mentionAt(loneName)).toEqual([linked]);

    const data = await desk.ok(REJECT, { mention: linked.id });
    expect(data['rejectMention']).toEqual({ mention: null, removed: [linked.id], article: { id: toGlobalId('Article', article) } });
    expect(await mentionAt(loneName)).toEqual([]);
    expect(await mentionCount(lone)).toBe(before - 1);
    const unknown = await desk.api.run(REJECT, { mention: linked.id }, TEST_API_KEY);
    expect([codeOf(unknown), fieldOf(unknown)]).toEqual(['BAD_USER_INPUT', 'mention']);
  });
});

describe('the reviews last', () => {
  it('through relinkArticles, reextractArticles and re-ingesting the same text: nothing is linked over them again', async () => {
    const reviewed = await mentions();
    expect(reviewed.map((m: any) => [m.text, m.source])).toEqual([[twinName, 'HAND']]);
    expect(await desk.relink(article)).toMatchObject({ articles: 1, mentionsAdded: 0, mentionsRemoved: 0, mentionsChanged: 0 });
    expect(await mentions()).toEqual(reviewed);
    expect(await desk.relink(article, true)).toMatchObject({ articles: 1, mentionsAdded: 0, mentionsRemoved: 0, mentionsChanged: 0 });
    expect(await mentions()).toEqual(reviewed);
    await desk.ingest(document);
    expect(await mentions()).toEqual(reviewed);
    // And relinking after the re-ingest finds nothing to change either.
    expect(await desk.relink(article)).toMatchObject({ mentionsAdded: 0, mentionsRemoved: 0, mentionsChanged: 0 });
  });

  it('a later review of a span replaces the earlier: the resolved name rejected stays rejected', async () => {
    const [resolved] = await mentionAt(twinName);
    expect((await desk.ok(REJECT, { mention: resolved.id }))['rejectMention'].removed).toEqual([resolved.id]);
    expect(await mentionAt(twinName)).toEqual([]);
    await desk.ingest(document);
    expect(await desk.relink(article, true)).toMatchObject({ mentionsAdded: 0 });
    expect(await mentions()).toEqual([]);
    const [row] = await db.read(`MATCH (:Article {id: $article})-[:HAS_REVIEW]->(r) RETURN collect(labels(r)[0]) AS reviews`, { article });
    expect(row!['reviews']).toEqual(['Rejection', 'Rejection']);
  });

  it('only while the span reads as it did: an article whose text changed there is linked there again', async () => {
    // The rejected name now stands a word later; the reviews of the old spans no longer hold and go.
    await desk.ingest({ ...document, text: text.replace('Snow fell', 'Snow fell again') });
    const names = (await mentions()).map((m: any) => [m.text, m.source]);
    expect(names).toEqual([
      [twinName, 'AUTO'],
      [loneName, 'AUTO'],
    ]);
    const [row] = await db.read(`MATCH (:Article {id: $article})-[:HAS_REVIEW]->(r) RETURN count(r) AS n`, { article });
    expect(row!['n']).toBe(0);
  });
});

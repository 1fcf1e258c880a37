import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { TEST_API_KEY, testServer } from '../support/api.js';
import { sampleArticle } from '../support/documents.js';
import { testDb, uniqueKey } from '../support/graph.js';
import { autoMentions, inventedName, place } from '../support/linking.js';

const db = testDb();
const otherDb = testDb();
const api = await testServer(db);
const ingest = createIngestService(db);
afterAll(async () => {
  await api.server.stop();
  await Promise.all([db.close(), otherDb.close()]);
});

const RELINK = `mutation($ids: [ID!]) { relinkArticles(ids: $ids) { articles mentionsAdded mentionsRemoved mentionsChanged } }`;
const relink = (ids: string[], apiKey?: string) => api.run(RELINK, { ids: ids.map((id) => toGlobalId('Article', id)) }, apiKey);

/** Everything of an article but its AUTO mentions (and the stamp and hash relinking moves with them), with the nodes' element ids: relinking must leave all of it as it was. */
async function statements(articleId: string) {
  const [row] = await db.read(
    `MATCH (a:Article {id: $articleId})
     RETURN a {.*, updatedAt: null, linkHash: null} AS article,
       COLLECT { MATCH (a)-[:HAS_MENTION]->(m:Mention {source: 'HAND'})-[:REFERS_TO]->(e) RETURN [elementId(m), m.id, m.text, m.start, m.end, e.id] AS x ORDER BY x[1] } AS hand,
       COLLECT { MATCH (a)-[:HAS_CLAIM]->(c:Claim) RETURN [elementId(c), properties(c), COLLECT { MATCH (c)-[r]->(x) RETURN [type(r), x.id] AS y ORDER BY y[0], y[1] }] AS x ORDER BY x[0] } AS claims,
       COLLECT { MATCH (a)-[r:REPORTS]->(ev) RETURN [ev.id, properties(r)] AS x ORDER BY x[0] } AS reports`,
    { articleId },
  );
  return row;
}

/** The AUTO mentions with their element ids and every property: a rewrite of an unchanged mention shows. */
const storedAuto = (articleId: string) =>
  db.read(
    `MATCH (:Article {id: $articleId})-[:HAS_MENTION]->(m:Mention {source: 'AUTO'}) RETURN elementId(m) AS node, properties(m) AS mention ORDER BY m.start`,
    { articleId },
  );

describe('relinkArticles', () => {
  it('gives an article ingested before an entity existed its AUTO mention, and nothing else changes; a second run changes nothing', async () => {
    const name = inventedName();
    const { document } = sampleArticle();
    const article = { ...document, text: `${document.text} Later he went to ${name}.` };
    await ingest.ingestArticle(article, 'test');
    expect(await autoMentions(db, article.id)).toEqual([]);
    const before = await statements(article.id);

    const town = uniqueKey('place:test-relink');
    // Seeded by another process: its own service and connection.
    await createIngestService(otherDb).ingestGazetteer({ entities: [place(town, name)] }, 'test gazetteer (relink)');

    const refused = await relink([article.id]);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(await autoMentions(db, article.id)).toEqual([]);

    const first = await relink([article.id], TEST_API_KEY);
    expect(first.errors).toBeUndefined();
    expect(first.data!['relinkArticles']).toEqual({ articles: 1, mentionsAdded: 1, mentionsRemoved: 0, mentionsChanged: 0 });
    expect(await autoMentions(db, article.id)).toEqual([{ text: name, entity: town, candidates: [] }]);
    expect(await statements(article.id)).toEqual(before);

    const relinked = await storedAuto(article.id);
    const second = await relink([article.id], TEST_API_KEY);
    expect(second.data!['relinkArticles']).toEqual({ articles: 1, mentionsAdded: 0, mentionsRemoved: 0, mentionsChanged: 0 });
    expect(await storedAuto(article.id)).toEqual(relinked);
    expect(await statements(article.id)).toEqual(before);
  });

  it('settles a name once its two records are merged, and counts the mention as changed', async () => {
    const name = inventedName();
    const [keep, remove] = [uniqueKey('place:test-relink-keep'), uniqueKey('place:test-relink-remove')];
    await ingest.ingestGazetteer({ entities: [place(keep, name), place(remove, name)] }, 'test gazetteer (relink duplicates)');
    const article = {
      id: uniqueKey('test-article-relink'),
      title: 'Test material: relinking',
      language: 'en',
      text: `Snow fell in ${name}.`,
    };
    await ingest.ingestArticle(article, 'test');
    expect(await autoMentions(db, article.id)).toEqual([{ text: name, entity: null, candidates: [keep, remove].sort() }]);

    const merged = await api.run(
      `mutation($k: ID!, $r: ID!) { mergeEntities(keep: $k, remove: $r) { id } }`,
      { k: toGlobalId('Place', keep), r: toGlobalId('Place', remove) },
      TEST_API_KEY,
    );
    expect(merged.errors).toBeUndefined();
    // The merge moved both candidate edges to the kept record; the mention is still unsettled.
    expect(await autoMentions(db, article.id)).toEqual([{ text: name, entity: null, candidates: [keep] }]);

    const result = await relink([article.id], TEST_API_KEY);
    expect(result.data!['relinkArticles']).toEqual({ articles: 1, mentionsAdded: 0, mentionsRemoved: 0, mentionsChanged: 1 });
    expect(await autoMentions(db, article.id)).toEqual([{ text: name, entity: keep, candidates: [] }]);
  });

  it('names an id that is no article, and relinks nothing', async () => {
    const { document } = sampleArticle();
    await ingest.ingestArticle(document, 'test');
    const result = await relink([document.id, 'test-article-that-does-not-exist'], TEST_API_KEY);
    expect(result.errors?.[0]).toMatchObject({
      message: 'ids[1]: no article has the id "test-article-that-does-not-exist"',
      extensions: { code: 'BAD_USER_INPUT', field: 'ids[1]' },
    });
    const wrongKind = await api.run(RELINK, { ids: [toGlobalId('Place', 'place:pokrovsk-donetsk-ua')] }, TEST_API_KEY);
    expect(wrongKind.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'ids[0]' });
  });
});

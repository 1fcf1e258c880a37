import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { TEST_API_KEY, httpServer } from '../support/api.js';
import { sampleArticle } from '../support/documents.js';
import { letters, testDb } from '../support/graph.js';

const db = testDb();
const api = await httpServer(db);
afterAll(async () => {
  await api.stop();
  await db.close();
});

const INGEST = `mutation($document: JSONObject!) { ingestArticle(document: $document) { mentions claims events article { id title } } }`;
const ingest = (document: unknown, apiKey: string | null = TEST_API_KEY) =>
  api.post(INGEST, { document }, apiKey ? { 'x-api-key': apiKey } : {});

/** How much of an article is in the graph: the article node, its mentions, claims and reports. */
async function footprint(articleKey: string): Promise<number[]> {
  const [row] = await db.read(
    `OPTIONAL MATCH (a:Article {id: $id})
     RETURN count(a) AS articles, COUNT { (a)-[:HAS_MENTION]->() } AS mentions, COUNT { (a)-[:HAS_CLAIM]->() } AS claims, COUNT { (a)-[:REPORTS]->() } AS reports`,
    { id: articleKey },
  );
  return [row!['articles'], row!['mentions'], row!['claims'], row!['reports']] as number[];
}

describe('ingestArticle', () => {
  it('is refused without the API key, and writes nothing', async () => {
    const { keys, document } = sampleArticle();
    for (const key of [null, 'wrong-key-wrong-key-wrong']) {
      const { body } = await ingest(document, key);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    }
    expect(await footprint(keys.id)).toEqual([0, 0, 0, 0]);
  });

  it('loads an article, infers the event year from its date, and is idempotent', async () => {
    const { keys, document } = sampleArticle();
    const first = await ingest(document);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data!['ingestArticle']).toMatchObject({
      mentions: 2,
      claims: 1,
      events: 1,
      article: { id: toGlobalId('Article', keys.id) },
    });
    const before = await footprint(keys.id);
    await ingest(document);
    expect(await footprint(keys.id)).toEqual(before);
    expect(before).toEqual([1, 2, 1, 1]);

    const { body } = await api.post(
      `query($id: ID!) { events(filter: { participant: $id }) { edges { node { time { year yearInferred precision startsAt } } } } }`,
      {
        id: toGlobalId('Person', keys.mayor),
      },
    );
    expect(body.data!['events'].edges[0].node.time).toEqual({ year: 2025, yearInferred: true, precision: 'DAY', startsAt: '2025-11-30' });
  });

  it('finds a new place by its Cyrillic form right after ingest', async () => {
    const { keys, document } = sampleArticle();
    // A Cyrillic form of its own: earlier runs on a kept graph leave many a Тестоград behind.
    const form = `Тестоград${letters('бвгджзклмнпрст', 5)}`;
    document.entities[0]!.names[1]!.form = form;
    await ingest(document);
    const { body } = await api.post(`{ searchEntities(query: "${form}", first: 100) { edges { node { id } } } }`);
    expect(body.data!['searchEntities'].edges.map((e: any) => e.node.id)).toContain(toGlobalId('Place', keys.town));
  });

  it('refuses a span that does not match the text, naming it, and writes nothing', async () => {
    const { keys, document } = sampleArticle();
    document.mentions[1] = { ...document.mentions[1]!, end: 36 };
    const { body } = await ingest(document);
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'document: mentions[1].text' });
    expect(body.errors![0]!.message).toMatch(/"Testograd" does not match the text at 28–36, which reads "Testogra"/);
    expect(await footprint(keys.id)).toEqual([0, 0, 0, 0]);
  });

  it('refuses a reference to an unknown entity after writing part of the document, and rolls it all back', async () => {
    const { keys, document } = sampleArticle();
    document.claims[0] = { ...document.claims[0]!, about: ['place:nowhere-at-all'] };
    const { body } = await ingest(document);
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'document: claims[0].about[0]' });
    expect(await footprint(keys.id)).toEqual([0, 0, 0, 0]);
    const [entities] = await db.read('MATCH (e:Entity) WHERE e.id IN $ids RETURN count(e) AS n', { ids: [keys.town, keys.mayor] });
    expect(entities!['n']).toBe(0);
  });

  it('names the field of a schema violation', async () => {
    const { document } = sampleArticle({ language: 'English' });
    const { body } = await ingest(document);
    expect(body.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'document: language' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { InputError } from '../../src/errors.js';
import { BulkIngest } from '../../src/ingest/bulk-ingest.js';
import { checkArticle } from '../../src/ingest/checks.js';
import { articleSchema } from '../../src/ingest/seed.schema.js';
import { benchArticles } from '../../bench/corpus/articles.js';
import { Gazetteer } from '../../bench/corpus/gazetteer.js';
import { loadGazetteer } from '../../bench/ingest.js';
import { TEST_DATA_ID } from '../support/documents.js';
import { testDb, uniqueKey } from '../support/graph.js';

/**
 * The bench's corpus generator and the bulk path on a tiny corpus. Every id starts with this
 * run's prefix, which begins "test-article" so that tests measuring the seed graph leave it out
 * (TEST_DATA_ID in tests/support/documents.ts).
 */
const db = testDb();
const gazetteer = new Gazetteer(uniqueKey('test-article-bench'), 7, 60);
const ARTICLES = 20;
const EVENT_POOL = 8;
const corpus = () => benchArticles(gazetteer, 0, ARTICLES, EVENT_POOL);
const generated = [...corpus()];

beforeAll(() => loadGazetteer(db, gazetteer));
afterAll(() => db.close());

/**
 * What the graph holds of this run's articles, as annotated: an article the generator gives no
 * claims has its text's claims extracted too (source AUTO), counted apart.
 */
async function written() {
  const [row] = await db.read(
    `MATCH (a:Article) WHERE a.id STARTS WITH $prefix + '-'
     RETURN count(a) AS articles, sum(COUNT { (a)-[:HAS_MENTION]->(:Mention {source: 'HAND'}) }) AS mentions,
       sum(COUNT { (a)-[:HAS_CLAIM]->(:Claim {source: 'HAND'}) }) AS claims,
       sum(COUNT { (a)-[r:REPORTS]->() WHERE r.source = 'HAND' }) AS reports,
       COUNT { (ev:Event) WHERE ev.id STARTS WITH $prefix + ':event:' } AS events`,
    { prefix: gazetteer.prefix },
  );
  return row;
}

async function extractedClaims(): Promise<number> {
  const [row] = await db.read(
    `MATCH (a:Article)-[:HAS_CLAIM]->(:Claim {source: 'AUTO'}) WHERE a.id STARTS WITH $prefix + '-' RETURN count(*) AS n`,
    { prefix: gazetteer.prefix },
  );
  return row!['n'] as number;
}

describe('bench corpus', () => {
  it('gives every node an id that tests of the seed graph count as test data', () => {
    const ids = generated.flatMap((a) => [a.id, ...a.mentions.map((m) => m.entity), ...a.events.map((e) => (e as { id: string }).id)]);
    for (const id of ids) expect(id).toMatch(new RegExp(`^${TEST_DATA_ID}$`));
  });

  it('is deterministic and valid in the seed format, every span matching its text', () => {
    expect(JSON.stringify([...corpus()])).toBe(JSON.stringify(generated));
    for (const article of generated) {
      const doc = articleSchema.parse(article);
      expect(() => checkArticle(doc, article.text, article.id)).not.toThrow();
      expect(article.mentions.length).toBeGreaterThan(0);
    }
    const speakers = generated.flatMap((a) => a.claims.map((c) => Object.keys((c as { speaker: object }).speaker)[0]));
    expect(new Set(speakers)).toEqual(new Set(['entity', 'description']));
  });
});

describe('bulk ingest', () => {
  const total = (key: 'mentions' | 'claims' | 'events') => generated.reduce((n, a) => n + a[key].length, 0);
  const expected = () => ({
    articles: ARTICLES,
    mentions: total('mentions'),
    claims: total('claims'),
    reports: total('events'),
    events: new Set(generated.flatMap((a) => a.events.map((e) => (e as { id: string }).id))).size,
  });

  it('writes exactly the generated articles, mentions, claims and events, in batches', async () => {
    const result = await new BulkIngest(db).ingest(corpus(), 8, 'smoke');
    expect(result).toMatchObject({ articles: ARTICLES, mentions: total('mentions'), failed: [] });
    expect(result.claims).toBe(total('claims') + (await extractedClaims()));
    expect(await written()).toEqual(expected());
  });

  it('changes nothing when run again', async () => {
    await new BulkIngest(db, { link: false }).ingest(corpus(), 7, 'smoke');
    expect(await written()).toEqual(expected());
  });

  it('refuses a batch naming an unknown entity, writing none of it, and reports invalid documents', async () => {
    const [good, bad] = [...benchArticles(gazetteer, ARTICLES, 2, EVENT_POOL)];
    const dangling = { ...bad!, mentions: [{ ...bad!.mentions[0]!, entity: `${gazetteer.prefix}:place:nowhere` }] };
    await expect(new BulkIngest(db).ingest([good, dangling], 10, 'smoke')).rejects.toThrow(InputError);
    const result = await new BulkIngest(db).ingest(
      [good, { ...bad, mentions: [{ start: 0, end: 3, text: 'xyz', entity: 'place:x' }] }],
      10,
      'smoke',
    );
    expect(result.articles).toBe(1);
    expect(result.failed).toEqual([expect.stringMatching(/^smoke#1: mentions\[0\]\.text: "xyz" does not match/)]);
    expect((await written())!['articles']).toBe(ARTICLES + 1);
  });
});

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { EXIT } from '../../src/config/operator-error.js';
import { fromRoot } from '../../src/config/project-root.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { runCli } from '../support/cli.js';
import { testDb, uniqueKey } from '../support/graph.js';

/** `npm run reextract` (the relink CLI with --extract) as a person runs it, on an article of its own. */
const db = testDb();
const ARTICLE = uniqueKey('test-article-reextract');
beforeAll(() =>
  createIngestService(db).ingestArticle(
    {
      id: ARTICLE,
      title: 'Test material: re-extraction',
      language: 'en',
      publishedAt: '2031-05-07',
      text: 'TEST MATERIAL.\n\n“This is an irreversible process,” Alexander Stepanyan told TASS.',
    },
    'test',
  ),
);
afterAll(() => db.close());

const CLI = fromRoot('dist', 'src', 'ingest', 'relink.cli.js');
const reextract = (...ids: string[]) => runCli([CLI, '--extract', ...ids], { NEO4J_URI: inject('neo4jUri'), LOG_FORMAT: 'json' });
const records = (stderr: string) =>
  stderr
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
const finished = (stderr: string) => records(stderr).find((r) => r['msg'] === 'relinking finished');

describe('npm run reextract', () => {
  it('links and extracts the given articles again, and writes nothing when nothing changed', async () => {
    // Ingested by this code against this gazetteer: its extraction is what is stored.
    const run = await reextract(ARTICLE);
    expect(run.code, run.stderr).toBe(EXIT.ok);
    expect(finished(run.stderr)).toMatchObject({
      articles: 1,
      mentionsAdded: 0,
      mentionsRemoved: 0,
      mentionsChanged: 0,
      extractionsChanged: 0,
    });
    const [row] = await db.read(`MATCH (:Article {id: $id})-[:HAS_CLAIM]->(c:Claim {source: 'AUTO'}) RETURN count(c) AS n`, {
      id: ARTICLE,
    });
    expect(row!['n']).toBe(1);
  });

  it('refuses an id that names no article, changing nothing', async () => {
    const run = await reextract('no-such-article');
    expect(run.code).toBe(EXIT.refused);
    expect(records(run.stderr).map((r) => r['msg'])).toEqual(['ids[0]: no article has the id "no-such-article"']);
  });
});

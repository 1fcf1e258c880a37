import { expect } from 'vitest';

import type { GraphDb } from '../../src/db/graph-db.js';
import { toGlobalId } from '../../src/graph/global-id.js';
import { TEST_API_KEY, testServer } from '../support/api.js';
import { forgetArticles, letters, uniqueKey } from '../support/graph.js';

/** The review desk's tests: their own API over the run's Neo4j, articles and entities of their own, removed afterwards. */
export async function reviewDesk(db: GraphDb) {
  const api = await testServer(db);
  const articles: string[] = [];
  const entities: string[] = [];

  /** Runs an operation with the API key; its errors must be none. */
  async function ok(query: string, variables: Record<string, unknown> = {}) {
    const result = await api.run(query, variables, TEST_API_KEY);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  return {
    api,
    ok,
    /** Ingests a document through the mutation (linker, extractor, reviews applied), remembering it for clean-up. */
    async ingest(document: Record<string, unknown> & { id: string }) {
      if (!articles.includes(document.id)) articles.push(document.id);
      return (await ok(`mutation($d: JSONObject!) { ingestArticle(document: $d) { mentions claims } }`, { d: document }))['ingestArticle'];
    },
    async relink(id: string, extract = false) {
      const field = extract ? 'reextractArticles' : 'relinkArticles';
      const data = await ok(
        `mutation($ids: [ID!]) { ${field}(ids: $ids) { articles mentionsAdded mentionsRemoved mentionsChanged extractionsChanged } }`,
        {
          ids: [toGlobalId('Article', id)],
        },
      );
      return data[field];
    },
    /** An entity key of this file's, removed with its names afterwards. */
    key(prefix: string) {
      const key = uniqueKey(prefix);
      entities.push(key);
      return key;
    },
    /** Removes the articles with what they alone stated, the reviews on them, and the entities named by `key` or `speakers`. */
    async forget(speakers: string[] = []) {
      await db.write((tx) =>
        tx.run(
          `MATCH (a:Article)-[:HAS_REVIEW]->(r) WHERE a.id IN $articles DETACH DELETE r
           WITH count(*) AS done
           MATCH (e:Entity) WHERE e.id IN $entities OR (e.source = 'AUTO' AND e.name IN $speakers)
           OPTIONAL MATCH (e)-[:HAS_NAME]->(n:Name)
           DETACH DELETE n, e`,
          { articles, entities, speakers },
        ),
      );
      await forgetArticles(db, articles);
      await api.server.stop();
    },
  };
}

/** A place of the test's own: a name no gazetteer and no other test has. */
export const placeNamed = (id: string, name: string) => ({
  id,
  kind: 'PLACE',
  name,
  country: 'UA',
  names: [{ form: name, language: 'en', script: 'Latn', kind: 'OFFICIAL' }],
});

/** A word no other test writes, as a place's name. */
export const inventedPlaceName = (): string => `Testgrad${letters('bdfgklmnprstvz', 6)}`;

/** A surname no other test uses, so a new speaker's entity is this test's own. */
export const inventedSurname = (): string => `Test${letters('bdfgklmnprstvz', 6)}enko`;

export const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.['code'];
export const fieldOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.['field'];

/** Matches a review's reviewedAt (a Date in process, an ISO string over HTTP) no earlier than `started` (epoch ms) and not in the future. */
export const reviewedSince = (started: number) =>
  expect.toSatisfy((at: Date | string) => {
    const t = new Date(at).getTime();
    return t >= started - 1000 && t <= Date.now() + 1000;
  });

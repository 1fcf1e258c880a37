import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { testServer } from '../support/api.js';
import { testDb } from '../support/graph.js';

/** One query per list field, however long the list: the cost of a request does not grow with its rows. */
const db = testDb();
const api = await testServer(db);
afterAll(async () => {
  await api.server.stop();
  await db.close();
});

describe('round trips per request', () => {
  it('50 mentions with their entities, names and mentions cost a handful of queries, not 100', async () => {
    const result = await api.run(
      `query($seed: ID!) {
        article(id: $seed) { mentions(first: 50) { edges { node { entity {
          name names { form } mentions(first: 5) { totalCount edges { node { text article { title } } } }
        } } } } }
      }`,
      { seed: toGlobalId('Article', 'c14c6e6254578141') },
    );
    expect(result.errors).toBeUndefined();
    const mentions = result.data!['article'].mentions.edges;
    expect(mentions.length).toBeGreaterThanOrEqual(30);
    // the article, its mentions, the entities, names, entity mentions, their counts, their articles
    expect(result.queryCount).toBe(7);
  });

  it('a search for many entities costs the same as for one', async () => {
    const query = (first: number) => `{ searchEntities(query: "Donetsk", first: ${first}) { edges { node { names { form } mentions(first: 3) { edges { node { text } } } } } } }`;
    const one = await api.run(query(1));
    const many = await api.run(query(50));
    expect(many.data!['searchEntities'].edges.length).toBeGreaterThan(3);
    expect(many.queryCount).toBe(one.queryCount);
  });

  it('claims with speakers, channels and subjects load each kind once', async () => {
    const result = await api.run(`{
      claims(first: 50) { edges { node { quote article { title } speaker { entity { name } affiliation { name } } via { entity { name } } about { __typename ... on Place { name } ... on Event { type } } } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!['claims'].edges.length).toBeGreaterThanOrEqual(7);
    // claims, articles, entities (speakers, channels, subjects), events
    expect(result.queryCount).toBeLessThanOrEqual(4);
  });

  it('does not count what was not asked for', async () => {
    const result = await api.run('{ articles(first: 5) { edges { node { title } } } }');
    expect(result.queryCount).toBe(1);
  });
});

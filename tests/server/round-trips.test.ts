import { describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { servedTestGraph } from '../support/api.js';

/**
 * A root field reads its whole selection in one statement (src/graphql/prefetch.ts): one round
 * trip whatever the depth. What it reads ahead is pinned by tests/graphql/selection-plan.test.ts.
 */
const { api } = await servedTestGraph();

const SEED_ARTICLE = toGlobalId('Article', 'c14c6e6254578141');
const PUTIN = toGlobalId('Person', 'person:vladimir-putin');
const POKROVSK = toGlobalId('Place', 'place:pokrovsk-donetsk-ua');

describe('round trips per request', () => {
  it('an article with 50 mentions, their entities, names and mentions, and counts: one', async () => {
    const result = await api.run(
      `query($seed: ID!) {
        article(id: $seed) { mentions(first: 50) { totalCount edges { node { entity {
          name names { form } mentions(first: 5) { totalCount edges { node { text article { title } } } }
        } } } } }
      }`,
      { seed: SEED_ARTICLE },
    );
    expect(result.errors).toBeUndefined();
    const mentions = result.data!['article'].mentions;
    expect(mentions.edges.length).toBeGreaterThanOrEqual(30);
    expect(mentions.totalCount).toBe(mentions.edges.length);
    expect(mentions.edges[0].node.entity.mentions.edges[0].node.article.title).toEqual(expect.any(String));
    expect(result.queryCount).toBe(1);
  });

  it('an entity three levels deep, as an app asks for it: one', async () => {
    const result = await api.run(
      `query($id: ID!) { entity(id: $id) { name names { form }
        relations(first: 10) { edges { node { type direction other { name names { form } } articles { title } } } }
        mentions(first: 10) { edges { node { text article { title } } } }
        claimsBy(first: 10) { totalCount edges { node { quote speaker { entity { name } } via { entity { name } } article { title } } } }
        events(first: 10) { edges { node { type place { name } participants { entity { name } } reports { article { title } } } } } } }`,
      { id: PUTIN },
    );
    expect(result.errors).toBeUndefined();
    const putin = result.data!['entity'];
    expect(putin.relations.edges.length).toBeGreaterThan(0);
    expect(putin.events.edges.length).toBeGreaterThan(0);
    expect(result.queryCount).toBe(1);
  });

  it('node(id) through fragments: one', async () => {
    const result = await api.run(
      'query($id: ID!) { node(id: $id) { ... on Place { name claimsAbout(first: 5) { edges { node { quote about { __typename ... on Event { type place { name } } } } } } } } }',
      { id: POKROVSK },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!['node'].claimsAbout.edges.length).toBeGreaterThan(0);
    expect(result.queryCount).toBe(1);
  });

  it('a search for many entities costs the same as for one: one', async () => {
    const query = (first: number) =>
      `{ searchEntities(query: "Donetsk", first: ${first}) { edges { node { names { form } mentions(first: 3) { edges { node { text } } } } } } }`;
    const one = await api.run(query(1));
    const many = await api.run(query(50));
    expect(many.data!['searchEntities'].edges.length).toBeGreaterThan(3);
    expect(one.queryCount).toBe(1);
    expect(many.queryCount).toBe(1);
  });

  it('claims with speakers, channels and subjects: one', async () => {
    const result = await api.run(`{
      claims(first: 50) { edges { node { quote article { title } speaker { entity { name } affiliation { name } } via { entity { name } } about { __typename ... on Place { name } ... on Event { type } } } } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!['claims'].edges.length).toBeGreaterThanOrEqual(7);
    expect(result.queryCount).toBe(1);
  });

  it('claims and events filtered by ids: one each, the ids checked by the list statement itself', async () => {
    const claims = await api.run('query($s: ID, $a: ID) { claims(filter: { speaker: $s, about: $a }) { edges { node { quote } } } }', {
      s: PUTIN,
      a: POKROVSK,
    });
    expect(claims.data!['claims'].edges.length).toBeGreaterThan(0);
    expect(claims.queryCount).toBe(1);
    const events = await api.run('query($p: ID) { events(filter: { place: $p }) { edges { node { type } } } }', { p: POKROVSK });
    expect(events.data!['events'].edges.length).toBeGreaterThan(0);
    expect(events.queryCount).toBe(1);
  });

  it('events with places, participants and reports, and articles with their mentions: one each', async () => {
    const events = await api.run(
      '{ events(first: 50) { edges { node { type place { name } participants { entity { name } } reports { framing article { title } } } } } }',
    );
    expect(events.errors).toBeUndefined();
    // Something to nest: a placed event with its reports (other tests' events may fill the page before the seed's).
    expect(events.data!['events'].edges.some((e: any) => e.node.place && e.node.reports.length > 0)).toBe(true);
    expect(events.queryCount).toBe(1);
    const articles = await api.run(
      '{ articles(first: 50) { edges { node { title mentions(first: 3) { totalCount edges { node { text entity { name } } } } } } } }',
    );
    expect(articles.errors).toBeUndefined();
    // Other tests' articles may come first and name nothing; the seed article names 32.
    expect(articles.data!['articles'].edges.some((e: any) => e.node.mentions.totalCount > 0)).toBe(true);
    expect(articles.queryCount).toBe(1);
  });

  it('the same list under two aliases, with different pages and filters, reads each as asked', async () => {
    const result = await api.run(
      `query($id: ID!) { entity(id: $id) {
        two: mentions(first: 2) { edges { cursor node { text } } }
        three: mentions(first: 3) { edges { node { text } } }
        located: relations(types: [LOCATED_IN]) { edges { node { type other { name } } } }
        all: relations { totalCount edges { node { type } } }
      } }`,
      { id: POKROVSK },
    );
    expect(result.errors).toBeUndefined();
    const { two, three, located, all } = result.data!['entity'];
    expect(two.edges).toHaveLength(2);
    expect(three.edges.map((e: any) => e.node.text).slice(0, 2)).toEqual(two.edges.map((e: any) => e.node.text));
    expect(located.edges.length).toBeGreaterThan(0);
    expect(located.edges.every((e: any) => e.node.type === 'LOCATED_IN')).toBe(true);
    expect(all.totalCount).toBe(all.edges.length);
    expect(all.edges.length).toBeGreaterThanOrEqual(located.edges.length);
    expect(result.queryCount).toBe(1);

    const next = await api.run(
      'query($id: ID!, $after: String) { entity(id: $id) { mentions(first: 1, after: $after) { edges { node { text } } } } }',
      {
        id: POKROVSK,
        after: two.edges[0].cursor,
      },
    );
    expect(next.data!['entity'].mentions.edges[0].node.text).toBe(two.edges[1].node.text);
  });
});

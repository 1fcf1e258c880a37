import { afterAll, describe, expect, it } from 'vitest';

import type { GraphDb } from '../../src/db/graph-db.js';
import { toGlobalId } from '../../src/graph/global-id.js';
import { testServer } from '../support/api.js';
import { testDb } from '../support/graph.js';

/**
 * What each root field sends to Neo4j for an operation an app would write, pinned as text (the
 * style of @neo4j/graphql's tck tests), so a change to a statement shows in review. Run against
 * the real graph: every operation must also answer without errors.
 */
const db = testDb();
const statements: string[] = [];
const recording = Object.assign(Object.create(db) as GraphDb, {
  read: (cypher: string, params?: Record<string, unknown>) => {
    statements.push(cypher.trim());
    return db.read(cypher, params);
  },
});
const api = await testServer(recording);
afterAll(async () => {
  await api.server.stop();
  await db.close();
});

const PUTIN = toGlobalId('Person', 'person:vladimir-putin');
const POKROVSK = toGlobalId('Place', 'place:pokrovsk-donetsk-ua');
const SEED = toGlobalId('Article', 'c14c6e6254578141');

const OPERATIONS: [string, string, Record<string, unknown>][] = [
  [
    'entity',
    `query($id: ID!) { entity(id: $id) { name names { form } mentions(first: 3) { totalCount edges { node { text article { title } } } }
      relations(types: [LOCATED_IN]) { edges { node { type other { name } } } } events(first: 2) { edges { node { type place { name } } } } } }`,
    { id: POKROVSK },
  ],
  [
    'article',
    `query($id: ID!) { article(id: $id) { title claims(first: 5) { edges { node { quote speaker { entity { name } } via { entity { name } } } } }
      events(first: 5) { edges { node { reports { framing article { title } } participants { entity { name } } } } } } }`,
    { id: SEED },
  ],
  [
    'node',
    `query($id: ID!) { node(id: $id) { id ... on Person { name claimsBy(first: 2) { edges { node { quote } } } } } }`,
    { id: PUTIN },
  ],
  [
    'articles',
    `{ articles(first: 2, language: "en") { totalCount edges { node { title mentions(first: 2) { edges { node { text } } } } } } }`,
    {},
  ],
  [
    'claims',
    `query($about: ID) { claims(first: 3, filter: { about: $about }) { edges { node { quote about { ... on Place { name } ... on Event { type } } } } } }`,
    { about: POKROVSK },
  ],
  [
    'events',
    `query($p: ID) { events(first: 3, filter: { place: $p }) { edges { node { type time { precision } place { name } } } } }`,
    { p: POKROVSK },
  ],
  [
    'searchEntities',
    `{ searchEntities(query: "Krasnoarmeysk", first: 3) { edges { score node { name events(first: 1) { totalCount } } } } }`,
    {},
  ],
  [
    'connection',
    `query($a: ID!, $b: ID!) { connection(from: $a, to: $b, maxHops: 3) { length hops { type articles { title } } } }`,
    { a: PUTIN, b: POKROVSK },
  ],
];

describe('the Cypher of each root field', () => {
  it.each(OPERATIONS)('%s', async (_field, query, variables) => {
    statements.length = 0;
    const result = await api.run(query, variables);
    expect(result.errors).toBeUndefined();
    expect(statements.join('\n\n;;\n\n')).toMatchSnapshot();
  });
});

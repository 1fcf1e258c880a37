import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { encodeCursor } from '../../src/graph/page.js';
import { httpServer, TEST_API_KEY } from '../support/api.js';
import { testDb } from '../support/graph.js';

/** Bad input gets a coded error naming what is wrong; nothing internal reaches the client. */
const db = testDb();
const api = await httpServer(db);
afterAll(async () => {
  await api.stop();
  await db.close();
});

const firstError = async (query: string, variables: Record<string, unknown> = {}) => {
  const { body } = await api.post(query, variables);
  expect(body.errors, JSON.stringify(body)).toHaveLength(1);
  return body.errors![0]!;
};

describe('errors clients see', () => {
  it('a forged id is BAD_USER_INPUT naming the argument', async () => {
    const error = await firstError('{ entity(id: "bm90LWFuLWlk") { name } }');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('an id of the wrong type names the filter field', async () => {
    const error = await firstError('query($id: ID!) { events(filter: { place: $id }) { edges { cursor } } }', {
      id: toGlobalId('Article', 'x'),
    });
    expect(error.message).toBe('filter.place: expected the id of Place, got a Article id');
    expect(error.extensions?.['field']).toBe('filter.place');
  });

  it('a forged cursor is BAD_USER_INPUT on after', async () => {
    const error = await firstError('{ articles(after: "garbage") { edges { cursor } } }');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('a cursor of the wrong shape is refused, not passed to Cypher', async () => {
    const { body } = await api.post('query($after: String) { claims(after: $after) { edges { cursor } } }', {
      after: encodeCursor([{} as never]),
    });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it.each([-1, -5, 101, 1_000_000])('first: %d is BAD_USER_INPUT', async (first) => {
    const error = await firstError('query($first: Int) { articles(first: $first) { edges { cursor } } }', { first });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it.each([
    ['first', 'mentions(first: -1) { edges { cursor } }'],
    ['after', 'claimsAbout(after: "garbage") { edges { cursor } }'],
  ])('a bad %s on a nested list is BAD_USER_INPUT, however the root field reads ahead', async (field, nested) => {
    const { body } = await api.post(`query($id: ID!) { entity(id: $id) { name ${nested} } }`, {
      id: toGlobalId('Place', 'place:pokrovsk-donetsk-ua'),
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(body.data).toEqual({ entity: null });
  });

  it('a node that does not exist is null, not an error', async () => {
    const { body } = await api.post('query($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('Claim', 'no-such-claim') });
    expect(body).toEqual({ data: { node: null } });
  });

  it('rejects an over-deep query before touching the database', async () => {
    // article → mention → entity → mention → article → mention → entity → mention: 19 levels with Relay's edges/node
    const hop = (field: string, inner: string) => `${field} { edges { node { ${inner} } } }`;
    const deep = `{ ${hop('articles', hop('mentions', `entity { ${hop('mentions', `article { ${hop('mentions', `entity { ${hop('mentions', 'text')} }`)} }`)} }`))} }`;
    const error = await firstError(deep);
    expect(error.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/exceeds maximum operation depth/);
  });

  it('a negative page size costs as much as the largest, so it cannot pay for an over-complex sibling', async () => {
    const wide = 'articles(first: 100) { edges { node { mentions(first: 100) { edges { node { entity { names { form } } } } } } } }';
    const error = await firstError(`{ a: ${wide.replace('first: 100', 'first: -100')} b: ${wide} }`);
    expect(error.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
  });

  it('estimates one operation text again for the page sizes and @include conditions its variables give', async () => {
    // The server keeps each operation's estimate: a small first answer must not let a large one through.
    const wide = `query($n: Int, $deep: Boolean!) { articles(first: 50) { edges { node {
      mentions(first: $n) { edges { node { entity @include(if: $deep) { names { form } } } } } } } } }`;
    const asked = async (n: number, deep: boolean) => (await api.post(wide, { n, deep })).body.errors?.[0]?.extensions?.['code'];
    expect(await asked(1, true)).toBeUndefined();
    expect(await asked(100, false)).toBeUndefined();
    expect(await asked(100, true)).toBe('QUERY_TOO_COMPLEX');
    expect(await asked(1, true)).toBeUndefined();
  });

  it('rejects an over-complex query with a clear message', async () => {
    const wide = '{ articles(first: 100) { edges { node { mentions(first: 100) { edges { node { entity { names { form } } } } } } } } }';
    const error = await firstError(wide);
    expect(error.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toMatch(/^Query is too complex: \d+ > 20000/);
  });

  it.each([
    '"Pokrovsk',
    'Pokr*',
    'Krasnoarmysk~',
    'a AND OR NOT b',
    '\\\\',
    '((',
    'MATCH (n) DETACH DELETE n',
    '\u0000\ud800',
    ' ',
    'x'.repeat(200),
  ])('a hostile search string %j gets a clean answer', async (query) => {
    const { status, body } = await api.post('query($q: String!) { searchEntities(query: $q) { edges { node { name } } } }', { q: query });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(Array.isArray(body.data!['searchEntities'].edges)).toBe(true);
  });

  it('an over-long search string is BAD_USER_INPUT', async () => {
    const error = await firstError('query($q: String!) { searchEntities(query: $q) { edges { cursor } } }', { q: 'x'.repeat(201) });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'query' });
  });

  it('refuses batched operations', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ articles { edges { cursor } } }' }, { query: '{ articles { edges { cursor } } }' }]),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Operation batching disabled/i);
  });

  it('refuses a request body over 1 MB', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ searchEntities(query: "${'x'.repeat(1_100_000)}") { edges { cursor } } }` }),
    });
    expect(response.status).toBe(413);
  });
});

describe("invalid operations and variables: 400 with graphql's own code or BAD_USER_INPUT", () => {
  const PLACE = toGlobalId('Place', 'place:pokrovsk-donetsk-ua');
  const INGEST = 'mutation($doc: JSONObject!) { ingestArticle(document: $doc) { mentions } }';

  it.each([
    [
      'a missing required variable',
      'query($q: String!) { searchEntities(query: $q) { edges { cursor } } }',
      {},
      'BAD_USER_INPUT',
      /Variable "\$q" of required type "String!" was not provided/,
    ],
    [
      'first: 1.5 as a variable',
      'query($first: Int) { articles(first: $first) { edges { cursor } } }',
      { first: 1.5 },
      'BAD_USER_INPUT',
      /Int cannot represent non-integer value: 1.5/,
    ],
    [
      'first: 1.5 in the document',
      '{ articles(first: 1.5) { edges { cursor } } }',
      {},
      'GRAPHQL_VALIDATION_FAILED',
      /Int cannot represent non-integer value: 1.5/,
    ],
    [
      'an unknown enum value as a variable',
      'query($t: [EntityKind!]) { searchEntities(query: "x", types: $t) { edges { cursor } } }',
      { t: ['CITY'] },
      'BAD_USER_INPUT',
      /Value "CITY" does not exist in "EntityKind" enum/,
    ],
    [
      'an unknown enum value in the document',
      '{ searchEntities(query: "x", types: [CITY]) { edges { cursor } } }',
      {},
      'GRAPHQL_VALIDATION_FAILED',
      /Value "CITY" does not exist in "EntityKind" enum/,
    ],
    [
      'a bad Date as a variable',
      'query($d: Date) { events(filter: { from: $d }) { edges { cursor } } }',
      { d: '2025-13-45' },
      'BAD_USER_INPUT',
      /Variable "\$d" got invalid value "2025-13-45"/,
    ],
    [
      'a bad Date in the document',
      `{ entity(id: "${PLACE}") { nameAt(date: "yesterday") { form } } }`,
      {},
      'GRAPHQL_VALIDATION_FAILED',
      /Date cannot represent an invalid date-string yesterday/,
    ],
    [
      'null for an argument that is non-null with a default',
      'query($f: Int) { connection(from: "a", to: "b", first: $f) { length } }',
      { f: null },
      'BAD_USER_INPUT',
      /Argument "first" of non-null type "Int!" must not be null/,
    ],
    [
      'a variable of the wrong type in a filter',
      'query($f: EventFilter) { events(filter: $f) { edges { cursor } } }',
      { f: { onDay: 'x' } },
      'BAD_USER_INPUT',
      /got invalid value "x" at "f.onDay"/,
    ],
  ])('%s', async (_, query, variables, code, message) => {
    const { status, body } = await api.post(query, variables);
    expect(status, JSON.stringify(body)).toBe(400);
    expect(body.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(message), extensions: expect.objectContaining({ code }) }),
    ]);
  });

  it.each([
    ['as a variable', INGEST, { doc: 'x' }, 'BAD_USER_INPUT'],
    ['in the document', 'mutation { ingestArticle(document: "x") { mentions } }', {}, 'GRAPHQL_VALIDATION_FAILED'],
  ])('document: "x" for ingestArticle %s', async (_, query, variables, code) => {
    const { status, body } = await api.post(query, variables, { 'x-api-key': TEST_API_KEY });
    expect(status, JSON.stringify(body)).toBe(400);
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/JSONObject cannot represent non-object value: "?x"?/),
        extensions: expect.objectContaining({ code }),
      }),
    ]);
  });
});

describe('a refused body', () => {
  it('does not leave its connection to the next request: after a 413 the next one is answered', async () => {
    const big = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(1_100_000) });
    expect(big.status).toBe(413);
    const { status } = await api.post('{ articles(first: 1) { totalCount } }');
    expect(status).toBe(200);
  });
});

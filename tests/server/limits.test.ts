import { afterAll, describe, expect, it } from 'vitest';

import { MAX_ALIASES, MAX_DEPTH, MAX_ROOT_FIELDS, MAX_TOKENS } from '../../src/graphql/limits.js';
import { httpServer } from '../support/api.js';
import { testDb } from '../support/graph.js';

/** Documents built to make the server's own checks slow or crash it get a quick, coded 400. */
const db = testDb();
const api = await httpServer(db);
afterAll(async () => {
  await api.stop();
  await db.close();
});

/** A correctness bound, not a speed target: the old depth rule took 10 s on 26 fragments, and hung on 500. */
const NEVER_A_HANG_MS = 5_000;

const refused = async (query: string) => {
  const started = Date.now();
  const { status, body } = await api.post(query);
  expect(Date.now() - started).toBeLessThan(NEVER_A_HANG_MS);
  expect(status, JSON.stringify(body)).toBe(400);
  expect(body.data).toBeUndefined();
  return body.errors!;
};

/** Fragment i spreads fragment i+1 twice: 2^n copies of the innermost field once expanded. */
const fragmentBomb = (n: number) =>
  'query Bomb { ...F0 }\n' +
  Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n') +
  `\nfragment F${n} on Query { articles { totalCount } }`;

const aliased = (count: number, field: string) => Array.from({ length: count }, (_, i) => `f${i}: ${field}`).join(' ');

describe('documents that would make the checks themselves costly', () => {
  it('26 nested fragments, each spreading the next twice (1 KB), are too complex', async () => {
    const [error] = await refused(fragmentBomb(26));
    expect(error!.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    expect(error!.message).toMatch(/fragments expand to more than \d+ selections/);
  });

  it('500 such fragments are refused by the token limit before they are parsed', async () => {
    const [error] = await refused(fragmentBomb(500));
    expect(error!.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    expect(error!.message).toMatch(new RegExp(`more that ${MAX_TOKENS} tokens`));
  });

  it.each([
    ['spreads itself', 'query { ...A } fragment A on Query { articles { totalCount } ...A }', /Cannot spread fragment "A" within itself\./],
    [
      'spreads a fragment that spreads it',
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
      /Cannot spread fragment "A" within itself via "B"\./,
    ],
  ])("a fragment that %s gets graphql's own cycle error, not a stack overflow", async (_, query, message) => {
    const errors = await refused(query);
    expect(errors.map((e) => e.extensions?.['code'])).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(errors.map((e) => e.message)).toContainEqual(expect.stringMatching(message));
  });
});

describe('what one operation may ask', () => {
  it('150 aliased connection(maxHops: 6) root fields are refused before any Cypher runs', async () => {
    const errors = await refused(`{ ${aliased(150, 'connection(from: "a", to: "b", maxHops: 6) { length }')} }`);
    expect(errors.every((e) => e.extensions?.['code'] === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    expect(errors.map((e) => e.message)).toContain(
      `The operation has 150 root fields (aliases count); at most ${MAX_ROOT_FIELDS} are allowed. Send several requests.`,
    );
  });

  it(`root fields count as they run: a key asked twice runs once; ${MAX_ROOT_FIELDS} pass`, async () => {
    const fields = aliased(MAX_ROOT_FIELDS, 'articles(first: 1) { totalCount }');
    const { status, body } = await api.post(`{ f0: articles(first: 1) { totalCount } ...Many } fragment Many on Query { ${fields} }`);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(Object.keys(body.data!)).toHaveLength(MAX_ROOT_FIELDS);
  });

  it(`${MAX_ROOT_FIELDS + 1} root fields, some of them in an inline fragment, are refused`, async () => {
    const errors = await refused(`{ ${aliased(MAX_ROOT_FIELDS, '__typename')} ... on Query { articles { totalCount } } }`);
    expect(errors[0]!.message).toMatch(new RegExp(`has ${MAX_ROOT_FIELDS + 1} root fields`));
  });

  it(`more than ${MAX_ALIASES} aliases anywhere are refused`, async () => {
    const errors = await refused(`{ articles(first: 1) { edges { node { ${aliased(MAX_ALIASES + 1, 'text')} } } } }`);
    expect(errors).toEqual([expect.objectContaining({ message: `The operation has more than ${MAX_ALIASES} aliases.` })]);
  });

  it('depth counts the fields inside fragments, however they are spread', async () => {
    // entity → mentions → edges → node → entity …: each fragment adds four levels, 18 in all
    const nest = (levels: number): string => (levels === 0 ? 'name' : `mentions { edges { node { entity { ...L${levels} } } } }`);
    const fragments = Array.from({ length: 5 }, (_, i) => `fragment L${i + 1} on Entity { ${nest(i)} }`).join('\n');
    const errors = await refused(`query($id: ID!) { entity(id: $id) { ...L5 } }\n${fragments}`);
    expect(errors).toEqual([
      expect.objectContaining({ message: `The operation exceeds maximum operation depth of ${MAX_DEPTH} levels of fields.` }),
    ]);
  });

  it('a document over the token limit is a parse error', async () => {
    const [error] = await refused(`{ ${'__typename '.repeat(MAX_TOKENS)} }`);
    expect(error!.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
  });
});

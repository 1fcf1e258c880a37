import { afterAll, describe, expect, it } from 'vitest';

import { httpServer } from '../support/api.js';
import { testDb } from '../support/graph.js';

/** With introspection off, error messages do not offer the schema's names to whoever guesses. */
const db = testDb();
const open = await httpServer(db, { introspection: true });
const closed = await httpServer(db, { introspection: false });
afterAll(async () => {
  await Promise.all([open.stop(), closed.stop()]);
  await db.close();
});

const CASES: [string, string, Record<string, unknown>, string][] = [
  ['a misspelt field', '{ articles { edges { node { titel } } } }', {}, 'Cannot query field "titel" on type "Article".'],
  ['a misspelt argument', '{ articles(frist: 1) { totalCount } }', {}, 'Unknown argument "frist" on field "Query.articles".'],
  [
    'a misspelt enum value in a variable',
    'query($t: [EntityKind!]) { searchEntities(query: "x", types: $t) { totalCount } }',
    { t: ['PLACES'] },
    'Variable "$t" got invalid value "PLACES" at "t[0]"; Value "PLACES" does not exist in "EntityKind" enum.',
  ],
];

describe('field suggestions', () => {
  it.each(CASES)('are hidden for %s when introspection is off', async (_, query, variables, message) => {
    const { status, body } = await closed.post(query, variables);
    expect(status).toBe(400);
    expect(body.errors?.map((e) => e.message)).toEqual([message]);
  });

  it.each(CASES)('are offered for %s when introspection is on', async (_, query, variables, message) => {
    const { body } = await open.post(query, variables);
    expect(body.errors?.[0]?.message).toMatch(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')} Did you mean .+\\?$`));
  });
});

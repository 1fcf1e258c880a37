import { afterAll, describe, expect, it } from 'vitest';

import { testServer } from '../support/api.js';
import { testDb } from '../support/graph.js';

const db = testDb();
const api = await testServer(db);
afterAll(async () => {
  await api.server.stop();
  await db.close();
});

describe('smoke', () => {
  it('finds Pokrovsk by the seed article spelling', async () => {
    const result = await api.run(`{ searchEntities(query: "Krasnoarmysk", first: 3) { edges { score matchedName { form } node { id name ... on Place { country } names { form } mentions(first: 3) { totalCount edges { node { text article { title } } } } } } } }`);
    console.log(JSON.stringify(result, null, 1).slice(0, 3000));
    expect(result.errors).toBeUndefined();
  });
});

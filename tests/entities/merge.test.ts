import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { TEST_API_KEY, testServer } from '../support/api.js';
import { sampleArticle } from '../support/documents.js';
import { testDb } from '../support/graph.js';

const db = testDb();
const api = await testServer(db);
afterAll(async () => {
  await api.server.stop();
  await db.close();
});

const MERGE = `mutation($keep: ID!, $remove: ID!) { mergeEntities(keep: $keep, remove: $remove) { id name } }`;
const ENTITY = `query($id: ID!) {
  entity(id: $id) { id names { form } mentions(first: 50) { totalCount } claimsAbout { totalCount } events { totalCount } relations { totalCount } }
}`;

/** Two records of one town, each from its own article, as a careless ingest would leave them. */
async function duplicateTowns() {
  const first = sampleArticle();
  const second = sampleArticle();
  second.document.entities[0]!.names = [{ form: 'Testogrod', language: 'en', script: 'Latn', kind: 'COLLOQUIAL' }];
  for (const { document } of [first, second]) {
    expect((await api.run(`mutation($d: JSONObject!) { ingestArticle(document: $d) { claims } }`, { d: document }, TEST_API_KEY)).errors).toBeUndefined();
  }
  return { keep: toGlobalId('Place', first.keys.town), remove: toGlobalId('Place', second.keys.town) };
}

describe('mergeEntities', () => {
  it('moves names, mentions, claims, events and relations, and the removed id resolves to the kept entity', async () => {
    const { keep, remove } = await duplicateTowns();
    const merged = await api.run(MERGE, { keep, remove }, TEST_API_KEY);
    expect(merged.errors).toBeUndefined();
    expect(merged.data!['mergeEntities'].id).toBe(keep);

    const kept = (await api.run(ENTITY, { id: keep })).data!['entity'];
    expect(kept.names.map((n: any) => n.form).sort()).toEqual(['Testograd', 'Testogrod', 'Тестоград']);
    expect(kept).toMatchObject({ mentions: { totalCount: 2 }, claimsAbout: { totalCount: 2 }, events: { totalCount: 2 }, relations: { totalCount: 2 } });
    expect((await api.run(ENTITY, { id: remove })).data!['entity']).toEqual(kept);
  });

  it('is refused without the API key, across kinds, and for an entity already merged away', async () => {
    const { keep, remove } = await duplicateTowns();
    expect((await api.run(MERGE, { keep, remove })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const person = toGlobalId('Person', 'person:vladimir-putin');
    expect((await api.run(MERGE, { keep, remove: person }, TEST_API_KEY)).errors?.[0]?.message).toBe('remove: is a PERSON, cannot merge into a PLACE');
    expect((await api.run(MERGE, { keep, remove }, TEST_API_KEY)).errors).toBeUndefined();
    expect((await api.run(MERGE, { keep, remove }, TEST_API_KEY)).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'remove' });
  });
});

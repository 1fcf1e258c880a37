import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { TEST_API_KEY, testServer } from '../support/api.js';
import { sampleArticle } from '../support/documents.js';
import { forgetArticles, letters, testDb, uniqueKey } from '../support/graph.js';

/** Everything an outlet or a speaker said, in a date range, by channel, role, source and score. */
const db = testDb();
const api = await testServer(db);
const outlet = uniqueKey('Test Outlet');
const speaker = `Ostap Test${letters('bdfgklmnprstvz', 6)}chuk`;
const hand = sampleArticle({ outlet, publishedAt: '2025-12-01T08:00:00Z' });
Object.assign(hand.document.claims[0]!, { via: { entity: 'org:tass', description: 'speaking to TASS' } });
const plainId = uniqueKey('test-article-plain');
const plain = {
  id: plainId,
  title: 'Test material: a bridge',
  language: 'en',
  outlet,
  publishedAt: '2025-12-05T08:00:00Z',
  text: `“The bridge holds and the road is open,” said Defence Minister ${speaker} on Friday.`,
};

const ingest = (document: object) =>
  api.run('mutation($d: JSONObject!) { ingestArticle(document: $d) { claims } }', { d: document }, TEST_API_KEY);

beforeAll(async () => {
  for (const document of [hand.document, plain]) expect((await ingest(document)).errors).toBeUndefined();
});
afterAll(async () => {
  await forgetArticles(db, [hand.keys.id, plainId]);
  await api.server.stop();
  await db.close();
});

async function quotes(filter: Record<string, unknown>): Promise<string[]> {
  const result = await api.run('query($f: ClaimFilter) { claims(first: 50, filter: $f) { totalCount edges { node { quote } } } }', {
    f: { outlet, ...filter },
  });
  expect(result.errors).toBeUndefined();
  const claims = result.data!['claims'];
  expect(claims.totalCount).toBe(claims.edges.length);
  return claims.edges.map((e: any) => e.node.quote).sort();
}

const HAND = 'All is calm,';
const AUTO = 'The bridge holds and the road is open,';

describe('claims filtered', () => {
  it('by outlet, and by the days its articles were published (both ends inclusive)', async () => {
    expect(await quotes({})).toEqual([HAND, AUTO]);
    expect(await quotes({ publishedFrom: '2025-12-02' })).toEqual([AUTO]);
    expect(await quotes({ publishedTo: '2025-12-01' })).toEqual([HAND]);
    expect(await quotes({ publishedFrom: '2025-12-05', publishedTo: '2025-12-05' })).toEqual([AUTO]);
    expect(await quotes({ outlet: `${outlet} 2` })).toEqual([]);
  });

  it('by channel, by the role the article gives the speaker, and by source', async () => {
    expect(await quotes({ via: toGlobalId('Organization', 'org:tass') })).toEqual([HAND]);
    expect(await quotes({ speakerRole: 'MINISTER' })).toEqual([AUTO]);
    expect(await quotes({ source: 'AUTO' })).toEqual([AUTO]);
    expect(await quotes({ source: 'HAND' })).toEqual([HAND]);
  });

  it('by the score an extracted claim has: hand claims have none, so a review queue holds only extracted ones', async () => {
    expect(await quotes({ maxScore: 1 })).toEqual([AUTO]);
    expect(await quotes({ maxScore: 0 })).toEqual([]);
  });

  it.each([
    [{ publishedFrom: '2025-12-05', publishedTo: '2025-12-01' }, 'filter.publishedTo'],
    [{ maxScore: 1.5 }, 'filter.maxScore'],
    [{ outlet: '' }, 'filter.outlet'],
    [{ speakerRole: '' }, 'filter.speakerRole'],
  ])('refuses %j, naming %s', async (filter, field) => {
    const result = await api.run('query($f: ClaimFilter) { claims(filter: $f) { totalCount } }', { f: filter });
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

import { afterAll, describe, expect, it, vi } from 'vitest';

import { STATEMENTS_AT_ONCE, type GraphDb } from '../../src/db/graph-db.js';
import { toGlobalId } from '../../src/graph/global-id.js';
import { MAX_ROOT_FIELDS } from '../../src/graphql/limits.js';
import { httpServer } from '../support/api.js';
import { testDb } from '../support/graph.js';

/**
 * The real database, with its six-hop connection statements held at the door until the test
 * lets them through: so a request is caught while it runs as many statements as it may.
 */
function holdingConnections(db: GraphDb) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = { inFlight: 0, peak: 0, release };
  const read: GraphDb['read'] = async (cypher, params) => {
    if (!cypher.includes('ABOUT*..6]')) return db.read(cypher, params);
    held.peak = Math.max(held.peak, ++held.inFlight);
    try {
      await released;
      return await db.read(cypher, params);
    } finally {
      held.inFlight--;
    }
  };
  // counted() builds each request's CountingDb over `this`, the proxy, so every read passes here.
  const proxy = new Proxy(db, { get: (target, name, receiver) => (name === 'read' ? read : Reflect.get(target, name, receiver)) });
  return { db: proxy, held };
}

const real = testDb();
const { db, held } = holdingConnections(real);
const api = await httpServer(db);
afterAll(async () => {
  await api.stop();
  await real.close();
});

describe('one request cannot take the pool from the others', () => {
  it(`runs ${STATEMENTS_AT_ONCE} of its statements at once while other clients and /health are answered`, async () => {
    const from = toGlobalId('Person', 'person:alexander-stepanyan');
    const to = toGlobalId('Person', 'person:vladimir-putin');
    const fields = Array.from(
      { length: MAX_ROOT_FIELDS },
      (_, i) => `p${i}: connection(from: $from, to: $to, maxHops: 6, first: ${i + 1}) { length }`,
    );
    const heavy = api.post(`query($from: ID!, $to: ID!) { ${fields.join(' ')} }`, { from, to });

    await vi.waitFor(() => expect(held.inFlight).toBe(STATEMENTS_AT_ONCE), { timeout: 5_000 });
    const other = await api.post('{ articles(first: 1) { totalCount } }');
    expect(other.status).toBe(200);
    expect(other.body.data!['articles'].totalCount).toBeGreaterThan(0);
    expect((await fetch(new URL('/health', api.url))).status).toBe(200);
    expect(held.inFlight).toBe(STATEMENTS_AT_ONCE);

    held.release();
    const { status, body } = await heavy;
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data!).every((paths) => Array.isArray(paths) && paths.length > 0)).toBe(true);
    expect(held.peak).toBe(STATEMENTS_AT_ONCE);
  }, 90_000);
});

import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { httpServer, TEST_API_KEY } from '../support/api.js';
import { sampleArticle } from '../support/documents.js';
import { testDb, uniqueKey } from '../support/graph.js';

/** The server logs into this array, as JSON lines would reach stderr. */
const lines: Record<string, unknown>[] = [];
const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });

const db = testDb();
const api = await httpServer(db, { log });
afterAll(async () => {
  await api.stop();
  await db.close();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const INGEST = 'mutation Ingest($doc: JSONObject!) { ingestArticle(document: $doc) { mentions } }';

/** Posts under a fresh request id and returns the operation's log line. */
async function logged(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const requestId = uniqueKey('req');
  const { headers: sent } = await api.post(query, variables, { 'x-request-id': requestId, ...headers });
  expect(sent.get('x-request-id')).toBe(requestId);
  const line = lines.find((l) => l['requestId'] === requestId && l['msg'] === 'graphql request');
  expect(line, `no log line for ${requestId}`).toBeDefined();
  return line!;
}

describe('the operation log', () => {
  it('records the code the client saw: BAD_USER_INPUT for a forged id', async () => {
    expect(await logged('query Forged { entity(id: "bm90LWFuLWlk") { name } }')).toMatchObject({
      operation: 'Forged',
      status: 200,
      errors: ['BAD_USER_INPUT'],
    });
  });

  it('records UNAUTHENTICATED for a mutation without the API key', async () => {
    expect(await logged(INGEST, { doc: sampleArticle().document })).toMatchObject({
      operation: 'Ingest',
      errors: ['UNAUTHENTICATED'],
      cypherQueries: 0,
    });
  });

  it('records the status and code of a refused variable', async () => {
    expect(await logged('query($first: Int) { articles(first: $first) { totalCount } }', { first: 1.5 })).toMatchObject({
      status: 400,
      errors: ['BAD_USER_INPUT'],
    });
  });

  it('counts the statements of ingestArticle, which runs on the server-wide ingest service', async () => {
    const line = await logged(INGEST, { doc: sampleArticle().document }, { 'x-api-key': TEST_API_KEY });
    expect(line['errors']).toBeUndefined();
    expect(line['cypherQueries']).toBeGreaterThan(0);
  });

  it('counts the statements of mergeEntities', async () => {
    const [first, second] = [sampleArticle(), sampleArticle()];
    for (const { document } of [first, second]) await api.post(INGEST, { doc: document }, { 'x-api-key': TEST_API_KEY });
    const merge = 'mutation Merge($keep: ID!, $remove: ID!) { mergeEntities(keep: $keep, remove: $remove) { id } }';
    const line = await logged(
      merge,
      { keep: toGlobalId('Place', first.keys.town), remove: toGlobalId('Place', second.keys.town) },
      { 'x-api-key': TEST_API_KEY },
    );
    expect(line['errors']).toBeUndefined();
    expect(line['cypherQueries']).toBeGreaterThan(0);
  });
});

describe('an unexpected error', () => {
  it('is logged in full under the request id, and masked for the client', async () => {
    // The real database, except that every read fails as a bug would: with an uncoded error.
    const failing = new Proxy(db, {
      get: (target, name, receiver) =>
        name === 'read' ? () => Promise.reject(new Error('bug in a repository')) : Reflect.get(target, name, receiver),
    });
    const broken = await httpServer(failing, { log });
    try {
      const requestId = uniqueKey('req');
      const { body } = await broken.post('{ articles(first: 1) { totalCount } }', {}, { 'x-request-id': requestId });
      expect(body.errors).toEqual([
        expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ]);
      const line = lines.find((l) => l['requestId'] === requestId && l['msg'] === 'unexpected error');
      expect(line?.['err']).toMatchObject({ message: 'bug in a repository' });
    } finally {
      await broken.stop();
    }
  });
});

describe('x-request-id', () => {
  it.each([
    ['too long', 'x'.repeat(129)],
    ['with a space', 'two words'],
    ['empty', ''],
  ])('a header that is %s is replaced by a generated id, echoed and logged', async (_, given) => {
    const { headers } = await api.post('{ articles(first: 1) { totalCount } }', {}, { 'x-request-id': given });
    const id = headers.get('x-request-id')!;
    expect(id).toMatch(UUID);
    expect(lines.some((l) => l['requestId'] === id && l['msg'] === 'graphql request')).toBe(true);
  });

  it('is generated when absent, and echoed on /health too', async () => {
    const { headers } = await api.post('{ articles(first: 1) { totalCount } }');
    expect(headers.get('x-request-id')).toMatch(UUID);
    const health = await fetch(new URL('/health', api.url), { headers: { 'x-request-id': 'probe-1' } });
    expect(health.headers.get('x-request-id')).toBe('probe-1');
  });

  it('keeps a printable id of 128 characters', async () => {
    const given = `trace/${'a'.repeat(122)}`;
    const { headers } = await api.post('{ articles(first: 1) { totalCount } }', {}, { 'x-request-id': given });
    expect(headers.get('x-request-id')).toBe(given);
  });
});

import { Client, fetchExchange } from '@urql/core';
import { afterAll, describe, expect, it } from 'vitest';

import { loadConfig } from '../../src/config/config.js';
import { SANDBOX_VERSION } from '../../src/app/landing-page.js';
import { httpServer } from '../support/api.js';
import { testDb } from '../support/graph.js';

/** CORS for the allowed origins, CSRF prevention for the rest, over real HTTP. */
const ALLOWED = 'https://analyst.example.org';
const OTHER = 'https://elsewhere.example.com';
const QUERY = '{ searchEntities(query: "Pokrovsk", types: [PLACE], first: 1) { edges { node { name } } } }';

const db = testDb();
const api = await httpServer(db, { corsOrigins: [ALLOWED] });
afterAll(async () => {
  await api.stop();
  await db.close();
});

const get = (headers: Record<string, string> = {}, query = QUERY) => fetch(`${api.url}?query=${encodeURIComponent(query)}`, { headers });
const post = (contentType: string, headers: Record<string, string> = {}) =>
  fetch(api.url, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body: JSON.stringify({ query: QUERY }) });
const pokrovsk = async (response: Response) => {
  expect(response.status, await response.clone().text()).toBe(200);
  const body = (await response.json()) as { data: { searchEntities: { edges: { node: { name: string } }[] } } };
  return body.data.searchEntities.edges[0]?.node.name;
};
const refusedAsCsrf = async (response: Response) => {
  expect(response.status).toBe(400);
  expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
};

describe('urql with its defaults', () => {
  it('runs a query, which it sends as a GET without a content type', async () => {
    const methods: string[] = [];
    const client = new Client({
      url: api.url,
      exchanges: [fetchExchange],
      fetch: (input, init) => {
        methods.push(`${init?.method} ${new Headers(init?.headers).get('content-type')}`);
        return fetch(input, init);
      },
    });
    const result = await client.query(QUERY, {}).toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data.searchEntities.edges[0].node.name).toBe('Pokrovsk');
    expect(methods).toEqual(['GET null']);
  });
});

describe('GET queries without a preflight', () => {
  it('run for a non-browser client (no Origin, no Sec-Fetch-Site)', async () => {
    expect(await pokrovsk(await get())).toBe('Pokrovsk');
  });

  it('run for a same-origin page (Sec-Fetch-Site: same-origin, or an Origin naming this host)', async () => {
    expect(await pokrovsk(await get({ 'sec-fetch-site': 'same-origin' }))).toBe('Pokrovsk');
    expect(await pokrovsk(await get({ origin: new URL(api.url).origin }))).toBe('Pokrovsk');
  });

  it('run for an allowed origin, whose page may read the answer', async () => {
    const response = await get({ origin: ALLOWED, 'sec-fetch-site': 'cross-site' });
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(await pokrovsk(response)).toBe('Pokrovsk');
  });

  it('are refused from another origin, or from another site with no Origin (an <img>, a link)', async () => {
    const other = await get({ origin: OTHER, 'sec-fetch-site': 'cross-site' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    await refusedAsCsrf(other);
    await refusedAsCsrf(await get({ 'sec-fetch-site': 'cross-site' }));
    await refusedAsCsrf(await get({ 'sec-fetch-site': 'same-site' }));
  });

  it('from another origin run when they carry apollo-require-preflight (the browser asked first)', async () => {
    expect(await pokrovsk(await get({ origin: OTHER, 'apollo-require-preflight': 'true' }))).toBe('Pokrovsk');
  });

  it('a GET with no query runs nothing, so a link from anywhere opens the UI', async () => {
    const response = await fetch(api.url, { headers: { accept: 'text/html', 'sec-fetch-site': 'cross-site' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    // Apollo Sandbox by default, on the release line named in src/app/landing-page.ts.
    expect(await response.text()).toContain(`embeddable-sandbox.cdn.apollographql.com/${SANDBOX_VERSION}/`);
  });
});

describe('everything else keeps the preflight rule', () => {
  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'Text/Plain; charset=utf-8'])(
    'a POST as %s is refused, even from an allowed origin',
    async (contentType) => {
      await refusedAsCsrf(await post(contentType, { origin: ALLOWED }));
      await refusedAsCsrf(await post(contentType));
    },
  );

  it('a mutation over GET is refused, even from an allowed origin', async () => {
    const response = await get({ origin: ALLOWED }, 'mutation { relinkArticles(ids: []) { articles } }');
    expect(response.status).toBe(405);
  });
});

describe('content types', () => {
  it.each(['application/json', 'Application/JSON; charset=utf-8', 'APPLICATION/JSON;charset=UTF-8'])('%s is JSON', async (contentType) => {
    expect(await pokrovsk(await post(contentType))).toBe('Pokrovsk');
  });
});

describe('the OPTIONS preflight', () => {
  const preflight = (origin: string) =>
    fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-api-key' },
    });

  it('is answered for an allowed origin with the methods and headers it may send', async () => {
    const response = await preflight(ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/content-type, x-api-key/);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/origin/i);
  });

  it('is refused for another origin', async () => {
    const response = await preflight(OTHER);
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS_ORIGINS', () => {
  it('is a comma-separated list of origins, none by default', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: ' https://a.example.org, http://localhost:5173 ,' }).CORS_ORIGINS).toEqual([
      'https://a.example.org',
      'http://localhost:5173',
    ]);
  });

  it.each(['https://a.example.org/', 'https://a.example.org/app', 'a.example.org', '*'])(
    'refuses %s, which no browser sends as an Origin',
    (value) => {
      expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(`CORS_ORIGINS.0: ${JSON.stringify(value)} is not an origin`);
    },
  );
});

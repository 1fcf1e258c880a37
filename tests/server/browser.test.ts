import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { httpServer } from '../support/api.js';
import { launchChromium, offHostRequests } from '../support/browser.js';
import { testDb } from '../support/graph.js';

/** A real headless Chromium against the API: the local GraphiQL, and CORS as a browser enforces it. */
const db = testDb();
let browser: Awaited<ReturnType<typeof launchChromium>>;
let api: Awaited<ReturnType<typeof httpServer>>;
/** Two pages on other origins (127.0.0.1 is not localhost to a browser): one allowed by CORS_ORIGINS, one not. */
let allowedPage: Awaited<ReturnType<typeof blankPage>>;
let otherPage: Awaited<ReturnType<typeof blankPage>>;

beforeAll(async () => {
  [allowedPage, otherPage, browser] = await Promise.all([blankPage(), blankPage(), launchChromium()]);
  api = await httpServer(db, { ui: 'graphiql', corsOrigins: [allowedPage.origin] });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([api?.stop(), allowedPage?.stop(), otherPage?.stop()]);
  await db.close();
});

/** Serves an empty page at http://127.0.0.1:PORT/. */
async function blankPage() {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('SANDBOX=graphiql in Chromium', () => {
  it('loads with nothing from the network but this server, and runs an example operation', { timeout: 120_000 }, async () => {
    const page = await browser.context.newPage();
    // Everything not from the API is refused and noted: the UI must work with no internet.
    const elsewhere = await offHostRequests(page, api.url);
    await page.goto(api.url);
    await page.locator('.graphiql-execute-button').click({ timeout: 60_000 });
    // The examples are one document of several operations: GraphiQL asks which one to run.
    await page.getByRole('menuitem', { name: 'SearchPokrovskInDonetskOblast', exact: true }).click();
    // The editor draws spaces as no-break spaces and wraps long lines: compare the words.
    const response = async () => (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
    await expect.poll(response, { timeout: 60_000 }).toMatch(/"adminArea": "Donetsk Oblast"/);
    expect(await response()).toMatch(/"name": "Pokrovsk"/);
    expect(elsewhere).toEqual([]);
  });
});

describe('CORS in Chromium', () => {
  const QUERY = '{ searchEntities(query: "Pokrovsk, Donetsk Oblast", first: 1) { edges { node { name } } } }';
  /** What an app's page does: a JSON POST (preflighted) and urql's plain GET, each answered or failed. */
  const callsFrom = async (origin: string) => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/`);
    const calls = await page.evaluate(
      async ({ url, query }) => {
        const attempt = async (request: () => Promise<Response>) => {
          try {
            const body = (await (await request()).json()) as { data?: { searchEntities: { edges: { node: { name: string } }[] } } };
            return body.data?.searchEntities.edges[0]?.node.name ?? JSON.stringify(body);
          } catch (error) {
            return `failed: ${(error as Error).message}`;
          }
        };
        return {
          post: await attempt(() =>
            fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-api-key': 'none' },
              body: JSON.stringify({ query }),
            }),
          ),
          get: await attempt(() => fetch(`${url}?query=${encodeURIComponent(query)}`)),
        };
      },
      { url: api.url, query: QUERY },
    );
    await page.close();
    return calls;
  };

  it('lets a page on an allowed origin call the API and read the answers', { timeout: 60_000 }, async () => {
    expect(await callsFrom(allowedPage.origin)).toEqual({ post: 'Pokrovsk', get: 'Pokrovsk' });
  });

  it('keeps the answers from a page on another origin', { timeout: 60_000 }, async () => {
    expect(await callsFrom(otherPage.origin)).toEqual({ post: 'failed: Failed to fetch', get: 'failed: Failed to fetch' });
  });
});

import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

import { loadConfig } from '../../src/config/config.js';

import { createApolloServer, serve } from '../../src/app/server.js';
import { buildGraphSchema } from '../../src/app/schema.js';
import { serveFloor } from '../../bench/floor.js';
import { buildSearchStore } from '../../bench/search-store.js';
import { measureSearch, searchQuery } from '../../bench/search.js';
import type { Gazetteer } from '../../bench/corpus/gazetteer.js';
import { silentLog, testDb, uniqueKey } from '../support/graph.js';

/**
 * The bench's name-search scenario on a tiny store of its own in the shared graph (ids starting
 * "test-article", which tests of the seed graph leave out): ours and the floor answer every
 * name alike, and the interleaved timing gives figures for both.
 */
const db = testDb();
const config = loadConfig();
const driver = neo4j.driver(
  inject('neo4jUri'),
  config.NEO4J_PASSWORD ? neo4j.auth.basic(config.NEO4J_USERNAME, config.NEO4J_PASSWORD) : undefined,
);
const stops: (() => Promise<void>)[] = [];
let store: Gazetteer;
let urls: { ours: string; floor: string };

beforeAll(async () => {
  ({ store } = await buildSearchStore(db, 200, 7, () => {}, uniqueKey('test-article-search-bench')));
  const ours = createApolloServer(await buildGraphSchema(), { INTROSPECTION: false, SANDBOX: 'none' }, silentLog);
  const http = await serve(ours, db, { PORT: 0, API_KEY: undefined, CORS_ORIGINS: [] }, silentLog);
  const floor = await serveFloor(driver, [searchQuery(store, 8)], config.NEO4J_DATABASE);
  stops.push(http.close, () => ours.stop(), floor.stop);
  urls = { ours: http.url, floor: floor.url };
});
afterAll(async () => {
  for (const stop of stops) await stop();
  await db.close();
  await driver.close();
});

describe('name search in the bench', () => {
  it('writes nothing twice when built again', async () => {
    const count = async () =>
      (
        await db.read(
          `MATCH (e:Entity)-[:HAS_NAME]->(n) WHERE e.id STARTS WITH $prefix RETURN count(DISTINCT e) AS entities, count(n) AS names`,
          { prefix: `${store.prefix}:` },
        )
      )[0];
    const before = await count();
    expect(before!['entities']).toBe(store.size);
    await buildSearchStore(db, 200, 7, () => {}, store.prefix);
    expect(await count()).toEqual(before);
  });

  it('times ours and the floor interleaved, both finding the same first hit for every name', async () => {
    const figures = await measureSearch(searchQuery(store, 8), urls, 0.3);
    expect(figures.sameFirstHit).toBe(8);
    expect(figures.requests).toBeGreaterThan(0);
    for (const target of [figures.ours, figures.floor]) expect(target.p50).toBeGreaterThan(0);
  });
});

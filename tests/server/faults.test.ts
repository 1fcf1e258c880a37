import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { freePort, startNeo4j, type RunningNeo4j } from '../../src/db/embedded-neo4j.js';
import type { GraphDb } from '../../src/db/graph-db.js';
import { applySchema } from '../../src/db/schema-setup.js';
import { fromRoot } from '../../src/config/project-root.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { loadSeeds, seedFiles } from '../../src/ingest/seed-loader.js';
import { httpServer } from '../support/api.js';
import { connect } from '../support/graph.js';

/**
 * Faults, on a Neo4j of this file's own (the shared one must stay up and keep its data): Neo4j
 * going away and coming back, and a seed run cut short.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-faults-'));
let port: number;
let neo4j: RunningNeo4j;
let db: GraphDb;
let api: Awaited<ReturnType<typeof httpServer>>;

beforeAll(async () => {
  port = await freePort();
  neo4j = await startNeo4j(dataDir, port);
  db = connect(neo4j.uri);
  await applySchema(db);
  api = await httpServer(db);
}, 180_000);

afterAll(async () => {
  await api?.stop();
  await db?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const health = async () => {
  const response = await fetch(new URL('/health', api.url));
  return { status: response.status, body: await response.json() };
};
const search = () => api.post('{ searchEntities(query: "Pokrovsk") { edges { cursor } } }');

describe('when Neo4j stops and comes back', () => {
  it('answers normally while it is up', async () => {
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', neo4j: 'up' } });
    expect((await search()).body.errors).toBeUndefined();
  });

  it('fails fast with SERVICE_UNAVAILABLE and no internals while it is down, then recovers', async () => {
    await neo4j.stop();

    // The driver gives up within its acquisition and retry budget (src/db/graph-db.ts), not a hang.
    const { status, body } = await search();
    expect(status).toBe(200);
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0]).toMatchObject({
      message: 'The graph database is unavailable; try again shortly.',
      path: ['searchEntities'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(await health()).toEqual({ status: 503, body: { status: 'unavailable', neo4j: 'down' } });

    neo4j = await startNeo4j(dataDir, port);
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', neo4j: 'up' } });
    expect((await search()).body.errors).toBeUndefined();
  }, 240_000);
});

/** Every node and relationship, by label or type and id, in a stable order. */
async function fingerprint(): Promise<string[]> {
  const rows = await db.read(
    `CALL { MATCH (n) RETURN labels(n)[0] + ' ' + n.id AS item
            UNION ALL MATCH (a)-[r]->(b) RETURN type(r) + ' ' + a.id + ' ' + b.id AS item }
     RETURN item ORDER BY item`,
  );
  return rows.map((row) => row['item'] as string);
}

describe('a seed run cut short', () => {
  it('rerun, ends with the same graph as an uninterrupted run', async () => {
    const files = seedFiles([fromRoot('seeds'), fromRoot('tests', 'fixtures', 'articles')]);
    const wipe = () => db.write((tx) => tx.run('MATCH (n) DETACH DELETE n'));

    await wipe();
    expect((await loadSeeds(files, createIngestService(db))).failed).toEqual([]);
    const uninterrupted = await fingerprint();

    await wipe();
    // Each file is one transaction, so a run killed mid-way leaves whole files: some of them.
    await loadSeeds(files.slice(0, files.length - 2), createIngestService(db));
    expect(await fingerprint()).not.toEqual(uninterrupted);
    await loadSeeds(files, createIngestService(db));
    expect(await fingerprint()).toEqual(uninterrupted);
    expect(uninterrupted.length).toBeGreaterThan(300);
  });
});

import { connect as connectTcp, createServer, type AddressInfo, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

import { afterAll, describe, expect, inject, it } from 'vitest';

import { loadConfig } from '../../src/config/config.js';
import { GraphDb } from '../../src/db/graph-db.js';
import { QueryTimeoutError } from '../../src/errors.js';
import { connect, testDb, uniqueKey } from '../support/graph.js';

/**
 * GraphDb.read runs one auto-commit query: retried when its connection is lost, stopped at the
 * configured timeout, in READ mode, seeing the writes before it. Nodes are :ReadProbe with ids
 * of this file, deleted after.
 */
const db = testDb();
const prefix = uniqueKey('read');
afterAll(async () => {
  await db.write((tx) => tx.run('MATCH (n:ReadProbe) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix }));
  await db.close();
});

/** A TCP relay to the run's Neo4j whose connections can be cut, as a restarted Neo4j cuts them. */
async function cuttableRelay(): Promise<{ uri: string; cut(): void; close(): Promise<void> }> {
  const target = new URL(inject('neo4jUri'));
  const sockets = new Set<Socket>();
  const relay = createServer((client) => {
    const server = connectTcp(Number(target.port), target.hostname);
    for (const [from, to] of [
      [client, server],
      [server, client],
    ] as const) {
      sockets.add(from);
      from.pipe(to);
      from.on('error', () => to.destroy());
      from.on('close', () => sockets.delete(from));
    }
  });
  await new Promise<void>((listening) => relay.listen(0, '127.0.0.1', listening));
  return {
    uri: `bolt://127.0.0.1:${(relay.address() as AddressInfo).port}`,
    cut: () => sockets.forEach((socket) => socket.destroy()),
    close: () => new Promise((closed) => relay.close(() => closed())),
  };
}

/** Returns once a query with the parameter `id` runs. */
async function untilRunning(id: string): Promise<void> {
  const running = () => db.read('SHOW TRANSACTIONS YIELD parameters WHERE parameters.id = $probe RETURN count(*) AS n', { probe: id });
  while ((await running())[0]!['n'] === 0) await sleep(20);
}

describe('GraphDb.read', () => {
  it('runs a read again when its connection is lost under it, as a restarted Neo4j does', async () => {
    const id = `${prefix}-size`;
    await db.write((tx) => tx.run('CREATE (:ReadProbe {id: $id, size: 1000000000000})', { id }));
    const relay = await cuttableRelay();
    const relayed = connect(relay.uri);
    try {
      // Counts as far as the node says: the first try counts on and on, the retry reads the new size.
      const counting = relayed.read('MATCH (p:ReadProbe {id: $id}) UNWIND range(1, p.size) AS i RETURN count(i) AS n', { id });
      await untilRunning(id);
      await db.write((tx) => tx.run('MATCH (p:ReadProbe {id: $id}) SET p.size = 7', { id }));
      relay.cut();
      await expect(counting).resolves.toEqual([{ n: 7 }]);
    } finally {
      await relayed.close();
      await relay.close();
    }
  });

  it('stops a read at its server-side timeout and answers QUERY_TIMEOUT', async () => {
    const { NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE } = loadConfig();
    const hasty = GraphDb.connect({
      uri: inject('neo4jUri'),
      username: NEO4J_USERNAME,
      password: NEO4J_PASSWORD,
      database: NEO4J_DATABASE,
      queryTimeoutMs: 200,
    });
    try {
      const started = Date.now();
      await expect(hasty.read('UNWIND range(1, 1000000000) AS i RETURN count(i) AS n')).rejects.toBeInstanceOf(QueryTimeoutError);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await hasty.close();
    }
  });

  it('asks for READ access, so a cluster may route it to a reader (and a write is refused)', async () => {
    const id = `${prefix}-refused`;
    await expect(db.read('CREATE (:ReadProbe {id: $id})', { id })).rejects.toMatchObject({ code: 'Neo.ClientError.Statement.AccessMode' });
    expect(await db.read('MATCH (p:ReadProbe {id: $id}) RETURN count(p) AS n', { id })).toEqual([{ n: 0 }]);
  });

  // One server shows its commits to every later transaction anyway; on a cluster, a reader is
  // held to them by the bookmarks every session shares. This pins the behaviour a cluster keeps.
  it('sees the write just before it, through the bookmarks every session shares', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `${prefix}-seen-${i}`);
    for (const id of ids) {
      await db.write((tx) => tx.run('CREATE (:ReadProbe {id: $id})', { id }));
      expect(await db.read('MATCH (p:ReadProbe {id: $id}) RETURN p.id AS id', { id })).toEqual([{ id }]);
    }
  });
});

import { setTimeout as sleep } from 'node:timers/promises';

import { afterAll, describe, expect, it } from 'vitest';

import type { WriteTx } from '../../src/db/graph-db.js';
import { ConflictError } from '../../src/errors.js';
import { testDb, uniqueKey } from '../support/graph.js';

/**
 * Conflicts between real transactions on the run's Neo4j: GraphDb retries the whole unit of work,
 * and what still fails reaches the client as CONFLICT (reads: tests/db/read.test.ts).
 * Nodes are :Race with ids of this file, deleted after.
 */
const db = testDb();
const prefix = uniqueKey('race');
let nodes = 0;
afterAll(async () => {
  await db.write((tx) => tx.run('MATCH (n:Race) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix }));
  await db.close();
});

async function createNodes(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, () => `${prefix}-${nodes++}`);
  await db.write((tx) => tx.run('UNWIND $ids AS id CREATE (:Race {id: id})', { ids }));
  return ids;
}

/** A promise to resolve from outside. */
function signal() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

async function untilSomeTransactionIsBlocked(): Promise<void> {
  const blocked = () => db.read("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n");
  while ((await blocked())[0]!['n'] === 0) await sleep(20);
}

/**
 * What a concurrent merge does to an ingest: `tx` matches a node, waits for a lock another
 * transaction holds, and meanwhile a third transaction deletes the node; linking to it then fails
 * (Neo4j's EntityNotFound, "Unable to load NODE"), which the driver does not count as retryable.
 * (Setting a property of the deleted node would not fail: Neo4j ignores it.)
 */
async function meetNodeDeletedUnderIt(tx: WriteTx): Promise<void> {
  const [victim, lock] = await createNodes(2);
  const held = signal();
  const release = signal();
  const holder = db.write(async (other) => {
    await other.run('MATCH (l:Race {id: $lock}) SET l.heldBy = "holder"', { lock });
    held.resolve();
    await release.promise;
  });
  await held.promise;
  const statement = tx.run('MATCH (v:Race {id: $victim}) MATCH (l:Race {id: $lock}) SET l.touched = true MERGE (l)-[:TOUCHED]->(v)', {
    victim,
    lock,
  });
  statement.catch(() => {});
  await untilSomeTransactionIsBlocked();
  await db.write((other) => other.run('MATCH (v:Race {id: $victim}) DETACH DELETE v', { victim }));
  release.resolve();
  await holder;
  await statement;
}

describe('GraphDb under conflicting transactions', () => {
  it('retries the loser of a deadlock, so both transactions succeed', async () => {
    const [a, b] = await createNodes(2);
    const bothHoldOne = { arrived: 0, ...signal() };
    let attempts = 0;
    const lockBoth = (first: string, second: string) =>
      db.write(async (tx) => {
        attempts++;
        await tx.run('MATCH (n:Race {id: $id}) SET n.lastBy = $first', { id: first, first });
        if (++bothHoldOne.arrived === 2) bothHoldOne.resolve();
        await bothHoldOne.promise;
        await tx.run('MATCH (n:Race {id: $id}) SET n.lastBy = $first', { id: second, first });
      });
    await Promise.all([lockBoth(a!, b!), lockBoth(b!, a!)]);
    expect(attempts).toBe(3);
  });

  it('runs the unit of work again when a node it matched was deleted under it', async () => {
    let attempts = 0;
    const result = await db.write(async (tx) => {
      if (++attempts === 1) await meetNodeDeletedUnderIt(tx);
      return attempts;
    });
    expect(result).toBe(2);
  });

  it('answers CONFLICT when every retry meets the conflict again', async () => {
    let attempts = 0;
    const failed = db.write(async (tx) => {
      attempts++;
      await meetNodeDeletedUnderIt(tx);
    });
    await expect(failed).rejects.toBeInstanceOf(ConflictError);
    await expect(failed).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(attempts).toBe(5);
  });
});

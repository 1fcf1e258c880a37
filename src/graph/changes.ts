import type { WriteTx } from '../db/graph-db.js';
import { writeLock } from './locks.js';
import type { NodeKind } from './nodes.js';

/** What happened to a node, once: the GraphQL enum ChangeKind is derived from it. */
export const CHANGE_KINDS = {
  ADDED: 'Written for the first time.',
  UPDATED: 'Its facts changed: a source restated it differently, a review or merge rewrote it.',
  MERGED: 'An entity folded into another (mergeEntities); its id now answers as the one it was merged into.',
  RETRACTED: 'Gone: no source states it any more.',
} as const;
export type ChangeKind = keyof typeof CHANGE_KINDS;

/** The kinds of node the change log follows, each with the node kind its `node` loads as (nodes.ts). */
export const CHANGE_NODE_KINDS = {
  ARTICLE: 'Article',
  CLAIM: 'Claim',
  EVENT: 'Event',
  ENTITY: 'Entity',
} as const satisfies Record<string, NodeKind>;
export type ChangeNodeKind = keyof typeof CHANGE_NODE_KINDS;

export interface Change {
  kind: ChangeKind;
  nodeKind: ChangeNodeKind;
  /** The node's stored key. */
  id: string;
}

/** A change as the log holds it: its place in the log and the time of its transaction. */
export interface RecordedChange extends Change {
  sequence: number;
  at: Date;
}

/**
 * The log's entries, numbered from the one counter, stored as one :ChangeBatch per transaction
 * (parallel lists, sequences `first`..`last`): a bulk batch changes thousands of nodes, and a
 * node and an index entry each cost more than the change they record. It runs last in its
 * transaction: the counter's lock is held only until the commit that follows, so writers queue on
 * it briefly, never while holding it wait for another lock (no deadlock), and sequence order is
 * commit order.
 */
export const RECORD_CHANGES = `
MERGE (log:ChangeLog {id: 'changes'})
${writeLock('log')}
SET log.sequence = coalesce(log.sequence, 0) + size($changes)
CREATE (b:ChangeBatch {first: log.sequence - size($changes) + 1, last: log.sequence, at: datetime.transaction(),
  kinds: [c IN $changes | c.kind], nodeKinds: [c IN $changes | c.nodeKind], ids: [c IN $changes | c.id]})
RETURN b.first AS first, b.at AS at`;

/** Only one entry per node and transaction: its first write (ADDED) or its end (RETRACTED, MERGED) says the most. */
const WEIGHT: Record<ChangeKind, number> = { UPDATED: 0, ADDED: 1, MERGED: 2, RETRACTED: 3 };

/** Records what a write changed, in its own transaction; a write that changed nothing costs no statement. */
export async function recordChanges(tx: WriteTx, changes: readonly Change[]): Promise<RecordedChange[]> {
  const byNode = new Map<string, Change>();
  for (const change of changes) {
    const key = `${change.nodeKind}|${change.id}`;
    const seen = byNode.get(key);
    if (!seen || WEIGHT[change.kind] > WEIGHT[seen.kind]) byNode.set(key, change);
  }
  if (!byNode.size) return [];
  const entries = [...byNode.values()];
  const [row] = await tx.run(RECORD_CHANGES, { changes: entries });
  const [first, at] = [row!['first'] as number, row!['at'] as Date];
  return entries.map((change, i) => ({ ...change, sequence: first + i, at }));
}

/** Rows `{id, change}` a write statement returns, as changes of `nodeKind` (rows whose change is null changed nothing). */
export const changesOf = (nodeKind: ChangeNodeKind, rows: readonly Record<string, unknown>[]): Change[] =>
  rows.flatMap((row) => (row['change'] ? [{ kind: row['change'] as ChangeKind, nodeKind, id: row['id'] as string }] : []));

/**
 * The change a write makes to the node `v`, before it stamps it: ADDED when the node was never
 * stamped (new, or written before the log existed), UPDATED when `changed` (a Cypher boolean) holds.
 */
export const changeOf = (v: string, changed: string): string =>
  `CASE WHEN ${v}.ingestedAt IS NULL THEN 'ADDED' WHEN ${changed} THEN 'UPDATED' END`;

/** Stamps `v` by the change bound to `change`: `ingestedAt` once, `updatedAt` whenever its facts change. */
export const stampAs = (v: string, change: string): string =>
  `SET ${v}.ingestedAt = coalesce(${v}.ingestedAt, datetime.transaction()),
    ${v}.updatedAt = CASE WHEN ${change} IS NULL THEN ${v}.updatedAt ELSE datetime.transaction() END`;

/** A node's own properties but its stamps, in key order: equal before and after a write that changed none of its facts. */
export const factsOf = (v: string): string =>
  `COLLECT { UNWIND keys(${v}) AS k WITH k WHERE NOT k IN ['ingestedAt', 'updatedAt'] RETURN [k, ${v}[k]] ORDER BY k }`;

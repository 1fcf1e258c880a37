import type { Cypher } from '../db/graph-db.js';
import type { NodeKind } from './edges.js';

/**
 * Binds `v` to the node stored under each `key`. A key of an entity merged into another
 * (mergeEntities) binds the entity it was merged into.
 */
export const NODE_BY_KEY: Record<NodeKind, (v: string) => string> = {
  Entity: (v) => `OPTIONAL MATCH (direct:Entity {id: key})
OPTIONAL MATCH (:EntityAlias {id: key})-[:ALIAS_OF]->(merged:Entity)
WITH key, coalesce(direct, merged) AS ${v} WHERE ${v} IS NOT NULL`,
  Article: (v) => `MATCH (${v}:Article {id: key})`,
  Mention: (v) => `MATCH (${v}:Mention {id: key})`,
  Claim: (v) => `MATCH (${v}:Claim {id: key})`,
  Event: (v) => `MATCH (${v}:Event {id: key})`,
};

/**
 * Runs a lookup that receives $keys and returns rows {key, node}; the map is keyed by the key
 * asked for, which differs from the node's id when it was merged into another (an alias).
 */
export async function rowsByKey<T>(db: Cypher, cypher: string, keys: readonly string[]): Promise<Map<string, T>> {
  const rows = await db.read(cypher, { keys });
  return new Map(rows.map((row) => [row['key'] as string, row['node'] as T]));
}

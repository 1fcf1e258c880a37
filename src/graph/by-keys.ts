import type { Cypher } from '../db/graph-db.js';
import type { NodeKind } from './edges.js';

/**
 * The entity a key means now, as a Cypher expression: the entity stored under it, or the one it
 * was merged into (mergeEntities leaves the removed key as an EntityAlias with exactly one
 * ALIAS_OF to the entity that holds its facts now), or null. Every query argument that takes an
 * entity key reads through this one expression, so a merged key answers as the kept one. `key` is a Cypher expression such as `$speaker` or `x.entity`; the subqueries' own
 * variable has a name no caller uses, since an outer variable of the same name would bind it.
 */
export const entityByKey = (key: string): string =>
  `coalesce(head(COLLECT { MATCH (keyEntity:Entity {id: ${key}}) RETURN keyEntity }), ` +
  `head(COLLECT { MATCH (:EntityAlias {id: ${key}})-[:ALIAS_OF]->(keyEntity:Entity) RETURN keyEntity }))`;

/** Binds `v` to the node stored under each `key`; an entity's key may be a merged one (entityByKey). */
export const NODE_BY_KEY: Record<NodeKind, (v: string) => string> = {
  Entity: (v) => `WITH key, ${entityByKey('key')} AS ${v} WHERE ${v} IS NOT NULL`,
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

import type { Cypher } from '../db/graph-db.js';

/**
 * Runs a lookup that receives $keys and returns rows {key, node}; the map is keyed by the key
 * asked for, which differs from the node's id when it was merged into another (an alias).
 */
export async function rowsByKey<T>(db: Cypher, cypher: string, keys: readonly string[]): Promise<Map<string, T>> {
  const rows = await db.read(cypher, { keys });
  return new Map(rows.map((row) => [row['key'] as string, row['node'] as T]));
}

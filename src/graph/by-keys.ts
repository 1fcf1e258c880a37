import type { Cypher } from '../db/graph-db.js';

/** Runs a lookup that receives $keys and returns rows {node}; the map is keyed by node id. */
export async function rowsByKey<T extends { id: string }>(db: Cypher, cypher: string, keys: readonly string[]): Promise<Map<string, T>> {
  const rows = await db.read(cypher, { keys });
  return new Map(rows.map((row) => [(row['node'] as T).id, row['node'] as T]));
}

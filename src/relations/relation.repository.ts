import type { Cypher } from '../db/graph-db.js';
import { parseRelationKey } from '../graph/relation-key.js';
import type { RelationRow } from '../graph/rows.js';
import * as Q from './relation.cypher.js';

/** Reads relations by the keys of their ids (relation-key.ts), for node(id). */
export class RelationRepository {
  constructor(private readonly db: Cypher) {}

  byKeys = async (keys: readonly string[]): Promise<Map<string, RelationRow>> => {
    const views = keys.flatMap((key) => {
      const view = parseRelationKey(key);
      return view ? [{ key, ...view }] : [];
    });
    const rows = await this.db.read(Q.RELATIONS_BY_VIEWS, { views });
    return new Map(rows.map((row) => [row['key'] as string, row['node'] as RelationRow]));
  };
}

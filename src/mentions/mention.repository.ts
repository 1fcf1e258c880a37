import type { Cypher } from '../db/graph-db.js';
import { rowsByKey } from '../graph/by-keys.js';
import { MENTION } from '../graph/projections.js';
import type { MentionRow } from '../graph/rows.js';

const MENTIONS_BY_KEYS = `
UNWIND $keys AS key
MATCH (m:Mention {id: key})
RETURN key, ${MENTION('m')} AS node`;

export class MentionRepository {
  constructor(private readonly db: Cypher) {}

  byKeys = (keys: readonly string[]) => rowsByKey<MentionRow>(this.db, MENTIONS_BY_KEYS, keys);
}

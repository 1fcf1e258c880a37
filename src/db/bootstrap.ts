import type { Logger } from 'pino';

import type { Config } from '../config/config.js';
import { GraphDb } from './graph-db.js';
import { applySchema } from './schema-setup.js';
import { superviseNeo4j } from './supervised-neo4j.js';

export interface OpenDatabase {
  db: GraphDb;
  /** True when this process runs its own Neo4j (no NEO4J_URI given). */
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Connects to NEO4J_URI, or starts the project's own Neo4j when none is given (supervised: the
 * process exits 1 once it cannot be brought back), and applies the versioned constraints and
 * indexes (idempotent).
 */
export async function openDatabase(config: Config, log: Logger): Promise<OpenDatabase> {
  const neo4j = config.NEO4J_URI ? null : await superviseNeo4j(config.NEO4J_DATA_DIR, { log, onGiveUp: () => process.exit(1) });
  const uri = config.NEO4J_URI ?? neo4j!.uri;
  if (neo4j) log.info({ uri, dataDir: config.NEO4J_DATA_DIR }, 'started the project\'s own Neo4j');
  const db = GraphDb.connect({
    uri,
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
  });
  await applySchema(db);
  return {
    db,
    embedded: neo4j !== null,
    close: async () => {
      await db.close();
      await neo4j?.stop();
    },
  };
}

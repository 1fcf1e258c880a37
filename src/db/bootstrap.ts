import type { Logger } from 'pino';

import type { Config } from '../config/config.js';
import { EXIT, OperatorError } from '../config/operator-error.js';
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
 * process exits 3 once it cannot be brought back), and applies the versioned constraints and
 * indexes (idempotent). A Neo4j that cannot be used is an OperatorError saying why.
 */
export async function openDatabase(config: Config, log: Logger): Promise<OpenDatabase> {
  const neo4j = config.NEO4J_URI ? null : await startOwn(config.NEO4J_DATA_DIR, log);
  const uri = config.NEO4J_URI ?? neo4j!.uri;
  if (neo4j) log.info({ uri, dataDir: config.NEO4J_DATA_DIR }, "started the project's own Neo4j");
  const db = connect(config, uri);
  const problem = await db.connectionProblem();
  if (problem) {
    await db.close();
    await neo4j?.stop();
    throw new OperatorError(`Neo4j at ${uri} ${problem}`, EXIT.neo4j);
  }
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

/** The driver refuses some URIs the config lets through (it has rules of its own): said as a setting to fix. */
function connect(config: Config, uri: string): GraphDb {
  const options = {
    uri,
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
  };
  try {
    return GraphDb.connect(options);
  } catch (error) {
    throw new OperatorError(`NEO4J_URI ${uri}: ${(error as Error).message}`, EXIT.usage);
  }
}

/** The project's own Neo4j; one that does not start (a store another JVM holds, a JDK too old) is the operator's to fix. */
async function startOwn(dataDir: string, log: Logger) {
  try {
    return await superviseNeo4j(dataDir, { log, onGiveUp: () => process.exit(EXIT.neo4j) });
  } catch (error) {
    if (error instanceof OperatorError) throw error;
    throw new OperatorError(`the project's own Neo4j (store ${dataDir}) did not start: ${(error as Error).message}`, EXIT.neo4j);
  }
}

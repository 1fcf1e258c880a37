import 'reflect-metadata';

import { loadConfig } from './config/config.js';
import { createLogger } from './config/logger.js';
import { fromRoot } from './config/project-root.js';
import { openDatabase } from './db/bootstrap.js';
import { createIngestService } from './ingest/ingest.service.js';
import { loadSeeds, seedFiles } from './ingest/seed-loader.js';
import { buildGraphSchema } from './server/schema.js';
import { createApolloServer, serve } from './server/server.js';

/** `npm start`: Neo4j (own or given), schema, seed data when running its own, then the API and Sandbox. */
const config = loadConfig();
const log = createLogger(config);
const database = await openDatabase(config, log);

if (database.embedded) {
  const report = await loadSeeds(seedFiles([fromRoot('seeds')]), createIngestService(database.db));
  for (const failure of report.failed) log.error({ file: failure.file }, failure.message);
  log.info({ loaded: report.loaded }, 'seed data loaded');
}

const schema = await buildGraphSchema();
const server = createApolloServer(schema, config, log);
const http = await serve(server, database.db, config, log);
log.info({ url: http.url }, `API and Apollo Sandbox at ${http.url}`);

/** In-flight requests finish before the driver closes; a second signal does not wait. */
async function shutdown(signal: string): Promise<void> {
  log.info({ signal }, 'shutting down');
  await http.close();
  await server.stop();
  await database.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

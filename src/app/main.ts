import 'reflect-metadata';

import { constants } from 'node:os';

import { runCommand } from '../config/command.js';
import { fromRoot } from '../config/project-root.js';
import { openDatabase } from '../db/bootstrap.js';
import { DEFAULT_GAZETTEER, loadGazetteer } from '../gazetteer/gazetteer.service.js';
import { logGazetteerReport } from '../gazetteer/report.js';
import { createIngestService } from '../ingest/ingest.service.js';
import { loadSeeds, seedFiles } from '../ingest/seed-loader.js';
import { buildGraphSchema } from './schema.js';
import { createApolloServer, serve } from './server.js';

const UI_NAMES = { sandbox: 'with Apollo Sandbox', graphiql: 'with GraphiQL', none: 'no UI' } as const;

/**
 * `npm start`: Neo4j (own or given), schema, seed data and the default gazetteer when running its
 * own, then the API and its UI; a bad setting or a Neo4j that cannot be used is one line and an
 * exit code (src/config/operator-error.ts).
 */
await runCommand(async (config, log) => {
  const database = await openDatabase(config, log);

  if (database.embedded) {
    const report = await loadSeeds(seedFiles([fromRoot('seeds')]), createIngestService(database.db));
    for (const failure of report.failed) log.error({ file: failure.file }, failure.message);
    log.info({ loaded: report.loaded }, 'seed data loaded');
    // After the seeds, so the curated places are there to take in their GeoNames twins; skipped when unchanged.
    logGazetteerReport(log, await loadGazetteer(database.db, DEFAULT_GAZETTEER));
  }

  const schema = await buildGraphSchema();
  const server = createApolloServer(schema, config, log);
  const http = await serve(server, database.db, config, log);
  log.info({ url: http.url }, `API at ${http.url}, ${UI_NAMES[config.SANDBOX]}`);

  /** In-flight requests finish, then the driver closes and Neo4j stops; exit 0 when all went well. */
  async function shutdown(signal: NodeJS.Signals): Promise<void> {
    log.info({ signal }, 'shutting down: finishing the requests in flight');
    await http.close();
    await server.stop();
    await database.close();
    log.info('stopped');
  }

  let stopping = false;
  function onSignal(signal: NodeJS.Signals): void {
    if (stopping) {
      // The operator does not want to wait: requests still in flight are cut off.
      log.warn({ signal }, 'second signal: exiting at once');
      process.exit(128 + constants.signals[signal]);
    }
    stopping = true;
    shutdown(signal).then(
      () => process.exit(0),
      (error: unknown) => {
        log.fatal({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  }
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
});

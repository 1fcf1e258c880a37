import { Command } from 'commander';

import { createLogger } from '../config/logger.js';
import { fromRoot } from '../config/project-root.js';
import { installNeo4j } from './embedded-neo4j.js';
import { superviseNeo4j } from './supervised-neo4j.js';

const program = new Command('neo4j').description('The project-local Neo4j 5.26 used when NEO4J_URI is not set');

program
  .command('install')
  .description('fetch the Neo4j jars from Maven Central into .neo4j/lib (once)')
  .action(() => installNeo4j());

program
  .command('run')
  .description('run Neo4j in the foreground until Ctrl-C, restarted when its JVM dies')
  .option('--data <dir>', 'store folder', fromRoot('.neo4j', 'data'))
  .action(async (opts: { data: string }) => {
    const neo4j = await superviseNeo4j(opts.data, { log: createLogger({ LOG_LEVEL: 'info' }), onGiveUp: () => process.exit(1) });
    console.log(`Neo4j is up: NEO4J_URI=${neo4j.uri}`);
    const stop = (): void => void neo4j.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

await program.parseAsync();

import { Command } from 'commander';

import { runCommand } from '../config/command.js';
import { EXIT } from '../config/operator-error.js';
import { fromRoot } from '../config/project-root.js';
import { installNeo4j } from './embedded-neo4j.js';
import { superviseNeo4j } from './supervised-neo4j.js';

const program = new Command('neo4j').description('The project-local Neo4j 5.26 used when NEO4J_URI is not set');

program
  .command('install')
  .description('fetch the Neo4j jars from Maven Central into .neo4j/lib (once)')
  .action(() =>
    runCommand(async () => {
      installNeo4j();
      return EXIT.ok;
    }),
  );

program
  .command('run')
  .description('run Neo4j in the foreground until Ctrl-C, restarted when its JVM dies')
  .option('--data <dir>', 'store folder', fromRoot('.neo4j', 'data'))
  .action((opts: { data: string }) =>
    runCommand(async (_config, log) => {
      const neo4j = await superviseNeo4j(opts.data, { log, onGiveUp: () => process.exit(EXIT.neo4j) });
      console.log(`Neo4j is up: NEO4J_URI=${neo4j.uri}`);
      const stop = (): void => void neo4j.stop().then(() => process.exit(EXIT.ok));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    }),
  );

await program.parseAsync();

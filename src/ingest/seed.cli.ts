import 'reflect-metadata';

import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';

import { runCommand } from '../config/command.js';
import { humanLogs } from '../config/logger.js';
import { EXIT, OperatorError } from '../config/operator-error.js';
import { fromRoot } from '../config/project-root.js';
import { openDatabase } from '../db/bootstrap.js';
import { createIngestService } from './ingest.service.js';
import { loadSeeds, seedFiles } from './seed-loader.js';

const HELP = `
Environment variables:
  NEO4J_URI         a Neo4j to load into (bolt://, neo4j://, +s, +ssc); unset: the project's own,
                    started for the run (needs java, and mvn until .neo4j/lib holds its jars)
  NEO4J_USERNAME    default neo4j
  NEO4J_PASSWORD    default empty: no credentials are sent
  NEO4J_DATABASE    default neo4j
  NEO4J_DATA_DIR    store folder of the project's own Neo4j, default .neo4j/data
  QUERY_TIMEOUT_MS  limit on each transaction (writes get six times as long), default 10000
  LOG_LEVEL         fatal, error, warn, info (default), debug, trace or silent
  LOG_FORMAT        auto (default: readable lines when stderr is a terminal, JSON lines
                    otherwise), human or json

Output: log lines on stderr, one per problem of each refused file.

Exit codes:
  ${EXIT.ok}  every file loaded
  ${EXIT.refused}  some file was refused (each problem is logged; the other files loaded)
  ${EXIT.usage}  bad argument or environment variable
  ${EXIT.neo4j}  Neo4j cannot be reached or started (down, wrong credentials, no java or mvn)
`;

const program = new Command('seed')
  .description('Validate and load seed files (gazetteer and articles) into Neo4j; safe to rerun.')
  .argument('[paths...]', 'seed files or folders', [fromRoot('seeds')])
  .option('--json', 'log JSON lines even at a terminal (LOG_FORMAT=json)')
  .addHelpText('after', HELP)
  // A usage mistake exits 2, as a bad setting does; --help and --version exit 0.
  .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage))
  .action((paths: string[], options: { json?: boolean }) =>
    runCommand(
      async (config, log) => {
        const files = filesOf(paths);
        const database = await openDatabase(config, log);
        // A bar for people at a terminal; plain logs for CI and pipes.
        const bar =
          humanLogs(config.LOG_FORMAT) && process.stderr.isTTY
            ? new SingleBar({ format: 'seeding {bar} {value}/{total} {file}' }, Presets.shades_classic)
            : null;
        bar?.start(files.length, 0, { file: '' });
        try {
          const report = await loadSeeds(files, createIngestService(database.db), (file) =>
            bar ? bar.increment({ file }) : log.debug({ file }, 'seeded'),
          );
          bar?.stop();
          for (const failure of report.failed) for (const problem of failure.problems) log.error({ file: failure.file }, problem);
          log.info({ loaded: report.loaded, failed: report.failed.length }, 'seeding finished');
          return report.failed.length ? EXIT.refused : EXIT.ok;
        } finally {
          await database.close();
        }
      },
      options.json ? { ...process.env, LOG_FORMAT: 'json' } : process.env,
    ),
  );

function filesOf(paths: string[]): string[] {
  try {
    return seedFiles(paths);
  } catch (error) {
    throw new OperatorError((error as Error).message, EXIT.usage);
  }
}

await program.parseAsync();

import 'reflect-metadata';

import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import type { Logger } from 'pino';

import { runCommand } from '../config/command.js';
import { humanLogs } from '../config/logger.js';
import { EXIT, OperatorError } from '../config/operator-error.js';
import { fromRoot } from '../config/project-root.js';
import { openDatabase } from '../db/bootstrap.js';
import { BulkIngest } from './bulk-ingest.js';
import { createIngestService } from './ingest.service.js';
import { loadSeeds, seedFiles, type SeedProgress } from './seed-loader.js';

/** Without a terminal, a JSON Lines file logs a line every this many batches. */
const LOG_EVERY = 10;

const HELP = `
Files (folders are read recursively, in name order; hidden files and READMEs skipped):
  .yaml .yml .json  seed files in the seed format (README: "Seed format"); gazetteer files
                    load first, articles after them
  .txt .md          plain articles: the text, optionally after a YAML front matter between
                    "---" lines with title, outlet, url, publishedAt, language, id. Missing:
                    id       plain:<file name as a slug>, so loading it again replaces it
                    title    the first non-empty line (a .md heading without its #)
                    language from the letters: Latin en; Cyrillic uk when і ї є ґ outnumber
                             ы э ъ ё, else ru; refused when no script holds 3/4 of them
                    A .txt or .md that a seed file beside it names as its textFile is that
                    seed's text, not an article.
  .jsonl            one article a line in the seed format with its text inline, loaded in
                    batches; a bad line is refused as file:line and the others load

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

Output: log lines on stderr, one per problem of each refused file or line; the last one
counts the documents loaded and refused and the articles' mentions, claims and events.

Exit codes:
  ${EXIT.ok}  every file loaded
  ${EXIT.refused}  some file or line was refused (each problem is logged; the others loaded)
  ${EXIT.usage}  bad argument or environment variable
  ${EXIT.neo4j}  Neo4j cannot be reached or started (down, wrong credentials, no java or mvn)
`;

const program = new Command('seed')
  .description('Validate and load seed files (gazetteer and articles) and plain articles into Neo4j; safe to rerun.')
  .argument('[paths...]', 'files or folders', [fromRoot('seeds')])
  .option('--json', 'log JSON lines even at a terminal (LOG_FORMAT=json)')
  .addHelpText('after', HELP)
  // A usage mistake exits 2, as a bad setting does; --help and --version exit 0.
  .exitOverride((error) => process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage))
  .action((paths: string[], options: { json?: boolean }) =>
    runCommand(
      async (config, log) => {
        const files = filesOf(paths);
        const database = await openDatabase(config, log);
        const progress = seedProgress(log, files.length, humanLogs(config.LOG_FORMAT) && process.stderr.isTTY);
        try {
          const report = await loadSeeds(files, createIngestService(database.db), {
            onProgress: progress.onProgress,
            bulk: new BulkIngest(database.db),
          });
          progress.stop();
          for (const failure of report.failed) for (const problem of failure.problems) log.error({ file: failure.file }, problem);
          log.info({ loaded: report.loaded, failed: report.failed.length, ...report.counts }, 'seeding finished');
          return report.failed.length ? EXIT.refused : EXIT.ok;
        } finally {
          await database.close();
        }
      },
      options.json ? { ...process.env, LOG_FORMAT: 'json' } : process.env,
    ),
  );

/** A bar for people at a terminal; plain logs for CI and pipes. */
function seedProgress(log: Logger, files: number, interactive: boolean): { onProgress: (progress: SeedProgress) => void; stop(): void } {
  const bar = interactive
    ? new SingleBar({ format: 'seeding {bar} {value}/{total} files, {loaded} documents loaded {file}' }, Presets.shades_classic)
    : null;
  bar?.start(files, 0, { file: '', loaded: 0 });
  let batches = 0;
  return {
    onProgress: ({ file, done, loaded }) => {
      if (bar) return done ? bar.increment({ file, loaded }) : bar.update({ file, loaded });
      if (done) log.debug({ file }, 'seeded');
      else if (++batches % LOG_EVERY === 0) log.info({ file, loaded }, 'seeding');
    },
    stop: () => bar?.stop(),
  };
}

function filesOf(paths: string[]): string[] {
  try {
    return seedFiles(paths);
  } catch (error) {
    throw new OperatorError((error as Error).message, EXIT.usage);
  }
}

await program.parseAsync();

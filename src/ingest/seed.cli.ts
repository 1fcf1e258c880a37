import 'reflect-metadata';

import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';

import { loadConfig } from '../config/config.js';
import { createLogger } from '../config/logger.js';
import { fromRoot } from '../config/project-root.js';
import { openDatabase } from '../db/bootstrap.js';
import { createIngestService } from './ingest.service.js';
import { loadSeeds, seedFiles } from './seed-loader.js';

const program = new Command('seed')
  .description('Validate and load seed files (gazetteer and articles) into Neo4j; safe to rerun.')
  .argument('[paths...]', 'seed files or folders', [fromRoot('seeds')])
  .action(async (paths: string[]) => {
    const config = loadConfig();
    const log = createLogger(config);
    let files: string[];
    try {
      files = seedFiles(paths);
    } catch (error) {
      log.error((error as Error).message);
      process.exitCode = 1;
      return;
    }
    const database = await openDatabase(config, log);
    // A bar for people at a terminal; plain logs for CI and pipes.
    const bar = process.stderr.isTTY ? new SingleBar({ format: 'seeding {bar} {value}/{total} {file}' }, Presets.shades_classic) : null;
    bar?.start(files.length, 0, { file: '' });
    try {
      const report = await loadSeeds(files, createIngestService(database.db), (file) =>
        bar ? bar.increment({ file }) : log.debug({ file }, 'seeded'),
      );
      bar?.stop();
      for (const failure of report.failed) log.error({ file: failure.file }, failure.message);
      log.info({ loaded: report.loaded, failed: report.failed.length }, 'seeding finished');
      process.exitCode = report.failed.length ? 1 : 0;
    } finally {
      await database.close();
    }
  });

await program.parseAsync();

import 'reflect-metadata';

import { Presets, SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';

import { runCommand } from '../config/command.js';
import { EXIT } from '../config/operator-error.js';
import { openDatabase } from '../db/bootstrap.js';
import { AppError } from '../errors.js';
import { createIngestService } from './ingest.service.js';
import { RELINK_BATCH, RelinkService } from './relink.service.js';

/** Log a line every this many batches when no one watches a terminal. */
const LOG_EVERY = 10;

const positive = (value: string): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
};

const program = new Command('relink')
  .description(
    'Link stored articles again against the gazetteer as it is now (run it after loading places or merging entities): ' +
      'their AUTO mentions are replaced; HAND mentions, claims, events and relations stay. With --extract (npm run reextract) ' +
      'their AUTO claims, event reports and new speakers are extracted again too, after the extractor or the gazetteer changed. Safe to rerun.',
  )
  .argument('[ids...]', 'article ids (default: every article)')
  .option('--batch-size <n>', 'articles per transaction', positive, RELINK_BATCH)
  .option('--extract', 're-extract claims and events too (what the extractor wrote is replaced, never what a person annotated)')
  .action((ids: string[], options: { batchSize: number; extract?: boolean }) =>
    runCommand(async (config, log) => {
      const database = await openDatabase(config, log);
      // A bar for people at a terminal; plain logs for CI and pipes.
      const bar = process.stderr.isTTY
        ? new SingleBar(
            {
              format: 'relinking {bar} {value}/{total} articles, +{added} -{removed} ~{changed} mentions, {extracted} extractions changed',
            },
            Presets.shades_classic,
          )
        : null;
      let batches = 0;
      try {
        const service = new RelinkService(database.db, createIngestService(database.db), {
          extract: options.extract ?? false,
          batchSize: options.batchSize,
        });
        const result = await service.relink(ids.length ? ids : null, (done, total) => {
          const counts = {
            added: done.mentionsAdded,
            removed: done.mentionsRemoved,
            changed: done.mentionsChanged,
            extracted: done.extractionsChanged,
          };
          if (bar) {
            if (++batches === 1) bar.start(total, 0, counts);
            bar.update(done.articles, counts);
          } else if (++batches % LOG_EVERY === 0) log.info({ ...done, of: total }, 'articles relinked');
        });
        bar?.stop();
        log.info(result, 'relinking finished');
        return EXIT.ok;
      } catch (error) {
        bar?.stop();
        // The application's own errors say what is wrong (an unknown id, Neo4j unreachable); anything else in full.
        if (error instanceof AppError) log.error(error.message);
        else log.error({ err: error }, 'relinking failed');
        return EXIT.refused;
      } finally {
        await database.close();
      }
    }),
  );

await program.parseAsync();

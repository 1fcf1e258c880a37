import { Presets, SingleBar } from 'cli-progress';
import type { Logger } from 'pino';

import type { BatchCallback } from './geonames.loader.js';

/** Log a line every this many batches when no one watches a terminal. */
const LOG_EVERY = 50;

/** A bar for people at a terminal; a pino line every LOG_EVERY batches for CI and pipes. */
export function batchProgress(log: Logger, interactive = process.stderr.isTTY): { onBatch: BatchCallback; stop(): void } {
  let bar: SingleBar | null = null;
  return {
    onBatch: (done, total, report) => {
      if (interactive) {
        bar ??= new SingleBar(
          { format: `${report.id} {bar} {value}/{total} batches, {places} places, {names} names` },
          Presets.shades_classic,
        );
        if (done === 1) bar.start(total, 0, { places: 0, names: 0 });
        bar.update(done, { places: report.places, names: report.names });
      } else if (done % LOG_EVERY === 0 || done === total) {
        log.info({ file: report.id, batches: done, of: total, places: report.places, names: report.names }, 'gazetteer batches loaded');
      }
    },
    stop: () => {
      bar?.stop();
      bar = null;
    },
  };
}

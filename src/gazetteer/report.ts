import type { Logger } from 'pino';

import type { GazetteerReport } from './gazetteer.service.js';

/** One line per file and one for the curated merge; false when anything failed. */
export function logGazetteerReport(log: Logger, report: GazetteerReport): boolean {
  for (const load of report.loads) {
    const { failed, ...figures } = load;
    for (const message of failed) log.error({ file: load.id }, message);
    log.info(figures, load.skipped ? 'gazetteer file unchanged: skipped' : 'gazetteer file loaded');
  }
  for (const message of report.curated.refused) log.warn(message);
  log.info({ merged: report.curated.merged }, 'curated entities merged with their GeoNames places');
  return report.loads.every((load) => load.failed.length === 0);
}

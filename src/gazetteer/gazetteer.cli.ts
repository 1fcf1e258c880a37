import 'reflect-metadata';

import { Command } from 'commander';

import { runCommand } from '../config/command.js';
import { EXIT } from '../config/operator-error.js';
import { openDatabase } from '../db/bootstrap.js';
import { CURATED_NAMES, DEFAULT_SELECTION, EMBEDDED_CITIES, FOCUS_COUNTRIES, SEAT_POPULATION, WORLD } from './default-set.js';
import { loadGazetteer } from './gazetteer.service.js';
import { batchProgress } from './progress.js';
import { logGazetteerReport } from './report.js';

interface Options {
  world?: boolean;
  alternateNames?: string;
  admin1?: string;
  countryInfo?: string;
  force?: boolean;
}

const program = new Command('gazetteer')
  .description(
    "Load GeoNames' own files (data CC BY 4.0, https://www.geonames.org/) into Neo4j as gazetteer places: countries, " +
      `the places of each table, then the curated entities folded onto their GeoNames twins. Without files, the embedded cities500 table. Safe to rerun: unchanged files are skipped.`,
  )
  .argument('[tables...]', 'GeoNames main tables (19 columns: cities500.txt, allCountries.txt, UA.txt …)', [EMBEDDED_CITIES])
  .option(
    '--world',
    `every row of each table (default: places in ${FOCUS_COUNTRIES.join(', ')}, every capital and the first-level seats abroad of ${SEAT_POPULATION} people or more)`,
  )
  .option('--alternate-names <file>', 'alternateNamesV2.txt: names with language tags and flags, for the tables given')
  .option('--admin1 <file>', 'admin1CodesASCII.txt: first-level admin area names (adminArea)')
  .option('--country-info <file>', "countryInfo.txt: each country's geonameid and population")
  .option('--force', 'load files whose content is unchanged since their last load')
  .action((tables: string[], options: Options) =>
    runCommand(async (config, log) => {
      const database = await openDatabase(config, log);
      const progress = batchProgress(log);
      try {
        const report = await loadGazetteer(
          database.db,
          {
            tables: tables.map((table) => ({
              table,
              curatedNames: CURATED_NAMES,
              ...(options.alternateNames ? { alternateNames: options.alternateNames } : {}),
              ...(options.admin1 ? { admin1: options.admin1 } : {}),
            })),
            selection: options.world ? WORLD : DEFAULT_SELECTION,
            ...(options.countryInfo ? { countryInfo: options.countryInfo } : {}),
            force: options.force ?? false,
          },
          (done, total, load) => {
            progress.onBatch(done, total, load);
            if (done === total) progress.stop();
          },
        );
        return logGazetteerReport(log, report) ? EXIT.ok : EXIT.refused;
      } finally {
        progress.stop();
        await database.close();
      }
    }),
  );

await program.parseAsync();

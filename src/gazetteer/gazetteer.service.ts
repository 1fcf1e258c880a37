import type { Cypher } from '../db/graph-db.js';
import { MergeRepository } from '../entities/merge.repository.js';
import { createIngestService } from '../ingest/ingest.service.js';
import { mergeCurated, type CuratedMergeReport } from './curated-merge.js';
import { CURATED_NAMES, DEFAULT_SELECTION, EMBEDDED_CITIES } from './default-set.js';
import type { Selection } from './geonames.files.js';
import { GeonamesLoader, type BatchCallback, type GeonamesFiles, type LoadReport } from './geonames.loader.js';
import { ImportRepository } from './import.repository.js';

export interface GazetteerOptions {
  /** Main tables, each with the alternateNamesV2 and admin1CodesASCII files to read with it. */
  tables: GeonamesFiles[];
  selection: Selection;
  countryInfo?: string;
  /** The countries to load (alpha-2 codes); all when absent. */
  countries?: readonly string[];
  /** Load even the files whose fingerprint is unchanged. */
  force?: boolean;
}

export const DEFAULT_GAZETTEER: GazetteerOptions = {
  tables: [{ table: EMBEDDED_CITIES, curatedNames: CURATED_NAMES }],
  selection: DEFAULT_SELECTION,
};

export interface GazetteerReport {
  loads: LoadReport[];
  curated: CuratedMergeReport;
}

/**
 * Countries, then the places of each table, then the curated entities folded onto their
 * imported twins. The merge runs even when every file was skipped: a curated file may have
 * gained a GeoNames id since.
 */
export async function loadGazetteer(db: Cypher, options: GazetteerOptions, onBatch?: BatchCallback): Promise<GazetteerReport> {
  const imports = new ImportRepository(db);
  const loader = new GeonamesLoader(createIngestService(db), imports, onBatch);
  const loads = [await loader.loadCountries(options.countryInfo, options.countries, options.force)];
  for (const files of options.tables) loads.push(await loader.loadTable(files, options.selection, options.force));
  return { loads, curated: await mergeCurated(imports, new MergeRepository(db)) };
}

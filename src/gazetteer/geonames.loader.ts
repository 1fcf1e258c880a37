import { basename } from 'node:path';

import { InputError } from '../errors.js';
import type { IngestService } from '../ingest/ingest.service.js';
import type { GazetteerDoc } from '../ingest/seed.schema.js';
import { countryEntities, countryEntityId, COUNTRY_NAMES_VERSION } from './countries.js';
import { fingerprint } from './fingerprint.js';
import { admin1Names, alternateNames, countryRecords, rangeOf, selectedRanges, type Selection } from './geonames.files.js';
import { placeRelations, selectedPlace, type AdminArea, type MappingContext } from './geonames.mapping.js';
import { parseGeoname } from './geonames.parse.js';
import type { ImportRepository } from './import.repository.js';
import { readLines } from './lines.js';

/** A main table (cities500.txt, allCountries.txt, UA.txt …) and the optional files that enrich it. */
export interface GeonamesFiles {
  table: string;
  alternateNames?: string;
  admin1?: string;
  /** Names the files lack, added to theirs: alternateNamesV2's layout with a usedBy column (CURATED_NAMES). */
  curatedNames?: string;
}

export interface LoadReport {
  id: string;
  skipped: boolean;
  places: number;
  names: number;
  batches: number;
  /** Batches an earlier load wrote and this one no longer does: what they stated is retracted. */
  retracted: number;
  failed: string[];
}

export type BatchCallback = (done: number, total: number, report: LoadReport) => void;

type Areas = ReadonlyMap<string, AdminArea>;

/** The areas a load placed its places in, for its fingerprint: a change of the curated areas loads the files again. */
const areasPrint = (areas: Areas): string => [...areas.values()].map((a) => `${a.code}=${a.id}=${a.name}=${a.geonames ?? ''}`).join(',');

/**
 * Loads GeoNames files as gazetteer documents, one transaction per batch (IngestService), so
 * memory stays that of the batches still open. A file whose fingerprint is that of its last load
 * is skipped unless forced.
 */
export class GeonamesLoader {
  constructor(
    private readonly ingest: IngestService,
    private readonly imports: ImportRepository,
    private readonly onBatch: BatchCallback = () => {},
  ) {}

  async loadTable(files: GeonamesFiles, selection: Selection, force = false): Promise<LoadReport> {
    const id = `geonames:${basename(files.table)}`;
    const areas = await this.imports.adminAreas();
    const print = await fingerprint(
      [selection.name, areasPrint(areas)],
      [files.table, files.alternateNames, files.admin1, files.curatedNames],
    );
    return this.load(id, print, force, async (write) => {
      const { sizes, ids } = await selectedRanges(files.table, selection, files.alternateNames !== undefined);
      const context: MappingContext = {
        areas,
        admin1: await admin1Names(files.admin1),
        ...(files.alternateNames ? { alternateNames: await alternateNames(files.alternateNames, ids) } : {}),
        ...(files.curatedNames ? { curatedNames: await alternateNames(files.curatedNames) } : {}),
      };
      // Lines wait until their range is complete; GeoNames files are near sorted, so few wait long.
      const open = new Map<number, string[]>();
      for await (const line of readLines(files.table)) {
        const record = parseGeoname(line);
        if (!record || !selection.keep(record)) continue;
        const range = rangeOf(record.geonameId);
        const lines = open.get(range) ?? [];
        lines.push(line);
        open.set(range, lines);
        if (lines.length < sizes.get(range)!) continue;
        open.delete(range);
        const records = lines.map((l) => parseGeoname(l)!);
        const doc = {
          entities: records.map((r) => selectedPlace(r, context, selection)),
          relations: records.flatMap((r) => placeRelations(r, context)),
        };
        await write(`${id}#${range}`, doc, sizes.size);
      }
    });
  }

  /**
   * Every country (i18n-iso-countries) or those of `only`, with countryInfo.txt's geonameids and
   * populations when given; each admin area of the graph PART_OF its country, so that areas of
   * countries no curated file holds (Belarus) are tied to the imported one.
   */
  async loadCountries(countryInfo?: string, only?: readonly string[], force = false): Promise<LoadReport> {
    const id = 'geonames:countries';
    const areas = await this.imports.adminAreas();
    const print = await fingerprint([COUNTRY_NAMES_VERSION, only?.join(',') ?? 'all', areasPrint(areas)], [countryInfo]);
    return this.load(id, print, force, async (write) => {
      const entities = countryEntities(await countryRecords(countryInfo), only);
      const loaded = new Set(entities.map((e) => e.id));
      const relations = [...areas.values()].flatMap(({ id: area, country }) => {
        const to = country === null ? null : countryEntityId(country);
        return to !== null && loaded.has(to) ? [{ type: 'PART_OF' as const, from: area, to }] : [];
      });
      await write(id, { entities, relations }, 1);
    });
  }

  /**
   * Runs `produce`, which writes batches through the function it is given, unless the file is
   * unchanged; then retracts the batches of the last load that were not written again, and
   * records the load unless a batch failed (so the next start tries again).
   */
  private async load(
    id: string,
    print: string,
    force: boolean,
    produce: (write: (batch: string, doc: GazetteerDoc, total: number) => Promise<void>) => Promise<void>,
  ): Promise<LoadReport> {
    const report: LoadReport = { id, skipped: false, places: 0, names: 0, batches: 0, retracted: 0, failed: [] };
    const previous = await this.imports.read(id);
    if (!force && previous?.fingerprint === print) return { ...report, skipped: true };
    const written: string[] = [];
    const write = async (batch: string, doc: GazetteerDoc, total: number): Promise<void> => {
      try {
        await this.ingest.ingestGazetteer(doc, batch, batch);
        report.places += doc.entities.length;
        report.names += doc.entities.reduce((n, e) => n + e.names.length, 0);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        report.failed.push(error.message);
      }
      written.push(batch);
      report.batches++;
      this.onBatch(report.batches, total, report);
    };
    await produce(write);
    for (const stale of previous?.batches.filter((b) => !written.includes(b)) ?? []) {
      await this.ingest.ingestGazetteer({ entities: [], relations: [] }, stale, stale);
      report.retracted++;
    }
    if (!report.failed.length) await this.imports.save(id, { fingerprint: print, batches: written });
    return report;
  }
}

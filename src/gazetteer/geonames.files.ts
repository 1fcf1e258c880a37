import {
  parseAdmin1,
  parseAlternateName,
  parseCountryInfo,
  parseGeoname,
  type AlternateNameRecord,
  type CountryRecord,
  type GeonameRecord,
} from './geonames.parse.js';
import { readLines } from './lines.js';

/** The streamed reads of GeoNames files that a load needs besides its batches. */

/** Which rows of a table to load; `name` enters the fingerprint, so a change of selection loads again. */
export interface Selection {
  name: string;
  keep: (record: GeonameRecord) => boolean;
  /** Which of a kept place's names to load; all when absent. */
  keepName?: (record: GeonameRecord, form: string) => boolean;
}

/**
 * A batch holds the places of one range of geonameids. The ranges do not move when lines are
 * added or removed, so a batch of a changed file replaces the same batch of before, and retracts
 * what it no longer states. At this width cities500 gives 479 batches, at most 6,026 places each.
 */
export const BATCH_RANGE = 25_000;

export const rangeOf = (geonameId: number): number => Math.floor(geonameId / BATCH_RANGE) * BATCH_RANGE;

/** The first pass: how many selected rows each range holds (and their ids, to pick their alternate names). */
export async function selectedRanges(table: string, selection: Selection, wantIds: boolean) {
  const sizes = new Map<number, number>();
  const ids = new Set<number>();
  for await (const line of readLines(table)) {
    const record = parseGeoname(line);
    if (!record || !selection.keep(record)) continue;
    const range = rangeOf(record.geonameId);
    sizes.set(range, (sizes.get(range) ?? 0) + 1);
    if (wantIds) ids.add(record.geonameId);
  }
  return { sizes, ids };
}

export async function admin1Names(file?: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (file)
    for await (const line of readLines(file)) {
      const record = parseAdmin1(line);
      if (record) names.set(record.code, record.name);
    }
  return names;
}

/**
 * The alternate names of the selected places only (alternateNamesV2 of the world is 15 million
 * rows), or of every place when no ids are given (a short curated file).
 */
export async function alternateNames(file: string, ids?: ReadonlySet<number>): Promise<Map<number, AlternateNameRecord[]>> {
  const byPlace = new Map<number, AlternateNameRecord[]>();
  for await (const line of readLines(file)) {
    const record = parseAlternateName(line);
    if (!record || (ids && !ids.has(record.geonameId))) continue;
    const names = byPlace.get(record.geonameId);
    if (names) names.push(record);
    else byPlace.set(record.geonameId, [record]);
  }
  return byPlace;
}

export async function countryRecords(file?: string): Promise<Map<string, CountryRecord>> {
  const records = new Map<string, CountryRecord>();
  if (file)
    for await (const line of readLines(file)) {
      const record = parseCountryInfo(line);
      if (record) records.set(record.iso, record);
    }
  return records;
}

import type { EntityDoc } from '../ingest/seed.schema.js';
import type { AlternateNameRecord, GeonameRecord } from './geonames.parse.js';
import { placeNames } from './geonames.names.js';

/** Ids of places imported from GeoNames; anything else is curated (or from an article). */
export const GEONAMES_PREFIX = 'place:geonames-';
export const geonamesEntityId = (geonameId: number): string => `${GEONAMES_PREFIX}${geonameId}`;

/** What the main table does not hold: first-level admin names ("UA.05" → Donetsk) and alternateNamesV2. */
export interface MappingContext {
  admin1: ReadonlyMap<string, string>;
  alternateNames?: ReadonlyMap<number, AlternateNameRecord[]>;
}

/** A GeoNames place as a gazetteer entity of the seed format (src/ingest/seed.schema.ts). */
export function placeEntity(record: GeonameRecord, context: MappingContext): EntityDoc {
  const country = /^[A-Z]{2}$/.test(record.countryCode) ? record.countryCode : undefined;
  const adminArea = country && record.admin1 ? context.admin1.get(`${country}.${record.admin1}`) : undefined;
  return {
    id: geonamesEntityId(record.geonameId),
    kind: 'PLACE',
    name: record.name,
    externalIds: { geonames: String(record.geonameId) },
    ...(country ? { country } : {}),
    ...(adminArea ? { adminArea } : {}),
    latitude: record.latitude,
    longitude: record.longitude,
    ...(record.population > 0 ? { population: record.population } : {}),
    ...(record.featureClass ? { featureClass: record.featureClass } : {}),
    ...(record.featureCode ? { featureCode: record.featureCode } : {}),
    // A place alternateNamesV2 says nothing of keeps the main table's list.
    names: placeNames(record, context.alternateNames?.get(record.geonameId)),
  };
}

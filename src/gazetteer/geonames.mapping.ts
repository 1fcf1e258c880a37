import type { EntityDoc, RelationDoc } from '../ingest/seed.schema.js';
import type { Selection } from './geonames.files.js';
import type { AlternateNameRecord, GeonameRecord } from './geonames.parse.js';
import { placeNames } from './geonames.names.js';

/** Ids of places imported from GeoNames; anything else is curated (or from an article). */
export const GEONAMES_PREFIX = 'place:geonames-';
export const geonamesEntityId = (geonameId: number): string => `${GEONAMES_PREFIX}${geonameId}`;

/** A first-level admin area of the graph, by the admin1 code of GeoNames' tables ("UA.14"). */
export interface AdminArea {
  code: string;
  id: string;
  /** Its English name: the `adminArea` of the places in it. */
  name: string;
  country: string | null;
  /** Its GeoNames place, when the area is a city (Moscow): that place is not placed in itself. */
  geonames: string | null;
}

/**
 * What the main table does not hold: the graph's admin areas and admin1CodesASCII's names, both
 * by admin1 code ("UA.05"), alternateNamesV2 and the curated names.
 */
export interface MappingContext {
  areas: ReadonlyMap<string, AdminArea>;
  admin1: ReadonlyMap<string, string>;
  alternateNames?: ReadonlyMap<number, AlternateNameRecord[]>;
  /** Curated names to add to those of the table, in alternateNamesV2's layout (CURATED_NAMES). */
  curatedNames?: ReadonlyMap<number, AlternateNameRecord[]>;
}

const countryOf = (record: GeonameRecord): string | undefined => (/^[A-Z]{2}$/.test(record.countryCode) ? record.countryCode : undefined);
const admin1Code = (record: GeonameRecord): string | undefined => {
  const country = countryOf(record);
  return country && record.admin1 ? `${country}.${record.admin1}` : undefined;
};

/** The graph's area the place lies in; none for the place that is the area itself (Moscow). */
function areaOf(record: GeonameRecord, context: MappingContext): AdminArea | undefined {
  const code = admin1Code(record);
  const area = code ? context.areas.get(code) : undefined;
  return area?.geonames === String(record.geonameId) ? undefined : area;
}

/** A GeoNames place as a gazetteer entity of the seed format (src/ingest/seed.schema.ts). */
export function placeEntity(record: GeonameRecord, context: MappingContext): EntityDoc {
  const country = countryOf(record);
  const code = admin1Code(record);
  const adminArea = code ? (context.areas.get(code)?.name ?? context.admin1.get(code)) : undefined;
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
    names: placeNames(record, context.alternateNames?.get(record.geonameId), context.curatedNames?.get(record.geonameId)),
  };
}

/** A selected place with the names its selection keeps (Selection.keepName). */
export function selectedPlace(record: GeonameRecord, context: MappingContext, selection: Selection): EntityDoc {
  const entity = placeEntity(record, context);
  const keepName = selection.keepName;
  return keepName ? { ...entity, names: entity.names.filter((n) => keepName(record, n.form)) } : entity;
}

/** The place LOCATED_IN its admin area, when the graph holds that area. */
export function placeRelations(record: GeonameRecord, context: MappingContext): RelationDoc[] {
  const area = areaOf(record, context);
  return area ? [{ type: 'LOCATED_IN', from: geonamesEntityId(record.geonameId), to: area.id }] : [];
}

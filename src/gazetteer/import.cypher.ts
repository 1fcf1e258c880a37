/**
 * The record of an imported GeoNames file, and the curated entities to fold their imported twin
 * into. `$geonamesPrefix` and `$countryPrefix` are the ids imported entities have.
 */

/** What the last load of a file stated: its fingerprint and the batches (sources) it wrote. */
export const READ_IMPORT = `
MATCH (i:GazetteerImport {id: $id})
RETURN i.fingerprint AS fingerprint, i.batches AS batches`;

export const SAVE_IMPORT = `
MERGE (i:GazetteerImport {id: $id})
SET i.fingerprint = $fingerprint, i.batches = $batches, i.loadedAt = datetime()`;

/**
 * Each curated entity (any id but an imported one) with the imported entity of its GeoNames id
 * or ISO 3166 code. A pair merged already is gone: the imported id is an alias by then.
 */
export const CURATED_TWINS = `
CALL {
  MATCH (c:Entity) WHERE c.geonames IS NOT NULL
  MATCH (g:Entity {geonames: c.geonames})
  RETURN c, g
  UNION
  MATCH (c:Entity) WHERE c.iso3166 IS NOT NULL
  MATCH (g:Entity {iso3166: c.iso3166})
  RETURN c, g
}
WITH c, g
WHERE NOT (c.id STARTS WITH $geonamesPrefix OR c.id STARTS WITH $countryPrefix)
  AND (g.id STARTS WITH $geonamesPrefix OR g.id STARTS WITH $countryPrefix)
RETURN c.id AS keep, g.id AS remove
ORDER BY keep, remove`;

/**
 * The first-level admin areas the graph holds (curated, with externalIds.geonamesAdmin1), by
 * GeoNames' admin1 code: where the import places each place. An area no file states any more has
 * lost its names but lives on while the import's relations point to it: it is not one.
 */
export const ADMIN_AREAS = `
MATCH (a:Entity) WHERE a.geonamesAdmin1 IS NOT NULL AND EXISTS { (a)-[:HAS_NAME]->(:Name) }
RETURN a.geonamesAdmin1 AS code, a.id AS id, a.name AS name, a.country AS country, a.geonames AS geonames
ORDER BY code, id`;

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

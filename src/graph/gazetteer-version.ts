/**
 * The stamp of what the entity linker matches against (src/linking/gazetteer.repository.ts):
 * entities, their names, and the relations that place one within another. Every write that may
 * change any of them bumps it in its own transaction (ingest, merge), so a linker in any process
 * tells by one cheap read whether the index it built is stale.
 *
 * A write bumps it last, just before it commits: a transaction holding the stamp's lock then
 * waits for no other lock, so no deadlock can form around it however many writers bump at once.
 */
export const BUMP_GAZETTEER_VERSION = `
MERGE (v:GazetteerVersion {id: 'linker'})
SET v.version = coalesce(v.version, 0) + 1`;

/** 0 before any write bumped it (a graph seeded before the stamp existed is read afresh once). */
export const READ_GAZETTEER_VERSION = `
OPTIONAL MATCH (v:GazetteerVersion {id: 'linker'})
RETURN coalesce(v.version, 0) AS version`;

/**
 * The relation types the linker reads as context (an entry's `within`: the places it lies in, and
 * the places a person or an organization is affiliated with): stating or retracting one changes it.
 */
export const LINKER_RELATION_TYPES: readonly string[] = ['LOCATED_IN', 'PART_OF', 'AFFILIATED_WITH'];

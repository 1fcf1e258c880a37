import { entityByKey } from '../graph/by-keys.js';
import { writeLock } from '../graph/locks.js';

/**
 * Merging two records of one entity, in one transaction: everything that pointed at the removed
 * one moves to the kept one (names, mentions, claims, events, relations, aliases), and the removed
 * id becomes an alias that keeps resolving. Dynamic types (`$(type(r))`) copy existing ones only.
 */

/**
 * What `keep` and `remove` mean now (entityByKey), and whether `remove` is a merged id; then the
 * write lock of both entities, taken before anything else is read. Setting a property holds the
 * node's exclusive lock until commit, and linking to a node or unlinking from it needs that lock,
 * so an ingest that wrote to either entity has committed before the merge reads (and what it
 * wrote is moved), or it waits until the merge has committed and then writes through the alias
 * (ingest writes resolve every key anew). Locks go in id order, so merges cannot deadlock one
 * another; a deadlock with an ingest is detected, and the transaction retried.
 */
export const RESOLVE_AND_LOCK = `
WITH ${entityByKey('$keep')} AS keep, ${entityByKey('$remove')} AS remove,
     EXISTS { MATCH (:EntityAlias {id: $remove}) } AND NOT EXISTS { MATCH (:Entity {id: $remove}) } AS removeMerged
CALL (keep, remove) {
  UNWIND [n IN [keep, remove] WHERE n IS NOT NULL] AS n
  WITH DISTINCT n ORDER BY n.id
  ${writeLock('n')}
}
RETURN keep.id AS keep, keep.kind AS keepKind, remove.id AS remove, remove.kind AS removeKind, removeMerged`;

/**
 * Takes the properties of `r` (the removed entity's relationship) into `moved` (the kept one's,
 * or a new one). Lists hold statements, one entry per statement and source (a relation's
 * parallel `sources` and `roles`): the kept one's entries come first, then the removed one's, so
 * parallel lists stay aligned and every source keeps each statement it made (an article that
 * named both records states the relation twice, and retracting the article retracts both).
 * Scalars stay the kept one's, gaps filled from `r`. Derived values are recomputed afterwards.
 */
const TAKE_IN_PROPERTIES = `
FOREACH (k IN [k IN keys(r) WHERE all(v IN [r[k], moved[k]] WHERE v IS NULL OR valueType(v) STARTS WITH 'LIST')] |
  SET moved[k] = coalesce(moved[k], []) + r[k])
FOREACH (k IN [k IN keys(r) WHERE moved[k] IS NULL] | SET moved[k] = r[k])`;

/**
 * Every relationship of the removed entity in one direction, `edge(end, rel)` drawing it with the
 * entity at `end`, and the relations among them ([type, from, to], for DERIVE_RELATIONS). Those
 * between the two entities (or of the removed one with itself) go with it: the kept entity does
 * not relate to itself.
 */
const moveAll = (edge: (end: string, rel: string) => string, touched: string): string => `
CALL (keep, remove) {
  MATCH ${edge('remove', 'r')} WHERE NOT other IN [keep, remove]
  MERGE ${edge('keep', 'moved:$(type(r))')}
  WITH r, moved, other
  ${TAKE_IN_PROPERTIES.trim()}
  DELETE r
  WITH moved, other WHERE other:Entity
  RETURN collect([type(moved), startNode(moved).id, endNode(moved).id]) AS ${touched}
}`;

/**
 * The move, on the entities RESOLVE_AND_LOCK returned. The events the removed entity took part
 * in or was the place of are locked first, so that deriving them again (DERIVE_EVENTS) reads
 * every report an ingest adds meanwhile. The removed entity's aliases are among its incoming
 * relationships, so they follow it to the kept one; its own id then becomes an alias with
 * exactly one ALIAS_OF (an alias left from an earlier merge of a re-created entity is pointed
 * anew), recording when and into which entity it was merged. Returns what to derive again.
 */
export const MERGE_INTO = `
MATCH (keep:Entity {id: $keep}), (remove:Entity {id: $remove})
CALL (remove) {
  MATCH (remove)-[:PARTICIPATED_IN|AT]-(ev:Event)
  WITH DISTINCT ev ORDER BY ev.id
  ${writeLock('ev')}
  RETURN collect(ev.id) AS events
}
${moveAll((end, rel) => `(${end})-[${rel}]->(other)`, 'outgoing')}
${moveAll((end, rel) => `(other)-[${rel}]->(${end})`, 'incoming')}
MERGE (own:EntityAlias {id: $remove})
// The kept entity's properties are its own sources' statements and stand; the removed one's stay on
// its alias (a curated place's GeoNames population and feature code, which the linker's priors read).
SET own += properties(remove), own.mergedAt = datetime(), own.mergedInto = $keep
WITH keep, remove, own, events, outgoing + incoming AS relations
CALL (own) { MATCH (own)-[old:ALIAS_OF]->() DELETE old }
MERGE (own)-[:ALIAS_OF]->(keep)
DETACH DELETE remove
RETURN relations, events`;

import { entityByKey } from '../graph/by-keys.js';

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
 * wrote is moved), or it waits until the merge has committed: what it writes then has to look
 * the removed id up anew (entityByKey). Locks go in id order, so merges cannot deadlock one
 * another; a deadlock with an ingest is detected, and the transaction retried.
 */
export const RESOLVE_AND_LOCK = `
WITH ${entityByKey('$keep')} AS keep, ${entityByKey('$remove')} AS remove,
     EXISTS { MATCH (:EntityAlias {id: $remove}) } AND NOT EXISTS { MATCH (:Entity {id: $remove}) } AS removeMerged
CALL (keep, remove) {
  UNWIND [n IN [keep, remove] WHERE n IS NOT NULL] AS n
  WITH DISTINCT n ORDER BY n.id
  SET n._lock = true REMOVE n._lock
}
RETURN keep.id AS keep, keep.kind AS keepKind, remove.id AS remove, remove.kind AS removeKind, removeMerged`;

/**
 * Takes the properties of `r` (the removed entity's relationship) into `moved` (the kept one's,
 * or a new one). Scalars stay the kept one's, gaps filled from `r`. Lists hold statements, one
 * entry per statement (articleIds), and the result has the kept one's statements, then those of
 * `r` it lacks, once each. Several lists on a relationship, all of one length on each side, are
 * parallel columns (sources[i] with roles[i]) and a statement is one row across them; lists of
 * different lengths are each a set of their own. A key that is a list on one side and not on the
 * other stays as the kept one has it.
 */
const TAKE_IN_PROPERTIES = `
CALL (r, moved) {
  WITH r, moved, COLLECT {
    UNWIND keys(r) + keys(moved) AS k
    WITH DISTINCT k WHERE all(v IN [moved[k], r[k]] WHERE v IS NULL OR valueType(v) STARTS WITH 'LIST')
    RETURN k
  } AS lists
  WITH r, moved, lists, size(lists) > 1 AND all(k IN lists WHERE size(coalesce(moved[k], [])) = size(coalesce(moved[lists[0]], []))
                                                         AND size(coalesce(r[k], [])) = size(coalesce(r[lists[0]], []))) AS parallel
  UNWIND CASE WHEN parallel THEN [lists] ELSE [k IN lists | [k]] END AS columns
  WITH columns,
       [i IN range(0, size(coalesce(moved[columns[0]], [])) - 1) | [k IN columns | moved[k][i]]] AS kept,
       [i IN range(0, size(coalesce(r[columns[0]], [])) - 1) | [k IN columns | r[k][i]]] AS taken
  WITH columns, kept + [i IN range(0, size(taken) - 1) WHERE NOT taken[i] IN kept + taken[..i] | taken[i]] AS rows
  UNWIND range(0, size(columns) - 1) AS j
  RETURN collect({ key: columns[j], value: [row IN rows | row[j]] }) AS statements
}
FOREACH (list IN statements | SET moved[list.key] = list.value)
FOREACH (k IN [k IN keys(r) WHERE moved[k] IS NULL] | SET moved[k] = r[k])`;

/**
 * Every relationship of the removed entity in one direction, `edge(end, rel)` drawing it with the
 * entity at `end`. Those between the two entities (or of the removed one with itself) go with
 * it: the kept entity does not relate to itself.
 */
const moveAll = (edge: (end: string, rel: string) => string): string => `
CALL (keep, remove) {
  MATCH ${edge('remove', 'r')} WHERE NOT other IN [keep, remove]
  MERGE ${edge('keep', 'moved:$(type(r))')}
  WITH r, moved
  ${TAKE_IN_PROPERTIES.trim()}
  DELETE r
}`;

/**
 * The move, on the entities RESOLVE_AND_LOCK returned. The removed entity's aliases are among its
 * incoming relationships, so they follow it to the kept one; its own id then becomes an alias
 * with exactly one ALIAS_OF (an alias left from an earlier merge of a re-created entity is
 * pointed anew), recording when and into which entity it was merged.
 */
export const MERGE_INTO = `
MATCH (keep:Entity {id: $keep}), (remove:Entity {id: $remove})
${moveAll((end, rel) => `(${end})-[${rel}]->(other)`)}
${moveAll((end, rel) => `(other)-[${rel}]->(${end})`)}
MERGE (own:EntityAlias {id: $remove})
SET own.mergedAt = datetime(), own.mergedInto = $keep
WITH keep, remove, own
CALL (own) { MATCH (own)-[old:ALIAS_OF]->() DELETE old }
MERGE (own)-[:ALIAS_OF]->(keep)
DETACH DELETE remove`;

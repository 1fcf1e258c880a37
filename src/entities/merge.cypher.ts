/**
 * Merging two records of one entity, in one transaction: everything that pointed at the removed
 * one moves to the kept one (names, mentions, claims, events, relations), and the removed id
 * becomes an alias that keeps resolving. Dynamic types (`$(type(r))`) copy existing ones only.
 */
export const ENTITY_PAIR = `
OPTIONAL MATCH (keep:Entity {id: $keep})
OPTIONAL MATCH (remove:Entity {id: $remove})
RETURN keep.kind AS keepKind, remove.kind AS removeKind`;

export const MOVE_RELATIONSHIPS = `
MATCH (keep:Entity {id: $keep}), (remove:Entity {id: $remove})
CALL (keep, remove) {
  MATCH (remove)-[r]->(other) WHERE other <> keep
  MERGE (keep)-[moved:$(type(r))]->(other)
  ON CREATE SET moved = properties(r)
  ON MATCH SET moved.articleIds = moved.articleIds + [a IN coalesce(r.articleIds, []) WHERE NOT a IN moved.articleIds]
  DELETE r
}
CALL (keep, remove) {
  MATCH (other)-[r]->(remove) WHERE other <> keep
  MERGE (other)-[moved:$(type(r))]->(keep)
  ON CREATE SET moved = properties(r)
  ON MATCH SET moved.articleIds = moved.articleIds + [a IN coalesce(r.articleIds, []) WHERE NOT a IN moved.articleIds]
  DELETE r
}`;

/** Aliases of the removed entity follow it; its own id becomes one; then it goes. */
export const REPLACE_WITH_ALIAS = `
MATCH (keep:Entity {id: $keep}), (remove:Entity {id: $remove})
OPTIONAL MATCH (alias:EntityAlias)-[old:ALIAS_OF]->(remove)
DELETE old
WITH keep, remove, collect(alias) AS aliases
FOREACH (alias IN aliases | MERGE (alias)-[:ALIAS_OF]->(keep))
MERGE (own:EntityAlias {id: $remove})
MERGE (own)-[:ALIAS_OF]->(keep)
DETACH DELETE remove`;

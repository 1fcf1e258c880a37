/**
 * The entity a key means now, as a Cypher expression: the entity stored under it, or the one it
 * was merged into (mergeEntities leaves the removed key as an EntityAlias with exactly one
 * ALIAS_OF to the entity that holds its facts now), or null. Every query argument that takes an
 * entity key reads through this one expression, so a merged key answers as the kept one. `key` is a Cypher expression such as `$speaker` or `x.entity`; the subqueries' own
 * variable has a name no caller uses, since an outer variable of the same name would bind it.
 */
export const entityByKey = (key: string): string =>
  `coalesce(head(COLLECT { MATCH (keyEntity:Entity {id: ${key}}) RETURN keyEntity }), ` +
  `head(COLLECT { MATCH (:EntityAlias {id: ${key}})-[:ALIAS_OF]->(keyEntity:Entity) RETURN keyEntity }))`;

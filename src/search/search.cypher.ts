import { ENTITY, NAME } from '../graph/projections.js';

/**
 * Name search through the full-text index. An entity scores by its best-matching name form,
 * raised gently by how often articles mention it; keyset on (score desc, id). `readAhead` is a
 * column from readAheadColumn (src/graph/prefetch.cypher.ts) or ''.
 */
export const searchEntities = (readAhead: string): string => `
CALL db.index.fulltext.queryNodes('name_search', $lucene, {limit: $candidates}) YIELD node AS name, score
MATCH (e:Entity)-[:HAS_NAME]->(name)
WHERE $kinds IS NULL OR e.kind IN $kinds
WITH e, name, score ORDER BY score DESC
WITH e, collect(name)[0] AS best, max(score) AS match
WITH e, best, match * (1 + 0.1 * log(1 + COUNT { (e)<-[:REFERS_TO]-(:Mention) })) AS score
WHERE $after IS NULL OR score < $after[0] OR (score = $after[0] AND e.id > $after[1])
WITH e AS root, best, score ORDER BY score DESC, root.id LIMIT $limit
RETURN ${ENTITY('root')} AS node, score, ${NAME('best')} AS matchedName${readAhead}
ORDER BY score DESC, root.id`;

export const COUNT_SEARCH = `
CALL db.index.fulltext.queryNodes('name_search', $lucene, {limit: $candidates}) YIELD node AS name
MATCH (e:Entity)-[:HAS_NAME]->(name)
WHERE $kinds IS NULL OR e.kind IN $kinds
RETURN count(DISTINCT e) AS count`;

import { CLAIM } from '../graph/projections.js';

export const CLAIMS_BY_KEYS = `
UNWIND $keys AS key
MATCH (c:Claim {id: key})
RETURN key, ${CLAIM('c')} AS node`;

/**
 * Where a filtered list starts: from the most selective node the filter names, so a claim list
 * about one entity reads that entity's claims instead of testing every claim in the graph.
 */
export const CLAIM_STARTS = {
  about: `CALL () {
  MATCH (:Entity {id: $about})<-[:ABOUT]-(c:Claim) RETURN c
  UNION
  MATCH (:Event {id: $about})<-[:ABOUT]-(c:Claim) RETURN c
}`,
  speaker: 'MATCH (:Entity {id: $speaker})<-[:SAID_BY]-(c:Claim)',
  article: 'MATCH (:Article {id: $article})-[:HAS_CLAIM]->(c:Claim)',
  all: 'MATCH (c:Claim)',
} as const;

/** Every filter is optional; a null parameter switches its condition off. */
const filtered = (start: string): string => `
${start}
WITH c WHERE ($anonymous IS NULL OR c.anonymous = $anonymous)
  AND ($article IS NULL OR EXISTS { (:Article {id: $article})-[:HAS_CLAIM]->(c) })
  AND ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(x) WHERE x.id = $about })
  AND ($speaker IS NULL OR EXISTS { (c)-[:SAID_BY]->(:Entity {id: $speaker}) })`;

/**
 * Keyset on id; `readAhead` is a column from readAheadColumn (src/graph/prefetch.cypher.ts) or ''.
 * The page is cut before its rows are projected; the last ORDER BY restates the order for them.
 */
export const listClaims = (start: string, readAhead: string): string => `${filtered(start)}
  AND ($after IS NULL OR c.id > $after)
WITH c AS root ORDER BY root.id LIMIT $limit
RETURN ${CLAIM('root')} AS node${readAhead}
ORDER BY root.id`;

export const countClaims = (start: string): string => `${filtered(start)}
RETURN count(c) AS count`;

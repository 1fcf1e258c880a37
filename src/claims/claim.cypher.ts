import { CLAIM } from '../graph/projections.js';

export const CLAIMS_BY_KEYS = `
UNWIND $keys AS key
MATCH (c:Claim {id: key})
RETURN key, ${CLAIM('c')} AS node`;

/** Every filter is optional; a null parameter switches its condition off. Keyset on id. */
const FILTERED = `
MATCH (c:Claim)
WHERE ($anonymous IS NULL OR c.anonymous = $anonymous)
  AND ($article IS NULL OR EXISTS { (:Article {id: $article})-[:HAS_CLAIM]->(c) })
  AND ($about IS NULL OR EXISTS { (c)-[:ABOUT]->({id: $about}) })
  AND ($speaker IS NULL OR EXISTS { (c)-[:SAID_BY]->(:Entity {id: $speaker}) })`;

export const LIST_CLAIMS = `${FILTERED}
  AND ($after IS NULL OR c.id > $after)
RETURN ${CLAIM('c')} AS node
ORDER BY c.id
LIMIT $limit`;

export const COUNT_CLAIMS = `${FILTERED}
RETURN count(c) AS count`;

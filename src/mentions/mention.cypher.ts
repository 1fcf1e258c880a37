import type { ListColumns } from '../graph/prefetch.cypher.js';

/** Every filter is optional; a null parameter switches its condition off. */
const FILTERED = `
MATCH (m:Mention)
WHERE ($source IS NULL OR coalesce(m.source, 'HAND') = $source)
  AND ($maxScore IS NULL OR m.score <= $maxScore)
  AND ($unresolved IS NULL OR EXISTS { (m)-[:REFERS_TO]->() } <> $unresolved)`;

/** Keyset on id; `columns` as for listClaims (src/claims/claim.cypher.ts). */
export const listMentions = (columns: ListColumns): string => `${FILTERED}
  AND ($after IS NULL OR m.id > $after)
WITH m AS root ORDER BY root.id LIMIT $limit
RETURN ${columns.node} AS node${columns.readAhead}
ORDER BY root.id`;

export const COUNT_MENTIONS = `${FILTERED}
RETURN count(m) AS count`;

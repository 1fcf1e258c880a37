import type { ListColumns } from '../graph/prefetch.cypher.js';

/** The full text is large: fetched only when a client selects it. */
export const TEXTS_BY_KEYS = `
UNWIND $keys AS key
MATCH (a:Article {id: key})
RETURN a.id AS key, a.text AS text`;

/**
 * Newest first; undated articles last. Keyset on (publication time, id), both descending.
 * `columns` as for listClaims (src/claims/claim.cypher.ts).
 */
export const listArticles = (columns: ListColumns): string => `
MATCH (a:Article)
WHERE ($outlet IS NULL OR a.outlet = $outlet) AND ($language IS NULL OR a.language = $language)
WITH a, coalesce(a.publishedAt.epochMillis, -1) AS t
WHERE $after IS NULL OR t < $after[0] OR (t = $after[0] AND a.id < $after[1])
WITH a AS root, t ORDER BY t DESC, root.id DESC LIMIT $limit
RETURN ${columns.node} AS node, [t, root.id] AS sortKey${columns.readAhead}
ORDER BY t DESC, root.id DESC`;

export const COUNT_ARTICLES = `
MATCH (a:Article)
WHERE ($outlet IS NULL OR a.outlet = $outlet) AND ($language IS NULL OR a.language = $language)
RETURN count(a) AS count`;

import { projectionOf } from '../graph/projections.js';

/**
 * Hits of the text index ($lucene, src/search/text-query.ts), in the language asked: an
 * article's own, a claim's its article's. Lucene returns every match (no limit): a cap there
 * would come before the language test and the cursor, and cut off what they let through.
 */
const HITS = `
CALL db.index.fulltext.queryNodes('text_search', $lucene) YIELD node AS hit, score
WITH hit, score
WHERE ($language IS NULL
   OR $language = CASE WHEN hit:Article THEN hit.language ELSE head([(a:Article)-[:HAS_CLAIM]->(hit) | a.language]) END)`;

/** A page of hits, keyset on (score desc, id); an article's text comes with it, for the spans. */
export const TEXT_SEARCH = `${HITS}
  AND ($after IS NULL OR score < $after[0] OR (score = $after[0] AND hit.id > $after[1]))
WITH hit, score ORDER BY score DESC, hit.id LIMIT $limit
RETURN CASE WHEN hit:Article THEN ${projectionOf('Article', 'hit', null)} ELSE ${projectionOf('Claim', 'hit', null)} END AS node, score,
  CASE WHEN hit:Article THEN hit.text END AS text
ORDER BY score DESC, node.id`;

export const COUNT_TEXT_SEARCH = `${HITS}
RETURN count(hit) AS count`;

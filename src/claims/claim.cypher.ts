import { entityByKey } from '../graph/by-keys.js';
import { CLAIM } from '../graph/projections.js';

/**
 * The filter's entity and event, each resolved once: a merged entity key means the entity it was
 * merged into. A key that names nothing, or a node without the label its id names, binds null,
 * and a pattern through null matches nothing.
 */
const SUBJECTS = `WITH coalesce(${entityByKey('$about')}, head(COLLECT { MATCH (ev:Event {id: $about}) RETURN ev })) AS about,
     ${entityByKey('$speaker')} AS speaker, ${entityByKey('$via')} AS via
WITH CASE WHEN $aboutLabel IN labels(about) THEN about END AS about,
     CASE WHEN $speakerLabel IN labels(speaker) THEN speaker END AS speaker,
     CASE WHEN $viaLabel IN labels(via) THEN via END AS via`;

/**
 * Where a filtered list starts: from the most selective node the filter names, so a claim list
 * about one entity reads that entity's claims instead of testing every claim in the graph.
 */
export const CLAIM_STARTS = {
  about: 'MATCH (about)<-[:ABOUT]-(c:Claim)',
  speaker: 'MATCH (speaker)<-[:SAID_BY]-(c:Claim)',
  article: 'MATCH (:Article {id: $article})-[:HAS_CLAIM]->(c:Claim)',
  all: 'MATCH (c:Claim)',
} as const;

/** Every filter is optional; a null parameter switches its condition off. */
const filtered = (start: string): string => `
${SUBJECTS}
${start}
WITH c, about, speaker, via WHERE ($anonymous IS NULL OR c.anonymous = $anonymous)
  AND ($article IS NULL OR EXISTS { (:Article {id: $article})-[:HAS_CLAIM]->(c) })
  AND ($about IS NULL OR EXISTS { (c)-[:ABOUT]->(about) })
  AND ($speaker IS NULL OR EXISTS { (c)-[:SAID_BY]->(speaker) })
  AND ($via IS NULL OR EXISTS { (c)-[:VIA]->(via) })
  AND ($source IS NULL OR coalesce(c.source, 'HAND') = $source)
  AND ($maxScore IS NULL OR c.score <= $maxScore)
  AND ($speakerRole IS NULL OR toLower(c.speakerRole) CONTAINS toLower($speakerRole))
  AND ($outlet IS NULL AND $publishedFrom IS NULL AND $publishedTo IS NULL OR EXISTS {
    MATCH (a:Article)-[:HAS_CLAIM]->(c)
    WHERE ($outlet IS NULL OR a.outlet = $outlet)
      AND ($publishedFrom IS NULL OR a.publishedAt >= datetime($publishedFrom))
      AND ($publishedTo IS NULL OR a.publishedAt < datetime($publishedTo) + duration('P1D')) })`;

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

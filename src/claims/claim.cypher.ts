import { entityByKey } from '../graph/by-keys.js';
import type { ListColumns } from '../graph/prefetch.cypher.js';

import type { ClaimFilter } from './claim-filter.js';

type Subject = 'about' | 'speaker' | 'via';

/**
 * The filter's entity or event, each resolved once: a merged entity key means the entity it was
 * merged into. A key that names nothing, or a node without the label its id names, binds null,
 * and a pattern through null matches nothing.
 */
const SUBJECTS: Record<Subject, string> = {
  about: `coalesce(${entityByKey('$about')}, head(COLLECT { MATCH (ev:Event {id: $about}) RETURN ev }))`,
  speaker: entityByKey('$speaker'),
  via: entityByKey('$via'),
};

/**
 * Where a filtered list starts: from the most selective node the filter names, so a claim list
 * about one entity reads that entity's claims instead of testing every claim in the graph.
 */
const STARTS = {
  about: 'MATCH (about)<-[:ABOUT]-(c:Claim)',
  speaker: 'MATCH (speaker)<-[:SAID_BY]-(c:Claim)',
  article: 'MATCH (:Article {id: $article})-[:HAS_CLAIM]->(c:Claim)',
  all: 'MATCH (c:Claim)',
} as const;

type Condition = Exclude<keyof ClaimFilter, `${Subject}Label`>;

/** Each filter's condition on claim `c`: only those of the filters given are written. */
const CONDITIONS: Record<Condition, string> = {
  about: 'EXISTS { (c)-[:ABOUT]->(about) }',
  speaker: 'EXISTS { (c)-[:SAID_BY]->(speaker) }',
  via: 'EXISTS { (c)-[:VIA]->(via) }',
  article: 'EXISTS { (:Article {id: $article})-[:HAS_CLAIM]->(c) }',
  anonymous: 'c.anonymous = $anonymous',
  source: "coalesce(c.source, 'HAND') = $source",
  maxScore: 'c.score <= $maxScore',
  speakerRole: 'toLower(c.speakerRole) CONTAINS toLower($speakerRole)',
  outlet: 'EXISTS { (a:Article)-[:HAS_CLAIM]->(c) WHERE a.outlet = $outlet }',
  publishedFrom: 'EXISTS { (a:Article)-[:HAS_CLAIM]->(c) WHERE a.publishedAt >= datetime($publishedFrom) }',
  publishedTo: "EXISTS { (a:Article)-[:HAS_CLAIM]->(c) WHERE a.publishedAt < datetime($publishedTo) + duration('P1D') }",
};

/**
 * The claims the filter lets through, bound to `c`, and `extra` conditions on them: a statement
 * holding only the given filters' text (all constant), so an unfiltered list pays for none.
 */
function filtered(filter: ClaimFilter, extra: string[]): string {
  const subjects = (['about', 'speaker', 'via'] as const).filter((subject) => filter[subject] !== null);
  const start = filter.about ? 'about' : filter.speaker ? 'speaker' : filter.article ? 'article' : 'all';
  const conditions = (Object.keys(CONDITIONS) as Condition[])
    .filter((name) => filter[name] !== null && name !== start)
    .map((name) => CONDITIONS[name]);
  const lines = subjects.length
    ? [
        `WITH ${subjects.map((subject) => `${SUBJECTS[subject]} AS ${subject}`).join(', ')}`,
        `WITH ${subjects.map((subject) => `CASE WHEN $${subject}Label IN labels(${subject}) THEN ${subject} END AS ${subject}`).join(', ')}`,
      ]
    : [];
  lines.push(STARTS[start]);
  const where = [...conditions, ...extra];
  if (where.length) lines.push(`WITH ${['c', ...subjects].join(', ')} WHERE ${where.join('\n  AND ')}`);
  return lines.join('\n');
}

/**
 * Keyset on id; `columns` from listColumns (src/graph/prefetch.cypher.ts): the row's projection and its read-ahead.
 * The page is cut before its rows are projected; the last ORDER BY restates the order for them.
 */
export const listClaims = (filter: ClaimFilter, columns: ListColumns): string => `${filtered(filter, ['($after IS NULL OR c.id > $after)'])}
WITH c AS root ORDER BY root.id LIMIT $limit
RETURN ${columns.node} AS node${columns.readAhead}
ORDER BY root.id`;

export const countClaims = (filter: ClaimFilter): string => `${filtered(filter, [])}
RETURN count(c) AS count`;

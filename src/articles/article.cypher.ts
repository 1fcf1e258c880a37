import { ARTICLE, CLAIM, EVENT, MENTION } from '../graph/projections.js';

export const ARTICLES_BY_KEYS = `
UNWIND $keys AS key
MATCH (a:Article {id: key})
RETURN key, ${ARTICLE('a')} AS node`;

/** The full text is large: fetched only when a client selects it. */
export const TEXTS_BY_KEYS = `
UNWIND $keys AS key
MATCH (a:Article {id: key})
RETURN a.id AS key, a.text AS text`;

/** Newest first; undated articles last. Keyset on (publication time, id), both descending. */
export const LIST_ARTICLES = `
MATCH (a:Article)
WHERE ($outlet IS NULL OR a.outlet = $outlet) AND ($language IS NULL OR a.language = $language)
WITH a, coalesce(a.publishedAt.epochMillis, -1) AS t
WHERE $after IS NULL OR t < $after[0] OR (t = $after[0] AND a.id < $after[1])
RETURN ${ARTICLE('a')} AS node, [t, a.id] AS sortKey
ORDER BY t DESC, a.id DESC
LIMIT $limit`;

export const COUNT_ARTICLES = `
MATCH (a:Article)
WHERE ($outlet IS NULL OR a.outlet = $outlet) AND ($language IS NULL OR a.language = $language)
RETURN count(a) AS count`;

export const MENTIONS_IN = `
UNWIND $requests AS req
CALL (req) {
  MATCH (:Article {id: req.parent})-[:HAS_MENTION]->(m:Mention)
  WHERE req.after IS NULL OR m.id > req.after[0]
  RETURN m ORDER BY m.id LIMIT $limit
}
RETURN req.parent AS parent, ${MENTION('m')} AS node`;

export const COUNT_MENTIONS_IN = `
UNWIND $parents AS parent
MATCH (a:Article {id: parent})
RETURN parent, COUNT { (a)-[:HAS_MENTION]->(:Mention) } AS count`;

export const CLAIMS_IN = `
UNWIND $requests AS req
CALL (req) {
  MATCH (:Article {id: req.parent})-[:HAS_CLAIM]->(c:Claim)
  WHERE req.after IS NULL OR c.id > req.after[0]
  RETURN c ORDER BY c.id LIMIT $limit
}
RETURN req.parent AS parent, ${CLAIM('c')} AS node`;

export const COUNT_CLAIMS_IN = `
UNWIND $parents AS parent
MATCH (a:Article {id: parent})
RETURN parent, COUNT { (a)-[:HAS_CLAIM]->(:Claim) } AS count`;

export const EVENTS_IN = `
UNWIND $requests AS req
CALL (req) {
  MATCH (:Article {id: req.parent})-[:REPORTS]->(ev:Event)
  WHERE req.after IS NULL OR ev.id > req.after[0]
  RETURN ev ORDER BY ev.id LIMIT $limit
}
RETURN req.parent AS parent, ${EVENT('ev')} AS node`;

export const COUNT_EVENTS_IN = `
UNWIND $parents AS parent
MATCH (a:Article {id: parent})
RETURN parent, COUNT { (a)-[:REPORTS]->(:Event) } AS count`;

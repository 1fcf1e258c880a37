/**
 * The analyst's questions. Each takes a batch of entity or event keys ($keys) so that asking
 * them for a list of entities still costs one round trip per field.
 */

/** Which surface forms articles used for an entity, by outlet, with first and last use. */
export const NAME_USAGE = `
UNWIND $keys AS key
MATCH (:Entity {id: key})<-[:REFERS_TO]-(m:Mention)<-[:HAS_MENTION]-(a:Article)
WITH key, m.text AS form, coalesce(a.outlet, 'unknown') AS outlet, count(m) AS mentions,
     count(DISTINCT a) AS articles, min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen,
     collect(DISTINCT a.id) AS articleIds
WITH key, form, collect({ outlet: outlet, mentions: mentions, articles: articles, firstSeen: firstSeen,
     lastSeen: lastSeen, articleIds: articleIds }) AS outlets, sum(mentions) AS total
RETURN key, form, total AS mentions, outlets
ORDER BY key, total DESC, form`;

/** Events (by their time) and claims (by their article's date) about an entity, in time order. */
export const TIMELINE = `
UNWIND $requests AS req
CALL (req) {
  MATCH (e:Entity {id: req.parent})
  CALL (e) {
    MATCH (e)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev.id AS id, 'Event' AS kind, ev.startsAt AS at, ev.precision AS precision
    UNION
    MATCH (e)<-[:AT]-(ev:Event) RETURN ev.id AS id, 'Event' AS kind, ev.startsAt AS at, ev.precision AS precision
    UNION
    MATCH (e)<-[:SAID_BY|ABOUT]-(c:Claim)<-[:HAS_CLAIM]-(a:Article)
    RETURN c.id AS id, 'Claim' AS kind, toString(date(a.publishedAt)) AS at,
           CASE WHEN a.publishedAt IS NULL THEN 'UNKNOWN' ELSE 'DAY' END AS precision
  }
  WITH id, kind, at, coalesce(precision, 'UNKNOWN') AS precision, coalesce(at, '9999') AS t
  WHERE req.after IS NULL OR t > req.after[0] OR (t = req.after[0] AND id > req.after[1])
  RETURN id, kind, at, precision, t ORDER BY t, id LIMIT $limit
}
RETURN req.parent AS parent, { id: id, kind: kind, at: at, precision: precision, t: t } AS node`;

export const COUNT_TIMELINE = `
UNWIND $parents AS parent
MATCH (e:Entity {id: parent})
RETURN parent, COUNT {
  MATCH (e)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev.id AS id
  UNION MATCH (e)<-[:AT]-(ev:Event) RETURN ev.id AS id
  UNION MATCH (e)<-[:SAID_BY|ABOUT]-(c:Claim) RETURN c.id AS id
} AS count`;

/**
 * Claims about an entity grouped by who made them: a named speaker, or an anonymous one by the
 * article's description of them.
 */
export const CLAIMS_BY_SPEAKER = `
UNWIND $keys AS key
MATCH (:Entity {id: key})<-[:ABOUT]-(c:Claim)
OPTIONAL MATCH (c)-[:SAID_BY]->(s:Entity)
WITH key, c, coalesce(s.id, 'anonymous: ' + toLower(c.speakerDescription)) AS speaker
WITH key, speaker, collect(c.id) AS claimIds
RETURN key, speaker, claimIds
ORDER BY key, size(claimIds) DESC, speaker`;

/**
 * For each article reporting an event: its outlet, and the sources its claims about the event
 * came through. An article whose every such claim came via another outlet only repeats it.
 */
export const CORROBORATION = `
UNWIND $keys AS key
MATCH (ev:Event {id: key})<-[:REPORTS]-(a:Article)
OPTIONAL MATCH (a)-[:HAS_CLAIM]->(c:Claim)-[:ABOUT]->(ev)
OPTIONAL MATCH (c)-[:VIA]->(source:Entity)
WITH key, a, count(DISTINCT c) AS claims, count(DISTINCT CASE WHEN source IS NULL THEN c END) AS direct,
     collect(DISTINCT source.id) AS via
RETURN key, collect({ articleId: a.id, outlet: a.outlet, claims: claims, direct: direct, via: via }) AS reports`;

/**
 * Shortest paths between two entities through relations, shared events and claims, up to
 * $maxHops (the pattern's bound is fixed; the parameter narrows it). Each hop carries the
 * articles behind it: a relation's sources, or the articles reporting the event or the claim.
 */
export const CONNECTION = `
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH p = allShortestPaths((from)-[:AFFILIATED_WITH|LOCATED_IN|PART_OF|SPOKE_TO|PARTICIPATED_IN|AT|SAID_BY|ABOUT*..6]-(to))
WHERE length(p) <= $maxHops
WITH p LIMIT $limit
WITH p, [n IN nodes(p) | n.id] AS path
UNWIND range(0, length(p) - 1) AS i
WITH path, i, relationships(p)[i] AS r, nodes(p)[i] AS a, nodes(p)[i + 1] AS b
WITH path, i, r, a, b, CASE WHEN a:Event OR a:Claim THEN a WHEN b:Event OR b:Claim THEN b END AS fact
WITH path, i, {
  type: type(r),
  from: { id: a.id, label: [l IN labels(a) WHERE l <> 'Entity'][0] },
  to: { id: b.id, label: [l IN labels(b) WHERE l <> 'Entity'][0] },
  articleIds: CASE
    WHEN fact:Event THEN [(x:Article)-[:REPORTS]->(fact) | x.id]
    WHEN fact:Claim THEN [(x:Article)-[:HAS_CLAIM]->(fact) | x.id]
    ELSE coalesce(r.articleIds, []) END
} AS hop
ORDER BY i
RETURN path, collect(hop) AS hops`;

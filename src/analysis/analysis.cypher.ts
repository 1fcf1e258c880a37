import { entityByKey } from '../graph/by-keys.js';
import { projectionOf } from '../graph/projections.js';
import type { SelectedFields } from '../graph/selection.js';

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
/** As Entity.claimsAbout: about the entity, and unless `$direct` about the events at it (a place). */
export const CLAIMS_BY_SPEAKER = `
UNWIND $keys AS key
MATCH (e:Entity {id: key})
CALL (e) {
  MATCH (e)<-[:ABOUT]-(c:Claim) RETURN c
  UNION
  MATCH (e)<-[:AT]-(:Event)<-[:ABOUT]-(c:Claim) WHERE NOT $direct RETURN c
}
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

/** The longest connection asked for; each bound up to it has a statement of its own. */
export const MAX_HOPS = 6;

/** A path node in the shape its own loader returns, so the union resolves without another query. */
const pathNode = (v: string, selected: SelectedFields): string =>
  `CASE WHEN ${v}:Event THEN ${projectionOf('Event', v, selected.of('Event'))} WHEN ${v}:Claim THEN ${projectionOf('Claim', v, selected.of('Claim'))} ELSE ${projectionOf('Entity', v, selected.of('Entity'))} END`;

/**
 * Shortest paths between two entities through relations, shared events and claims, of at most
 * `maxHops` hops. The bound is literal in the pattern so the search stops there instead of going
 * to MAX_HOPS and dropping longer paths afterwards. Each hop comes complete, with its end nodes
 * and the first $articles articles behind it by id (the articles that state a relation or a
 * participation, else those reporting the event or making the claim), so a connection costs one
 * round trip; its nodes and articles project what the request selects of them. Its variables
 * have names of their own: the projections' inner ones (a, p, r, x …) would otherwise bind to
 * them. Merged keys mean the kept entity; two keys that mean one entity have no path between
 * them (and the shortest-path search refuses to start and end on one node).
 */
export const connectionWithin = (maxHops: number, selected: SelectedFields): string => {
  const article = projectionOf('Article', 'x', selected.of('Article'));
  return `
WITH ${entityByKey('$from')} AS from, ${entityByKey('$to')} AS to
WHERE from <> to
MATCH path = allShortestPaths((from)-[:AFFILIATED_WITH|LOCATED_IN|PART_OF|SPOKE_TO|PARTICIPATED_IN|AT|SAID_BY|ABOUT*..${maxHops}]-(to))
WITH path LIMIT $limit
CALL (path) {
  UNWIND range(0, length(path) - 1) AS step
  WITH relationships(path)[step] AS rel, nodes(path)[step] AS hopFrom, nodes(path)[step + 1] AS hopTo
  WITH rel, hopFrom, hopTo, CASE WHEN hopFrom:Event OR hopFrom:Claim THEN hopFrom WHEN hopTo:Event OR hopTo:Claim THEN hopTo END AS fact
  RETURN collect({
    type: type(rel),
    from: ${pathNode('hopFrom', selected)},
    to: ${pathNode('hopTo', selected)},
    // Each article found by its index, never by testing every article against a list of ids.
    articles: CASE WHEN rel.articleIds IS NOT NULL
      THEN COLLECT { UNWIND coalesce(rel.articleIds, []) AS articleId MATCH (x:Article {id: articleId}) WITH x ORDER BY x.id LIMIT $articles RETURN ${article} ORDER BY x.id }
      ELSE COLLECT { MATCH (x:Article)-[:REPORTS|HAS_CLAIM]->(fact) WITH x ORDER BY x.id LIMIT $articles RETURN ${article} ORDER BY x.id } END
  }) AS hops
}
RETURN hops`;
};

/**
 * Who and what articles name together with an entity: the entities named in the same articles,
 * by how many articles, with the newest few of them as examples; at most $limit per entity.
 */
export const CO_MENTIONS = `
UNWIND $keys AS key
MATCH (e:Entity {id: key})
CALL (e) {
  MATCH (e)<-[:REFERS_TO]-(:Mention)<-[:HAS_MENTION]-(a:Article)-[:HAS_MENTION]->(:Mention)-[:REFERS_TO]->(o:Entity)
  WHERE o <> e
  WITH DISTINCT o, a ORDER BY a.publishedAt DESC, a.id
  WITH o, collect(a.id) AS articleIds
  RETURN o.id AS entityKey, size(articleIds) AS articles, articleIds[..3] AS exampleIds
  ORDER BY articles DESC, entityKey LIMIT $limit
}
RETURN key, entityKey, articles, exampleIds
ORDER BY key, articles DESC, entityKey`;

import { entityByKey } from '../graph/by-keys.js';
import { projectionOf } from '../graph/projections.js';

/**
 * What the articles state about event `ev` that contention.ts weighs: its reports, each with its
 * article's outlet, the place it names as that place is now (a merged key means the kept entity)
 * and the places that one lies in; and the claims about it flagged DENIAL, each with its
 * speaker's side: the country the speaker (or an anonymous speaker's affiliation) is, or is
 * affiliated with or part of, nearest first. A speaker the graph does not know has no side.
 */
const STATEMENTS = (ev: string): string => `
  COLLECT {
    MATCH (${ev})<-[r:REPORTS]-(r_article:Article)
    WITH r, r_article, ${entityByKey('r.place')} AS placed
    RETURN { report: ${projectionOf('Report', 'r', null)}, outlet: r_article.outlet, placeKey: placed.id,
             placeWithin: COLLECT { MATCH (placed)-[:LOCATED_IN|PART_OF]->{1,6}(within:Place) RETURN DISTINCT within.id } } AS stated
    ORDER BY r_article.publishedAt, r_article.id
  } AS reports,
  COLLECT {
    MATCH (${ev})<-[:ABOUT]-(c:Claim)<-[:HAS_CLAIM]-(a:Article) WHERE 'DENIAL' IN coalesce(c.flags, [])
    WITH c, a, coalesce(head(COLLECT { MATCH (c)-[:SAID_BY]->(s:Entity) RETURN s }), head(COLLECT { MATCH (c)-[:SPEAKER_AFFILIATION]->(s:Entity) RETURN s })) AS who
    RETURN { claimId: c.id, outlet: a.outlet, side: head(COLLECT {
      MATCH path = (who)-[:AFFILIATED_WITH|PART_OF]->{0,3}(country:Entity) WHERE country.iso3166 IS NOT NULL
      RETURN country.id ORDER BY length(path), country.id LIMIT 1
    }) } AS denial
    ORDER BY a.publishedAt, c.id
  } AS denials`;

/**
 * What an event needs to be contested at all: two reports (TIME, PLACE), or a report and a denial
 * (OCCURRENCE). Lists test it first, so that they weigh only the events that may be.
 */
const MAY_BE_CONTESTED = (ev: string): string => `(COUNT { (${ev})<-[:REPORTS]-(:Article) } > 1
  OR (EXISTS { (${ev})<-[:REPORTS]-(:Article) } AND EXISTS { (${ev})<-[:ABOUT]-(c:Claim) WHERE 'DENIAL' IN coalesce(c.flags, []) }))`;

/** For a batch of events ($keys). */
export const EVENT_STATEMENTS = `
UNWIND $keys AS key
MATCH (ev:Event {id: key})
RETURN key, ev.id AS eventKey, ${STATEMENTS('ev')}`;

/** For a batch of entities ($keys): each of their events (as Entity.events), in time order, undated last. */
export const ENTITY_STATEMENTS = `
UNWIND $keys AS key
MATCH (e:Entity {id: key})
CALL (e) {
  MATCH (e)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev
  UNION
  MATCH (e)<-[:AT]-(ev:Event) RETURN ev
}
WITH key, ev WHERE ${MAY_BE_CONTESTED('ev')}
WITH key, ev ORDER BY key, coalesce(ev.startsAt, '9999'), ev.id
RETURN key, ev.id AS eventKey, ${STATEMENTS('ev')}`;

/**
 * Events that may be contested, by id after $after ('' for the first), at most $limit: the root
 * list weighs them a batch at a time. A range on the id lets the index give them in order, so a
 * batch reads its events, not all of them.
 */
export const CANDIDATE_STATEMENTS = `
MATCH (ev:Event) WHERE ev.id > $after AND ${MAY_BE_CONTESTED('ev')}
WITH ev ORDER BY ev.id LIMIT $limit
RETURN ev.id AS key, ev.id AS eventKey, ${STATEMENTS('ev')}`;

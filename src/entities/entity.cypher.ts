import { CLAIM, ENTITY, EVENT, MENTION } from '../graph/projections.js';

/** A key of an entity merged into another (mergeEntities) resolves to the one it was merged into. */
export const ENTITIES_BY_KEYS = `
UNWIND $keys AS key
OPTIONAL MATCH (direct:Entity {id: key})
OPTIONAL MATCH (:EntityAlias {id: key})-[:ALIAS_OF]->(merged:Entity)
WITH key, coalesce(direct, merged) AS e WHERE e IS NOT NULL
RETURN key, ${ENTITY('e')} AS node`;

export const NAMES_OF = `
UNWIND $keys AS key
MATCH (:Entity {id: key})-[:HAS_NAME]->(n:Name)
RETURN key, n { .form, .language, .script, .kind, .usedFrom, .usedUntil, .usedBy } AS name
ORDER BY key, n.kind, n.language, n.form`;

/** Child lists of an entity for a batch of $requests, each ordered by child id (keyset). */
export const MENTIONS_OF = `
UNWIND $requests AS req
CALL (req) {
  MATCH (:Entity {id: req.parent})<-[:REFERS_TO]-(m:Mention)
  WHERE req.after IS NULL OR m.id > req.after[0]
  RETURN m ORDER BY m.id LIMIT $limit
}
RETURN req.parent AS parent, ${MENTION('m')} AS node`;

export const COUNT_MENTIONS_OF = `
UNWIND $parents AS parent
MATCH (e:Entity {id: parent})
RETURN parent, COUNT { (e)<-[:REFERS_TO]-(:Mention) } AS count`;

export const CLAIMS_BY = `
UNWIND $requests AS req
CALL (req) {
  MATCH (:Entity {id: req.parent})<-[:SAID_BY]-(c:Claim)
  WHERE req.after IS NULL OR c.id > req.after[0]
  RETURN c ORDER BY c.id LIMIT $limit
}
RETURN req.parent AS parent, ${CLAIM('c')} AS node`;

export const COUNT_CLAIMS_BY = `
UNWIND $parents AS parent
MATCH (e:Entity {id: parent})
RETURN parent, COUNT { (e)<-[:SAID_BY]-(:Claim) } AS count`;

export const CLAIMS_ABOUT = `
UNWIND $requests AS req
CALL (req) {
  MATCH (:Entity {id: req.parent})<-[:ABOUT]-(c:Claim)
  WHERE req.after IS NULL OR c.id > req.after[0]
  RETURN c ORDER BY c.id LIMIT $limit
}
RETURN req.parent AS parent, ${CLAIM('c')} AS node`;

export const COUNT_CLAIMS_ABOUT = `
UNWIND $parents AS parent
MATCH (e:Entity {id: parent})
RETURN parent, COUNT { (e)<-[:ABOUT]-(:Claim) } AS count`;

/** Events an entity took part in or that happened at it (a place). */
export const EVENTS_OF = `
UNWIND $requests AS req
CALL (req) {
  MATCH (e:Entity {id: req.parent})
  CALL (e) {
    MATCH (e)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev
    UNION
    MATCH (e)<-[:AT]-(ev:Event) RETURN ev
  }
  WITH ev WHERE req.after IS NULL OR ev.id > req.after[0]
  RETURN ev ORDER BY ev.id LIMIT $limit
}
RETURN req.parent AS parent, ${EVENT('ev')} AS node`;

export const COUNT_EVENTS_OF = `
UNWIND $parents AS parent
MATCH (e:Entity {id: parent})
RETURN parent, COUNT { MATCH (e)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev UNION MATCH (e)<-[:AT]-(ev:Event) RETURN ev } AS count`;

/** Relations in either direction, of the given types (values from RELATION_TYPES). */
export const RELATIONS_OF = `
UNWIND $requests AS req
CALL (req) {
  MATCH (e:Entity {id: req.parent})-[r]-(other:Entity)
  WHERE type(r) IN $types AND (req.after IS NULL OR r.id > req.after[0])
  RETURN r, other, startNode(r) = e AS outgoing ORDER BY r.id LIMIT $limit
}
RETURN req.parent AS parent,
  { id: r.id, type: type(r), role: r.role, articleIds: r.articleIds, otherKey: other.id,
    direction: CASE WHEN outgoing THEN 'OUT' ELSE 'IN' END } AS node`;

export const COUNT_RELATIONS_OF = `
UNWIND $parents AS parent
MATCH (e:Entity {id: parent})
RETURN parent, COUNT { (e)-[r]-(:Entity) WHERE type(r) IN $types } AS count`;

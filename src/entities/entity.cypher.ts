import { childCount, childList } from '../graph/child-cypher.js';
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

/** Child lists of a batch of entities, each in child-id order (keyset). */
const ENTITY_OF_PARENT = 'MATCH (e:Entity {id: parent})';

export const MENTIONS_OF = childList('MATCH (:Entity {id: req.parent})<-[:REFERS_TO]-(child:Mention)', MENTION('child'));
export const COUNT_MENTIONS_OF = childCount(ENTITY_OF_PARENT, 'COUNT { (e)<-[:REFERS_TO]-(:Mention) }');

export const CLAIMS_BY = childList('MATCH (:Entity {id: req.parent})<-[:SAID_BY]-(child:Claim)', CLAIM('child'));
export const COUNT_CLAIMS_BY = childCount(ENTITY_OF_PARENT, 'COUNT { (e)<-[:SAID_BY]-(:Claim) }');

export const CLAIMS_ABOUT = childList('MATCH (:Entity {id: req.parent})<-[:ABOUT]-(child:Claim)', CLAIM('child'));
export const COUNT_CLAIMS_ABOUT = childCount(ENTITY_OF_PARENT, 'COUNT { (e)<-[:ABOUT]-(:Claim) }');

/** Events an entity took part in or that happened at it (a place). */
const EVENTS = `
  MATCH (e:Entity {id: req.parent})
  CALL (e) {
    MATCH (e)-[:PARTICIPATED_IN]->(child:Event) RETURN child
    UNION
    MATCH (e)<-[:AT]-(child:Event) RETURN child
  }`;
export const EVENTS_OF = childList(EVENTS, EVENT('child'));
export const COUNT_EVENTS_OF = childCount(
  ENTITY_OF_PARENT,
  'COUNT { MATCH (e)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev UNION MATCH (e)<-[:AT]-(ev:Event) RETURN ev }',
);

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

/**
 * The writes of a batch of articles (one, for the mutation and the seed loader) or of a gazetteer
 * file, run in one transaction by IngestRepository. Article statements take $articles, one
 * entry per article with only the fields the statement needs, so a batch of hundreds costs the
 * same handful of round trips as one.
 * Dynamic labels and types (`:$(x.label)`) take their values from ENTITY_LABELS and
 * RELATION_TYPES via the validated document, never from free text.
 */

/** Entities with their name forms; names no longer listed are removed. */
export const UPSERT_ENTITIES = `
UNWIND $entities AS x
MERGE (e:Entity {id: x.id})
SET e:$(x.label), e += x.properties
// Whole-number coordinates arrive as integers; keep the property type stable.
SET e.latitude = toFloat(e.latitude), e.longitude = toFloat(e.longitude)
WITH e, x
CALL (e, x) {
  UNWIND x.names AS n
  MERGE (name:Name {id: n.id})
  SET name += n
  MERGE (e)-[:HAS_NAME]->(name)
}
WITH e, x
CALL (e, x) {
  MATCH (e)-[:HAS_NAME]->(old:Name) WHERE NOT old.id IN [n IN x.names | n.id]
  DETACH DELETE old
}`;

/** The first reference to an entity (a place, or where allowed an event) that does not exist. */
export const MISSING_REFERENCE = `
UNWIND $refs AS ref
OPTIONAL MATCH (e:Entity {id: ref.key})
OPTIONAL MATCH (ev:Event {id: ref.key})
WITH ref, e, ev
WHERE (e IS NULL AND (NOT ref.eventAllowed OR ev IS NULL)) OR (ref.placeOnly AND NOT e:Place)
RETURN ref.path AS path, ref.key AS key
LIMIT 1`;

/** The articles themselves; their previous mentions, claims and reports go, so a rerun replaces them. */
export const UPSERT_ARTICLES = `
UNWIND $articles AS x
MERGE (a:Article {id: x.id})
SET a += x.properties,
    a.publishedAt = CASE WHEN x.publishedAt IS NULL THEN null ELSE datetime(x.publishedAt) END
WITH a
CALL (a) { MATCH (a)-[:HAS_MENTION|HAS_CLAIM]->(old) DETACH DELETE old }
CALL (a) { MATCH (a)-[r:REPORTS]->() DELETE r }`;

export const UPSERT_EVENTS = `
UNWIND $articles AS art
MATCH (a:Article {id: art.articleId})
UNWIND art.events AS x
MERGE (ev:Event {id: x.id})
SET ev.type = x.type
// Articles differ in how precisely they date an event: the most telling time wins, whatever the order.
SET ev += CASE WHEN x.time IS NOT NULL AND x.time.timeDetail > coalesce(ev.timeDetail, -1) THEN x.time ELSE {} END
MERGE (a)-[r:REPORTS]->(ev)
SET r.framing = x.framing.text, r.start = x.framing.start, r.end = x.framing.end
WITH ev, x
CALL (ev, x) {
  // Through Entity(id), the indexed key: a Place {id} lookup would scan every place.
  MATCH (p:Entity {id: x.place}) WHERE p:Place
  OPTIONAL MATCH (ev)-[old:AT]->(other) WHERE other <> p
  DELETE old
  MERGE (ev)-[:AT]->(p)
}
CALL (ev, x) {
  UNWIND x.participants AS part
  MATCH (e:Entity {id: part.entity})
  MERGE (e)-[r:PARTICIPATED_IN]->(ev)
  SET r.role = part.role
}`;

export const CREATE_MENTIONS = `
UNWIND $articles AS art
MATCH (a:Article {id: art.articleId})
UNWIND art.mentions AS x
MATCH (e:Entity {id: x.entity})
CREATE (a)-[:HAS_MENTION]->(m:Mention {id: x.id, text: x.text, start: x.start, end: x.end, source: 'HAND'})-[:REFERS_TO]->(e)`;

/** Mentions found by the linker, with its confidence and evidence; unresolved ones keep their candidates. */
export const CREATE_AUTO_MENTIONS = `
UNWIND $articles AS art
MATCH (a:Article {id: art.articleId})
UNWIND art.autoMentions AS x
CREATE (a)-[:HAS_MENTION]->(m:Mention {id: x.id, text: x.text, start: x.start, end: x.end, source: 'AUTO', score: x.score, evidence: x.evidence})
WITH m, x
CALL (m, x) { MATCH (e:Entity {id: x.entity}) CREATE (m)-[:REFERS_TO]->(e) }
CALL (m, x) { UNWIND x.candidates AS c MATCH (e:Entity {id: c.entity}) CREATE (m)-[:CANDIDATE {score: c.score}]->(e) }`;

export const CREATE_CLAIMS = `
UNWIND $articles AS art
MATCH (a:Article {id: art.articleId})
UNWIND art.claims AS x
CREATE (a)-[:HAS_CLAIM]->(c:Claim)
SET c = x.properties
WITH c, x
CALL (c, x) { MATCH (s:Entity {id: x.speaker}) CREATE (c)-[:SAID_BY]->(s) }
CALL (c, x) { MATCH (s:Entity {id: x.affiliation}) CREATE (c)-[:SPEAKER_AFFILIATION]->(s) }
CALL (c, x) { MATCH (s:Entity {id: x.via}) CREATE (c)-[:VIA]->(s) }
CALL (c, x) {
  UNWIND x.about AS key
  OPTIONAL MATCH (e:Entity {id: key})
  OPTIONAL MATCH (ev:Event {id: key})
  WITH c, coalesce(e, ev) AS target WHERE target IS NOT NULL
  CREATE (c)-[:ABOUT]->(target)
}`;

/** Relations remember every article that supports them (articleId is null for the gazetteer's). */
export const UPSERT_RELATIONS = `
UNWIND $articles AS art
UNWIND art.relations AS x
MATCH (from:Entity {id: x.from}), (to:Entity {id: x.to})
MERGE (from)-[r:$(x.type)]->(to)
ON CREATE SET r.id = x.id, r.articleIds = []
SET r.role = coalesce(x.role, r.role),
    r.articleIds = CASE WHEN art.articleId IS NULL OR art.articleId IN r.articleIds THEN r.articleIds
                        ELSE r.articleIds + art.articleId END`;

/**
 * The writes of a batch of articles (one, for the mutation and the seed loader) or of a gazetteer
 * file, run in one transaction by IngestRepository.
 *
 * Every fact records its source (src/graph/sources.ts): an article or a gazetteer file. An
 * article's statements about an event live on its REPORTS relationship (type, time, place,
 * participants); a relation and a name list the sources that state them.
 * What the API shows (an event's type, time, place and participants, a relation's role and
 * articles) is derived from the statements that remain, in DERIVE_* (events: derive-events.cypher.ts); rewriting a source first
 * retracts everything it stated (RETRACT_*), so a fact it no longer states goes.
 *
 * Every key is resolved through merges (entityNow): a document naming an entity merged into
 * another writes to the one it was merged into, and seeding never brings the removed one back.
 * Dynamic labels and types (`:$(x.label)`) take their values from ENTITY_LABELS and
 * RELATION_TYPES via the validated document, never from free text.
 */

import { entityByKey } from '../graph/by-keys.js';
import { changeOf, factsOf, stampAs } from '../graph/changes.js';
import { writeLock } from '../graph/locks.js';
import { ARTICLE_SOURCE, FILE_SOURCE, reviewed } from '../graph/sources.js';

/**
 * Binds `v` to the entity the key expression means now (entityByKey: the entity itself, else the
 * one it was merged into); a row whose key means none is dropped, as by a MATCH.
 */
export const entityNow = (key: string, v: string): string => `WITH *, ${entityByKey(key)} AS ${v} WHERE ${v} IS NOT NULL`;

/**
 * Deletes the nodes `match` binds to `old` and returns, as `claimed`, the events the claims among
 * them were about: an event only those claims spoke of may be left with nothing, so it is
 * derived again with the rest. The claims' stamps come back as `gone` (claim-changes.ts): a claim
 * written again unchanged keeps them.
 */
export const deleteReturningClaimed = (match: string): string => `${match}
  WITH old, [(old)-[:ABOUT]->(ev:Event) | ev.id] AS about,
       CASE WHEN old:Claim THEN {id: old.id, fingerprint: old.fingerprint, ingestedAt: toString(old.ingestedAt), updatedAt: toString(old.updatedAt)} END AS gone
  DETACH DELETE old
  WITH collect(gone) AS gone, collect(about) AS abouts
  RETURN gone, COLLECT { UNWIND abouts AS about UNWIND about AS event RETURN DISTINCT event } AS claimed`;

/**
 * Everything a write must know before it starts, in one round trip: the first document entity or
 * event whose id a node of another kind has (`conflict`), and the first reference to an entity
 * (a place, or where allowed an event) that exists neither in the graph nor among the documents'
 * own (`missing`; IngestRepository leaves out the references the documents satisfy themselves).
 */
export const CHECK_DOCUMENTS = `
RETURN COLLECT {
  UNWIND $identities AS x
  OPTIONAL MATCH (ev:Event {id: x.key})
  WITH x, ${entityByKey('x.key')} AS e, ev
  WHERE (x.kind = 'EVENT' AND e IS NOT NULL) OR (x.kind <> 'EVENT' AND (ev IS NOT NULL OR e.kind <> x.kind))
  RETURN { path: x.path, takenBy: CASE WHEN e IS NULL THEN 'EVENT' ELSE e.kind END } LIMIT 1
}[0] AS conflict,
COLLECT {
  UNWIND $refs AS ref
  OPTIONAL MATCH (ev:Event {id: ref.key})
  WITH ref, ${entityByKey('ref.key')} AS e, ev
  WHERE (e IS NULL AND (NOT ref.eventAllowed OR ev IS NULL)) OR (ref.placeOnly AND NOT e:Place)
  RETURN ref.path LIMIT 1
}[0] AS missing`;

/**
 * What a source about to be rewritten stated before, retracted: its entries leave the relations
 * and names it stated, its mentions and claims go, and so do its reports. Returns what was
 * touched, for DERIVE_* and PRUNE_ENTITIES to recompute once the new statements are written.
 * `record` is bound by the caller to the source's Article or GazetteerFile node.
 */
const retract = (record: string): string => `
${record}
CALL (source, record) {
  UNWIND coalesce(record.statedRelations, []) AS stated
  WITH source, split(stated, '|') AS part
  ${entityNow('part[1]', 'from')}
  ${entityNow('part[2]', 'to')}
  MATCH (from)-[r]->(to) WHERE type(r) = part[0] AND source IN r.sources
  ${writeLock('r')}
  WITH source, r, from, to, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] <> source] AS kept
  SET r.sources = [i IN kept | r.sources[i]], r.roles = [i IN kept | r.roles[i]]
  RETURN collect([type(r), from.id, to.id]) AS relations
}
CALL (source, record) {
  UNWIND coalesce(record.statedEntities, []) AS key
  ${entityNow('key', 'e')}
  MATCH (e)-[:HAS_NAME]->(name:Name) WHERE source IN name.sources
  SET name.sources = [s IN name.sources WHERE s <> source]
  // The linker does not read the speakers the extractor introduced (GazetteerRepository).
  RETURN collect(DISTINCT e.id) AS entities, collect(DISTINCT CASE WHEN e.source = 'AUTO' THEN null ELSE e.id END) AS linked
}
CALL (record) {
  // What a reviewer stated stays (src/ingest/review.cypher.ts).
  ${deleteReturningClaimed(`MATCH (record)-[:HAS_MENTION|HAS_CLAIM]->(old) WHERE NOT ${reviewed('old')}`)}
}
CALL (record) {
  MATCH (record)-[report:REPORTS]->(ev:Event)
  DELETE report
  RETURN collect(ev.id) AS events
}
RETURN relations, entities, linked, events + claimed AS events, gone`;

/**
 * The event another article already reports that an extracted one is, when their ids differ
 * only by the day: the same type at the same anchor (its place, else its first participant),
 * no more days apart than the type's window. An event's day is its own when it is dated, else
 * the first publication of a report of it. Undated events (`day` null) meet only by id.
 */
export const MATCH_EVENTS = `
UNWIND $events AS x
CALL (x) {
  WITH x WHERE x.day IS NOT NULL AND NOT EXISTS { (:Event {id: x.id}) }
  ${entityNow('x.anchor', 'anchor')}
  MATCH (ev:Event {type: x.type})
  WHERE (ev)-[:AT]->(anchor) OR (anchor)-[:PARTICIPATED_IN]->(ev)
  WITH x, ev, coalesce(date(ev.startsAt), COLLECT {
    MATCH (a:Article)-[:REPORTS]->(ev) WHERE a.publishedAt IS NOT NULL
    RETURN date(a.publishedAt) AS day ORDER BY day LIMIT 1
  }[0]) AS day
  WITH ev, abs(duration.inDays(day, date(x.day)).days) AS apart
  WHERE apart <= x.window
  RETURN ev.id AS match, apart ORDER BY apart, match LIMIT 1
}
RETURN x.id AS id, match, apart`;

export const RETRACT_ARTICLES = retract(`UNWIND $articles AS id
MATCH (record:Article {id: id})
WITH '${ARTICLE_SOURCE}' + id AS source, record`);

export const RETRACT_GAZETTEER_FILE = retract(`MATCH (record:GazetteerFile {id: $file})
WITH '${FILE_SOURCE}' + $file AS source, record`);

/**
 * Entities with the names a source gives them. An entity merged away writes to the one it
 * became. An article creates an entity it introduces but never rewrites one that exists (its
 * kind was checked by CHECK_DOCUMENTS); a gazetteer file is the reference for its entities.
 */
export const UPSERT_ENTITIES = `
UNWIND $entities AS x
CALL (x) {
  WITH x WHERE NOT EXISTS { (:EntityAlias {id: x.id}) }
  MERGE (e:Entity {id: x.id})
  ON CREATE SET e:$(x.label), e += x.properties, e.latitude = toFloat(e.latitude), e.longitude = toFloat(e.longitude),
    e.ingestedAt = datetime.transaction(), e.updatedAt = datetime.transaction()
}
${entityNow('x.id', 'e')}
CALL (e, x) {
  WITH e, x WHERE $reference AND e.id = x.id
  WITH e, x, ${factsOf('e')} AS before
  // Whole-number coordinates arrive as integers; keep the property type stable.
  SET e += x.properties, e.latitude = toFloat(e.latitude), e.longitude = toFloat(e.longitude)
  // Only the reference for an entity changes its facts; an article naming it leaves it unlocked and unstamped.
  WITH e, ${changeOf('e', `${factsOf('e')} <> before`)} AS change
  ${stampAs('e', 'change')}
}
CALL (e, x) {
  UNWIND x.names AS n
  MERGE (name:Name {id: n.id})
  SET name += n, name.sources = [s IN coalesce(name.sources, []) WHERE s <> x.source] + x.source
  // Its names are among an entity's facts: one new to it stamps it (rare, so popular entities stay unlocked).
  MERGE (e)-[:HAS_NAME]->(name)
  ON CREATE SET e.ingestedAt = coalesce(e.ingestedAt, datetime.transaction()), e.updatedAt = datetime.transaction()
}
WITH DISTINCT e
WITH e.id AS id, CASE datetime.transaction() WHEN e.ingestedAt THEN 'ADDED' WHEN e.updatedAt THEN 'UPDATED' END AS change
WHERE change IS NOT NULL
RETURN id, change`;

/**
 * An article's reports of events (`a`, with its prepared `x.events`), and the events only its
 * quotes speak of (a denial among them), with the type the quotes give until some article
 * reports them: its claims are about them.
 */
export const WRITE_REPORTS = `
CALL (a, x) {
  UNWIND x.events AS event
  MERGE (ev:Event {id: event.id})
  CREATE (a)-[r:REPORTS]->(ev)
  SET r = event.statement
}
CALL (x) {
  UNWIND x.claimedEvents AS event
  MERGE (ev:Event {id: event.id})
  ON CREATE SET ev.type = event.type
}`;

/**
 * The articles themselves, with what they state outside their own nodes (for the next RETRACT),
 * and their reports: each carries everything the article states about its event.
 */
export const UPSERT_ARTICLES = `
UNWIND $articles AS x
MERGE (a:Article {id: x.id})
// Its three fingerprints cover everything it states (articlePrint): the same document again changes nothing.
WITH a, x, ${changeOf('a', "NOT coalesce([a.fingerprint, a.linkHash, coalesce(a.extractionHash, '')] = [x.fingerprint, x.linkHash, coalesce(x.properties.extractionHash, '')], false)")} AS change
SET a += x.properties,
    a.fingerprint = x.fingerprint,
    a.linkHash = x.linkHash,
    a.publishedAt = CASE WHEN x.publishedAt IS NULL THEN null ELSE datetime(x.publishedAt) END
${stampAs('a', 'change')}
WITH a, x, change
${WRITE_REPORTS}
RETURN x.id AS id, change`;

/** A gazetteer file's record of what it states, for the next RETRACT of it. */
export const UPSERT_GAZETTEER_FILE = `
MERGE (f:GazetteerFile {id: $file})
SET f.statedEntities = $statedEntities, f.statedRelations = $statedRelations`;

/** An article's own nodes: its mentions (with their candidates when unresolved) and claims. */
export const CREATE_CONTENT = `
UNWIND $articles AS art
MATCH (a:Article {id: art.articleId})
CALL (a, art) {
  UNWIND art.mentions AS x
  ${entityNow('x.entity', 'e')}
  CREATE (a)-[:HAS_MENTION]->(m:Mention {id: x.id, field: 'TEXT', text: x.text, start: x.start, end: x.end, source: 'HAND'})-[:REFERS_TO]->(e)
}
CALL (a, art) {
  // Found by the linker, with its confidence and evidence.
  UNWIND art.autoMentions AS x
  CREATE (a)-[:HAS_MENTION]->(m:Mention {id: x.id, field: x.field, text: x.text, start: x.start, end: x.end, source: 'AUTO', score: x.score, evidence: x.evidence})
  WITH m, x
  CALL (m, x) { ${entityNow('x.entity', 'e')} CREATE (m)-[:REFERS_TO]->(e) }
  CALL (m, x) { UNWIND x.candidates AS c ${entityNow('c.entity', 'e')} CREATE (m)-[:CANDIDATE {score: c.score}]->(e) }
}
CALL (a, art) {
  UNWIND art.claims AS x
  CREATE (a)-[:HAS_CLAIM]->(c:Claim)
  SET c = x.properties
  // The stamps of the claim it replaces (claim-changes.ts), kept when it is the same claim.
  WITH c, x, $prior[x.properties.id] AS prior
  SET c.ingestedAt = coalesce(datetime(prior.ingestedAt), datetime.transaction()),
      c.updatedAt = CASE WHEN prior.fingerprint = c.fingerprint THEN datetime(prior.updatedAt) ELSE datetime.transaction() END
  WITH c, x
  CALL (c, x) { ${entityNow('x.speaker', 's')} CREATE (c)-[:SAID_BY]->(s) }
  CALL (c, x) { ${entityNow('x.affiliation', 's')} CREATE (c)-[:SPEAKER_AFFILIATION]->(s) }
  CALL (c, x) { ${entityNow('x.via', 's')} CREATE (c)-[:VIA]->(s) }
  CALL (c, x) {
    UNWIND x.about AS key
    ${entityNow('key', 'e')}
    CREATE (c)-[:ABOUT]->(e)
  }
  CALL (c, x) {
    UNWIND x.about AS key
    MATCH (ev:Event {id: key})
    CREATE (c)-[:ABOUT]->(ev)
  }
  // An event the article reports (seed rules, prepare-extraction.ts), so its report is written.
  CALL (c, x) {
    MATCH (ev:Event {id: x.at})
    CREATE (c)-[:MADE_AT]->(ev)
  }
}`;

/** Each source's statement of a relation is one entry of its parallel lists `sources` and `roles`. */
export const STATE_RELATIONS = `
UNWIND $relations AS x
${entityNow('x.from', 'from')}
${entityNow('x.to', 'to')}
MERGE (from)-[r:$(x.type)]->(to)
ON CREATE SET r.id = x.id, r.sources = [], r.roles = []
SET r.sources = coalesce(r.sources, []) + x.source, r.roles = coalesce(r.roles, []) + coalesce(x.role, '')
RETURN [type(r), from.id, to.id] AS relation`;

/**
 * A relation's role is the one most of its sources state (the first stated on a tie) and its
 * articles are the articles among them; a relation no source states any more goes.
 */
export const DERIVE_RELATIONS = `
UNWIND $relations AS rel
MATCH (:Entity {id: rel[1]})-[r]->(:Entity {id: rel[2]}) WHERE type(r) = rel[0]
WITH r, size(r.sources) = 0 AS unstated
CALL (r, unstated) { WITH r WHERE unstated DELETE r }
WITH r WHERE NOT unstated
SET r.articleIds = COLLECT {
      UNWIND r.sources AS s
      WITH DISTINCT s WHERE s STARTS WITH '${ARTICLE_SOURCE}'
      RETURN substring(s, ${ARTICLE_SOURCE.length})
    },
    r.role = COLLECT {
      UNWIND range(0, size(r.roles) - 1) AS i
      WITH r.roles[i] AS role, count(*) AS n, min(i) AS first WHERE role <> ''
      RETURN role ORDER BY n DESC, first
    }[0]`;

/**
 * Names no source gives any more go, and so does an entity left with nothing: no source states
 * it and nothing refers to it (an article's own entity, once the article no longer names it).
 * An entity that lost a name but stays is stamped; the others are not written (nor locked).
 */
export const PRUNE_ENTITIES = `
UNWIND $entities AS key
MATCH (e:Entity {id: key})
CALL (e) {
  MATCH (e)-[:HAS_NAME]->(name:Name) WHERE size(name.sources) = 0
  DETACH DELETE name
  RETURN count(name) AS dropped
}
WITH e, CASE WHEN dropped > 0 THEN ${changeOf('e', 'true')} END AS renamed
CALL (e, renamed) {
  WITH e WHERE renamed IS NOT NULL
  ${stampAs('e', 'renamed')}
}
WITH e, e.id AS id, renamed, EXISTS { (e)--() } AS stated
CALL (e, stated) {
  WITH e WHERE NOT stated
  DELETE e
}
WITH id, CASE WHEN stated THEN renamed ELSE 'RETRACTED' END AS change
WHERE change IS NOT NULL
RETURN id, change`;

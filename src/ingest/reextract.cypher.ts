/**
 * Re-extraction (relink.service.ts with `extract`): what the extractor wrote for an article is
 * replaced, and nothing a person annotated. Its AUTO claims and AUTO reports go, and the names
 * the entities it introduced (new speakers) had from this article; the new ones are written by
 * UPSERT_ENTITIES, WRITE_EXTRACTION and CREATE_CONTENT as at ingest.
 */
import { ARTICLE_SOURCE } from '../graph/sources.js';
import { deleteReturningClaimed, entityNow, WRITE_REPORTS } from './ingest.cypher.js';

/** Returns the events and entities touched, to be derived again, and the claims deleted (`gone`, claim-changes.ts). */
export const RETRACT_EXTRACTION = `
UNWIND $articles AS id
MATCH (a:Article {id: id})
WITH a, '${ARTICLE_SOURCE}' + a.id AS source
CALL (a) {
  ${deleteReturningClaimed("MATCH (a)-[:HAS_CLAIM]->(old:Claim {source: 'AUTO'})")}
}
CALL (a) {
  MATCH (a)-[r:REPORTS {source: 'AUTO'}]->(ev:Event)
  DELETE r
  RETURN collect(ev.id) AS reported
}
CALL (a, source) {
  UNWIND coalesce(a.extractedEntities, []) AS key
  ${entityNow('key', 'e')}
  MATCH (e)-[:HAS_NAME]->(name:Name) WHERE source IN name.sources
  SET name.sources = [s IN name.sources WHERE s <> source]
  RETURN collect(DISTINCT e.id) AS entities
}
RETURN reported + claimed AS events, entities, gone`;

/** The article's new extraction: the entities it states now, its hash, and its reports. */
export const WRITE_EXTRACTION = `
UNWIND $articles AS x
MATCH (a:Article {id: x.id})
SET a.statedEntities = [k IN coalesce(a.statedEntities, []) WHERE NOT k IN coalesce(a.extractedEntities, [])] + x.extractedEntities,
    a.extractedEntities = x.extractedEntities,
    a.extractionHash = x.extractionHash
WITH a, x
${WRITE_REPORTS}`;

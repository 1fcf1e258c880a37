import { writeLock } from '../graph/locks.js';
import { projectionOf } from '../graph/projections.js';
import { reviewed } from '../graph/sources.js';
import { entityNow } from '../ingest/ingest.cypher.js';
import { reviewsOver } from '../ingest/review.cypher.js';

/**
 * The claim under review, its article locked first (as for mentions: mention-review.cypher.ts),
 * with the article's text under the corrected `$segments` and the segments the claim replaced:
 * its own, or for a claim a reviewer wrote, those of the claim it replaced.
 */
export const LOCK_CLAIM = `
MATCH (a:Article)-[:HAS_CLAIM]->(c:Claim {id: $claim})
${writeLock('a')}
RETURN a.id AS articleId, size(a.text) AS length, [s IN $segments | substring(a.text, s.start, s.end - s.start)] AS texts,
  ${projectionOf('Claim', 'c', null)} AS claim, ${reviewed('c')} AS reviewed,
  [i IN range(0, size(coalesce(c.replacedStarts, c.segmentStarts)) - 1) |
    {start: coalesce(c.replacedStarts, c.segmentStarts)[i], end: coalesce(c.replacedEnds, c.segmentEnds)[i]}] AS replaced`;

/** A claim a reviewer wrote goes, to be written again as corrected now; returns the events it was about. */
export const REMOVE_REVIEWED_CLAIM = `
MATCH (c:Claim {id: $claim})
WITH c, [(c)-[:ABOUT]->(ev:Event) | ev.id] AS about
DETACH DELETE c
RETURN about`;

/** A claim written where a reviewer said there was none replaces that word: the rejections it overlaps go. */
export const REPLACE_CLAIM_REJECTIONS = `
MATCH (a:Article {id: $article})
CALL (a) {
  ${reviewsOver('a', "r.of = 'Claim'")}
  DETACH DELETE r
}`;

/**
 * The claim as corrected, a reviewer's HAND claim (correctedClaim in claim-correction.ts gives the
 * parameters), stamped as changed now; corrected again, it keeps when it was first written (`$ingestedAt`).
 */
export const WRITE_CORRECTED_CLAIM = `
MATCH (a:Article {id: $article})
CREATE (a)-[:HAS_CLAIM]->(c:Claim), (a)-[:HAS_REVIEW]->(c)
SET c = $properties, c.reviewedAt = datetime(), c.updatedAt = datetime.transaction(),
  c.ingestedAt = CASE WHEN $ingestedAt IS NULL THEN datetime.transaction() ELSE datetime({epochMillis: $ingestedAt}) END
WITH c
CALL (c) { ${entityNow('$speaker', 's')} CREATE (c)-[:SAID_BY]->(s) }
CALL (c) { ${entityNow('$affiliation', 's')} CREATE (c)-[:SPEAKER_AFFILIATION]->(s) }
CALL (c) { ${entityNow('$via', 's')} CREATE (c)-[:VIA]->(s) }
CALL (c) { UNWIND $aboutEntities AS key ${entityNow('key', 'e')} CREATE (c)-[:ABOUT]->(e) }
CALL (c) { UNWIND $aboutEvents AS key MATCH (ev:Event {id: key}) CREATE (c)-[:ABOUT]->(ev) }`;

/** The span holds no claim: none is extracted or kept there again (`$rejection`: its segments, those it replaced, the note). */
export const REJECT_CLAIM = `
MATCH (a:Article {id: $article})
CREATE (a)-[:HAS_REVIEW]->(r:Rejection)
SET r = $rejection, r.reviewedAt = datetime()`;

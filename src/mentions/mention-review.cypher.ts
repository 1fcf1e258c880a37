import { writeLock } from '../graph/locks.js';
import { reviewsOver } from '../ingest/review.cypher.js';

/**
 * The mention under review and its article, locked first: an ingest or relink of the article
 * committed before the review read it, or waits until the review commits.
 */
export const LOCK_MENTION = `
MATCH (a:Article)-[:HAS_MENTION]->(m:Mention {id: $mention})
${writeLock('a')}
RETURN a.id AS articleId,
  m { .start, .end, .text, field: coalesce(m.field, 'TEXT'), entity: [(m)-[:REFERS_TO]->(e:Entity) | e.id][0] } AS span`;

/** A later word on a span replaces the earlier: the mention reviews it overlaps go. Returns the mentions among them. */
export const REPLACE_MENTION_REVIEWS = `
MATCH (a:Article {id: $article})
CALL (a) {
  ${reviewsOver('a', "r:Mention OR r.of = 'Mention'")}
  WITH r, CASE WHEN r:Mention THEN r.id END AS mention
  DETACH DELETE r
  RETURN collect(mention) AS removed
}
RETURN removed`;

/** The span refers to the entity, as a reviewer's HAND mention (its properties: `$mention`). */
export const RESOLVE_MENTION = `
MATCH (a:Article {id: $article}), (e:Entity {id: $entity})
CREATE (a)-[:HAS_MENTION]->(m:Mention)-[:REFERS_TO]->(e), (a)-[:HAS_REVIEW]->(m)
SET m = $mention, m.reviewedAt = datetime()`;

/** The span is no mention: nothing is to be linked over it again (`$rejection`: its span and note). */
export const REJECT_MENTION = `
MATCH (a:Article {id: $article})
CREATE (a)-[:HAS_REVIEW]->(r:Rejection)
SET r = $rejection, r.reviewedAt = datetime()`;

/**
 * Relinking stored articles (src/ingest/relink.service.ts): their AUTO mentions are replaced by
 * what the linker finds now, written by CREATE_CONTENT as at ingest. Nothing else an article
 * states is touched: its HAND mentions, claims, reports and relations stay as they are (and so
 * do its AUTO claims and reports, unless it is re-extracted: reextract.cypher.ts).
 */
import { changeOf, stampAs } from '../graph/changes.js';
import { writeLock } from '../graph/locks.js';
import { reviewed } from '../graph/sources.js';
import { reviewedSpans } from './review.cypher.js';

/**
 * A batch's articles, each locked before it is read: an ingest rewriting one of them has
 * committed before, or waits until the relink commits (then it retracts the new mentions with
 * the rest). Locks in id order, as every batch is. Returns what relinking needs: the text, the
 * outlet and language, the hand mentions of the text and the spans reviewers settled (hand
 * annotations win), and the auto mentions as stored, to tell what changed; and for
 * re-extraction the date, whether claims and events are annotated by hand, and the hash of the
 * extraction stored.
 */
const lockAndRead = (select: string): string => `
${select}
${writeLock('a')}
RETURN a.id AS id, a.title AS title, a.text AS text, a.outlet AS outlet, a.language AS language,
  toString(a.publishedAt) AS publishedAt, a.extractionHash AS extractionHash,
  [(a)-[:HAS_MENTION]->(m:Mention {source: 'HAND'}) WHERE coalesce(m.field, 'TEXT') = 'TEXT' |
    m {.start, .end, .text, entity: head([(m)-[:REFERS_TO]->(e:Entity) | e.id])}] AS hand,
  [s IN ${reviewedSpans('a', 'Mention')} | s {.field, .start, .end}] AS reviewed,
  // A claim a reviewer corrected does not make the article's claims annotated by hand.
  EXISTS { (a)-[:HAS_CLAIM]->(c:Claim) WHERE coalesce(c.source, 'HAND') = 'HAND' AND NOT ${reviewed('c')} } AS handClaims,
  EXISTS { (a)-[r:REPORTS]->(:Event) WHERE coalesce(r.source, 'HAND') = 'HAND' } AS handEvents,
  [(a)-[:HAS_MENTION]->(m:Mention {source: 'AUTO'}) | m {.start, .end, .text, .score, .evidence, field: coalesce(m.field, 'TEXT'),
    entity: head([(m)-[:REFERS_TO]->(e:Entity) | e.id]),
    candidates: [(m)-[c:CANDIDATE]->(e:Entity) | {entity: e.id, score: c.score}]}] AS auto
ORDER BY id`;

/** The articles of `$ids` that exist. */
export const LOCK_ARTICLES = lockAndRead(`
UNWIND $ids AS id
MATCH (a:Article {id: id})
WITH DISTINCT a ORDER BY a.id`);

/** The next `$limit` articles after `$after` ('' for the first), in id order (the id index's order). */
export const LOCK_NEXT_ARTICLES = lockAndRead(`
MATCH (a:Article) WHERE a.id > $after
WITH a ORDER BY a.id LIMIT $limit`);

/** The articles' AUTO mentions go; returns the entities they referred to or named as candidates, to prune. */
export const RETRACT_AUTO_MENTIONS = `
UNWIND $articles AS id
MATCH (:Article {id: id})-[:HAS_MENTION]->(m:Mention {source: 'AUTO'})
WITH m, [(m)-[:REFERS_TO|CANDIDATE]->(e:Entity) | e.id] AS entities
DETACH DELETE m
WITH entities UNWIND entities AS key
RETURN collect(DISTINCT key) AS entities`;

/**
 * The articles relinking rewrote: only those whose mentions or extraction came out otherwise, so
 * each one's statements changed. Stamped, and their link hash refreshed (articlePrint), so the
 * next ingest of the same document finds them unchanged.
 */
export const STAMP_ARTICLES = `
UNWIND $articles AS x
MATCH (a:Article {id: x.id})
WITH a, x, ${changeOf('a', 'true')} AS change
SET a.linkHash = x.linkHash
${stampAs('a', 'change')}
RETURN a.id AS id, change`;

export const COUNT_ARTICLES = `RETURN COUNT { (:Article) } AS n`;

/** The ids among `$ids` that name no article. */
export const MISSING_ARTICLES = `
UNWIND $ids AS id
WITH id WHERE NOT EXISTS { (:Article {id: id}) }
RETURN collect(id) AS missing`;

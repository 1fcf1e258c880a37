/**
 * The review desk's annotations (resolveMention, rejectMention, correctClaim) as the writes of
 * articles keep them. A reviewer's statement about an article hangs off it by HAS_REVIEW and
 * carries `reviewedAt`: a HAND Mention or Claim (also reached by HAS_MENTION, HAS_CLAIM) or a
 * Rejection (a span that is no mention, or no claim). Re-ingesting an article retracts what its
 * document stated and leaves these (RETRACT in ingest.cypher.ts); relinking and re-extracting
 * replace AUTO statements only. After each write, APPLY_REVIEWS lets them win over what the
 * document, the linker and the extractor state under their spans.
 */
import { ARTICLE_SOURCE, reviewed } from '../graph/sources.js';
import { entityNow } from './ingest.cypher.js';

/** The spans a review `r` stands on, each `{field, start, end, text}`: a mention's one, a claim's or rejection's segments. */
const spansOf = (
  r: string,
): string => `CASE WHEN ${r}:Mention THEN [{field: coalesce(${r}.field, 'TEXT'), start: ${r}.start, end: ${r}.end, text: ${r}.text}]
  ELSE [i IN range(0, size(${r}.segmentStarts) - 1) |
    {field: coalesce(${r}.field, 'TEXT'), start: ${r}.segmentStarts[i], end: ${r}.segmentEnds[i], text: ${r}.segmentTexts[i]}] END`;

/** Where a review of a claim also suppresses: the segments of the claims it replaced, which the extractor may find again. */
const replacedOf = (r: string): string =>
  `[i IN range(0, size(coalesce(${r}.replacedStarts, [])) - 1) | {field: 'TEXT', start: ${r}.replacedStarts[i], end: ${r}.replacedEnds[i]}]`;

/** The spans of article `a` that reviews of `kind` ('Mention' or 'Claim') settle, as one list. */
export const reviewedSpans = (a: string, kind: 'Mention' | 'Claim'): string =>
  `reduce(spans = [], r IN [(${a})-[:HAS_REVIEW]->(r) WHERE r:${kind} OR r.of = '${kind}' | r] | spans + ${spansOf('r')}${
    kind === 'Claim' ? ` + ${replacedOf('r')}` : ''
  })`;

/** Whether span `s` overlaps the span from `start` to `end` (Cypher expressions). */
const overlaps = (s: string, start: string, end: string): string => `${s}.start < ${end} AND ${start} < ${s}.end`;

/**
 * Binds `r` to the reviews of article `a` that `where` admits and that stand on a span
 * overlapping one of `$spans` (each `{field, start, end}`): those a new review replaces.
 */
export const reviewsOver = (a: string, where: string): string => `MATCH (${a})-[:HAS_REVIEW]->(r)
WHERE (${where}) AND any(s IN ${spansOf('r')} WHERE any(x IN $spans WHERE x.field = s.field AND ${overlaps('s', 'x.start', 'x.end')}))`;

/**
 * The reviews of `$articles` applied, in one statement: a review whose span no longer reads as
 * it did (the article's text changed) goes; every other mention overlapping a reviewed mention
 * span, and every other claim overlapping a reviewed claim span, goes; a speaker the extractor
 * introduced that no claim of the article names any more loses the article's names. Returns the
 * ids of the mentions and claims removed, and the events and entities touched, to be derived again.
 */
export const APPLY_REVIEWS = `
UNWIND $articles AS id
MATCH (a:Article {id: id}) WHERE EXISTS { (a)-[:HAS_REVIEW]->() }
CALL (a) {
  MATCH (a)-[:HAS_REVIEW]->(r)
  WHERE NOT all(s IN ${spansOf('r')} WHERE s.end <= size(CASE s.field WHEN 'TITLE' THEN a.title ELSE a.text END)
    AND substring(CASE s.field WHEN 'TITLE' THEN a.title ELSE a.text END, s.start, s.end - s.start) = s.text)
  WITH r, CASE WHEN r:Mention THEN r.id END AS mention, CASE WHEN r:Claim THEN r.id END AS claim,
    [(r)-[:ABOUT]->(ev:Event) | ev.id] AS about
  DETACH DELETE r
  RETURN collect(mention) AS staleMentions, collect(claim) AS staleClaims, reduce(x = [], ids IN collect(about) | x + ids) AS staleAbout
}
CALL (a) {
  WITH a, ${reviewedSpans('a', 'Mention')} AS spans
  MATCH (a)-[:HAS_MENTION]->(m:Mention)
  WHERE NOT ${reviewed('m')} AND any(s IN spans WHERE s.field = coalesce(m.field, 'TEXT') AND ${overlaps('s', 'm.start', 'm.end')})
  WITH m, m.id AS removed
  DETACH DELETE m
  RETURN collect(removed) AS mentions
}
CALL (a) {
  WITH a, ${reviewedSpans('a', 'Claim')} AS spans
  MATCH (a)-[:HAS_CLAIM]->(c:Claim)
  WHERE NOT ${reviewed('c')}
    AND any(i IN range(0, size(c.segmentStarts) - 1) WHERE any(s IN spans WHERE ${overlaps('s', 'c.segmentStarts[i]', 'c.segmentEnds[i]')}))
  WITH c, c.id AS removed, [(c)-[:ABOUT]->(ev:Event) | ev.id] AS about
  DETACH DELETE c
  RETURN collect(removed) AS claims, reduce(x = [], ids IN collect(about) | x + ids) AS about
}
CALL (a) {
  WITH a, '${ARTICLE_SOURCE}' + a.id AS source
  UNWIND coalesce(a.extractedEntities, []) AS key
  ${entityNow('key', 'e')}
  WITH a, source, e WHERE NOT EXISTS { (a)-[:HAS_CLAIM]->(:Claim)-[:SAID_BY]->(e) }
  MATCH (e)-[:HAS_NAME]->(name:Name) WHERE source IN name.sources
  SET name.sources = [s IN name.sources WHERE s <> source]
  RETURN collect(DISTINCT e.id) AS entities
}
RETURN staleMentions + mentions AS mentions, staleClaims + claims AS claims, staleAbout + about AS events, entities`;

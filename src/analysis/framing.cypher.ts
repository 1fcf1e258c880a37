/**
 * Which outlets call an event what. A report's words are every framing its article uses for the
 * event (`framingTexts`; a hand report has its one framing there), lowercased so "Capture" in a
 * title and "capture" in the body are one word; a report that gives none counts for no word.
 */
const byOutletAndWord = (keyed: string): string => `
${keyed}
MATCH (ev)<-[r:REPORTS]-(a:Article)
WHERE ($from IS NULL OR a.publishedAt >= datetime($from))
  AND ($to IS NULL OR a.publishedAt < datetime($to) + duration('P1D'))
UNWIND coalesce(r.framingTexts, []) AS written
WITH DISTINCT key, ev, a, toLower(written) AS word
WITH key, coalesce(a.outlet, 'unknown') AS outlet, word, count(*) AS reports, count(DISTINCT ev) AS events,
     min(a.publishedAt) AS firstSeen, max(a.publishedAt) AS lastSeen
RETURN key, outlet, word, reports, events, firstSeen, lastSeen
ORDER BY key, reports DESC, firstSeen, outlet, word`;

/** For a batch of events ($keys); $from and $to are null. */
export const EVENT_FRAMINGS = byOutletAndWord('UNWIND $keys AS key MATCH (ev:Event {id: key})');

/**
 * Across a batch of entities' events (those they took part in or that happened there, as
 * Entity.events), of the types in $types (null: all), reported from $from to $to (ISO days, null:
 * open).
 */
export const ENTITY_FRAMINGS = byOutletAndWord(`UNWIND $keys AS key
MATCH (e:Entity {id: key})
CALL (e) {
  MATCH (e)-[:PARTICIPATED_IN]->(ev:Event) RETURN ev
  UNION
  MATCH (e)<-[:AT]-(ev:Event) RETURN ev
}
WITH key, ev WHERE $types IS NULL OR ev.type IN $types`);

import { entityByKey } from '../graph/by-keys.js';
import type { ListColumns } from '../graph/prefetch.cypher.js';

/**
 * The filter's place and participant, each resolved once: a merged key means the kept entity; a
 * participant without the label its id names binds null (a place must be a Place: EVENT_STARTS).
 */
const PLACE_AND_PARTICIPANT = `WITH ${entityByKey('$place')} AS place, ${entityByKey('$participant')} AS participant
WITH place, CASE WHEN $participantLabel IN labels(participant) THEN participant END AS participant`;

/**
 * Where a filtered list starts: from the place or participant when the filter names one, so the
 * events of one place do not cost a test of every event in the graph. A key that names nothing
 * binds null, and a pattern through null matches nothing.
 */
export const EVENT_STARTS = {
  place: 'MATCH (place)<-[:AT]-(ev:Event) WHERE place:Place',
  participant: 'MATCH (participant)-[:PARTICIPATED_IN]->(ev:Event)',
  all: 'MATCH (ev:Event)',
} as const;

/**
 * Every filter is optional. startsAt is an ISO date (YYYY-MM-DD), so the time range compares
 * strings; events whose year is unknown never match a range but do match a calendar day.
 */
const filtered = (start: string): string => `
${PLACE_AND_PARTICIPANT}
${start}
WITH ev, place, participant WHERE ($type IS NULL OR ev.type = $type)
  AND ($from IS NULL OR ev.startsAt >= $from)
  AND ($to IS NULL OR ev.startsAt <= $to)
  AND ($month IS NULL OR (ev.month = $month AND ev.day = $day))
  AND ($place IS NULL OR (place:Place AND EXISTS { (ev)-[:AT]->(place) }))
  AND ($participant IS NULL OR EXISTS { (participant)-[:PARTICIPATED_IN]->(ev) })`;

/** Ordered by time (undated last), then id; `columns` as for listClaims. */
export const listEvents = (start: string, columns: ListColumns): string => `${filtered(start)}
WITH ev, coalesce(ev.startsAt, '9999') AS t
WHERE $after IS NULL OR t > $after[0] OR (t = $after[0] AND ev.id > $after[1])
WITH ev AS root, t ORDER BY t, root.id LIMIT $limit
RETURN ${columns.node} AS node, [t, root.id] AS sortKey${columns.readAhead}
ORDER BY t, root.id`;

export const countEvents = (start: string): string => `${filtered(start)}
RETURN count(ev) AS count`;

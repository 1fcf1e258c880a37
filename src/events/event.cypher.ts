import { EVENT } from '../graph/projections.js';

export const EVENTS_BY_KEYS = `
UNWIND $keys AS key
MATCH (ev:Event {id: key})
RETURN key, ${EVENT('ev')} AS node`;

/**
 * Every filter is optional. startsAt is an ISO date (YYYY-MM-DD), so the time range compares
 * strings; events whose year is unknown never match a range but do match a calendar day.
 */
const FILTERED = `
MATCH (ev:Event)
WHERE ($type IS NULL OR ev.type = $type)
  AND ($from IS NULL OR ev.startsAt >= $from)
  AND ($to IS NULL OR ev.startsAt <= $to)
  AND ($month IS NULL OR (ev.month = $month AND ev.day = $day))
  AND ($place IS NULL OR EXISTS { (ev)-[:AT]->(:Place {id: $place}) })
  AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(ev) })`;

/** Ordered by time (undated last), then id. */
export const LIST_EVENTS = `${FILTERED}
WITH ev, coalesce(ev.startsAt, '9999') AS t
WHERE $after IS NULL OR t > $after[0] OR (t = $after[0] AND ev.id > $after[1])
RETURN ${EVENT('ev')} AS node, [t, ev.id] AS sortKey
ORDER BY t, ev.id
LIMIT $limit`;

export const COUNT_EVENTS = `${FILTERED}
RETURN count(ev) AS count`;

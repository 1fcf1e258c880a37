import { childRows } from '../graph/child-cypher.js';
import { EDGES } from '../graph/edges.js';
import { EVENT } from '../graph/projections.js';

export const PARTICIPANTS_OF = childRows('Event', EDGES['Event.participants']);
export const REPORTS_OF = childRows('Event', EDGES['Event.reports']);

export const EVENTS_BY_KEYS = `
UNWIND $keys AS key
MATCH (ev:Event {id: key})
RETURN key, ${EVENT('ev')} AS node`;

/**
 * Where a filtered list starts: from the place or participant when the filter names one, so the
 * events of one place do not cost a test of every event in the graph.
 */
export const EVENT_STARTS = {
  // Through Entity(id), the indexed key: a Place {id} lookup would scan every place.
  place: 'MATCH (p:Entity {id: $place})<-[:AT]-(ev:Event) WHERE p:Place',
  participant: 'MATCH (:Entity {id: $participant})-[:PARTICIPATED_IN]->(ev:Event)',
  all: 'MATCH (ev:Event)',
} as const;

/**
 * Every filter is optional. startsAt is an ISO date (YYYY-MM-DD), so the time range compares
 * strings; events whose year is unknown never match a range but do match a calendar day.
 */
const filtered = (start: string): string => `
${start}
WITH ev WHERE ($type IS NULL OR ev.type = $type)
  AND ($from IS NULL OR ev.startsAt >= $from)
  AND ($to IS NULL OR ev.startsAt <= $to)
  AND ($month IS NULL OR (ev.month = $month AND ev.day = $day))
  AND ($place IS NULL OR EXISTS { (ev)-[:AT]->(:Place {id: $place}) })
  AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:PARTICIPATED_IN]->(ev) })`;

/** Ordered by time (undated last), then id; `readAhead` as for listClaims. */
export const listEvents = (start: string, readAhead: string): string => `${filtered(start)}
WITH ev, coalesce(ev.startsAt, '9999') AS t
WHERE $after IS NULL OR t > $after[0] OR (t = $after[0] AND ev.id > $after[1])
WITH ev AS root, t ORDER BY t, root.id LIMIT $limit
RETURN ${EVENT('root')} AS node, [t, root.id] AS sortKey${readAhead}
ORDER BY t, root.id`;

export const countEvents = (start: string): string => `${filtered(start)}
RETURN count(ev) AS count`;

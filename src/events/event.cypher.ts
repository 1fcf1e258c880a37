import { entityByKey } from '../graph/by-keys.js';
import type { ListColumns } from '../graph/prefetch.cypher.js';

/** The statement parameters of a filter, each null when not asked for. */
export interface EventParams {
  type: string | null;
  place: string | null;
  participant: string | null;
  participantLabel: string | null;
  from: string | null;
  to: string | null;
  month: number | null;
  day: number | null;
}

/**
 * Where a filtered list starts: from the place or participant when the filter names one, so the
 * events of one place do not cost a test of every event in the graph. Each is resolved once: a
 * merged key means the kept entity; a key that names nothing binds null, and a pattern through
 * null matches nothing. A place must be a Place; a participant without the label its id names
 * binds null.
 */
const STARTS = {
  place: `WITH ${entityByKey('$place')} AS place
MATCH (place)<-[:AT]-(ev:Event) WHERE place:Place`,
  participant: `WITH ${entityByKey('$participant')} AS participant
WITH CASE WHEN $participantLabel IN labels(participant) THEN participant END AS participant
MATCH (participant)-[:PARTICIPATED_IN]->(ev:Event)`,
  all: 'MATCH (ev:Event)',
} as const;

/**
 * Each filter's condition on event `ev` (a place's is its start): startsAt is an ISO date
 * (YYYY-MM-DD), so the time range compares strings; events whose year is unknown never match a
 * range but do match a calendar day.
 */
const CONDITIONS = {
  type: 'ev.type = $type',
  from: 'ev.startsAt >= $from',
  to: 'ev.startsAt <= $to',
  month: 'ev.month = $month AND ev.day = $day',
  participant: 'EXISTS { (participant)-[:PARTICIPATED_IN]->(ev) }',
} as const;

/** The events the filter lets through, bound to `ev`: a statement holding only the given filters' text. */
function filtered(params: EventParams): string {
  const start = params.place ? 'place' : params.participant ? 'participant' : 'all';
  const lines: string[] = [STARTS[start]];
  // A participant besides a place: resolved after the start, as the start resolves its own.
  if (start === 'place' && params.participant) {
    lines.push(`WITH ev, ${entityByKey('$participant')} AS participant`);
    lines.push('WITH ev, CASE WHEN $participantLabel IN labels(participant) THEN participant END AS participant');
  }
  const where = (Object.keys(CONDITIONS) as (keyof typeof CONDITIONS)[])
    .filter((name) => params[name] !== null && name !== start)
    .map((name) => CONDITIONS[name]);
  if (where.length) lines.push(`WITH ev WHERE ${where.join(' AND ')}`);
  return lines.join('\n');
}

/** Ordered by time (undated last), then id; `columns` as for listClaims. */
export const listEvents = (params: EventParams, columns: ListColumns): string => `${filtered(params)}
WITH ev, coalesce(ev.startsAt, '9999') AS t
WHERE $after IS NULL OR t > $after[0] OR (t = $after[0] AND ev.id > $after[1])
WITH ev AS root, t ORDER BY t, root.id LIMIT $limit
RETURN ${columns.node} AS node, [t, root.id] AS sortKey${columns.readAhead}
ORDER BY t, root.id`;

export const countEvents = (params: EventParams): string => `${filtered(params)}
RETURN count(ev) AS count`;

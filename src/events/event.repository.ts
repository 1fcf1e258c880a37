import type { Cypher } from '../db/graph-db.js';
import { toPage, type PageRequest } from '../graph/page.js';
import { listColumns, type PlanStep } from '../graph/prefetch.cypher.js';
import { readAheadOf, type ReadAheadPage } from '../graph/prefetch.repository.js';
import { SelectedFields } from '../graph/selection.js';
import type { EventRow } from '../graph/rows.js';
import type { EventType } from '../graph/vocabulary.js';
import * as Q from './event.cypher.js';

export interface EventFilter {
  type?: EventType | null;
  place?: string | null;
  participant?: string | null;
  /** The label the participant must carry (the label its id names). */
  participantLabel?: string | null;
  /** ISO dates, inclusive. */
  from?: string | null;
  to?: string | null;
  /** A calendar day regardless of year, for events whose year is unknown. */
  onDay?: { month: number; day: number } | null;
}

export class EventRepository {
  constructor(
    private readonly db: Cypher,
    private readonly selected: SelectedFields = new SelectedFields(),
  ) {}

  /** A page of events, with what `plan` asks beneath each one read in the same statement. */
  async list(filter: EventFilter, request: PageRequest, plan: PlanStep[] = []): Promise<ReadAheadPage<EventRow>> {
    const params: Q.EventParams = {
      type: filter.type ?? null,
      place: filter.place ?? null,
      participant: filter.participant ?? null,
      // With a participant, always a string ('' is no label), so the statement's $participantLabel is given.
      participantLabel: filter.participant ? (filter.participantLabel ?? '') : null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      month: filter.onDay?.month ?? null,
      day: filter.onDay?.day ?? null,
    };
    // Only the filters given: the statement names no other.
    const given = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== null));
    const readAhead = listColumns('Event', plan, this.selected);
    const rows = await this.db.read(Q.listEvents(params, readAhead), {
      ...given,
      ...readAhead.params,
      after: request.after,
      limit: request.first + 1,
    });
    const sortKeys = new Map(rows.map((row) => [row['node'] as EventRow, row['sortKey'] as [string, string]]));
    const page = toPage(
      [...sortKeys.keys()],
      request,
      (event) => sortKeys.get(event)!,
      async () => {
        const [row] = await this.db.read(Q.countEvents(params), given);
        return row!['count'] as number;
      },
    );
    return { ...page, readAhead: readAheadOf(rows, plan) };
  }
}

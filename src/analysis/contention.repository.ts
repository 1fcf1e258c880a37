import type { Cypher, Row } from '../db/graph-db.js';
import { toPage, type Page, type PageRequest } from '../graph/page.js';
import * as Q from './contention.cypher.js';
import { contentionsOf, type ContentionRow, type DenialRow, type StatedReport } from './contention.js';

/** One event's contentions: the root list's node. */
export interface ContestedEventRow {
  eventKey: string;
  contentions: ContentionRow[];
}

/** How many candidate events the root list weighs per statement while it fills a page. */
const CANDIDATE_BATCH = 200;

const weigh = (row: Row): ContentionRow[] =>
  contentionsOf({
    eventKey: row['eventKey'] as string,
    reports: row['reports'] as StatedReport[],
    denials: row['denials'] as DenialRow[],
  });

/** Contested facts: the statements are read here, weighed in contention.ts. */
export class ContentionRepository {
  constructor(private readonly db: Cypher) {}

  async ofEvents(keys: readonly string[]): Promise<Map<string, ContentionRow[]>> {
    const rows = await this.db.read(Q.EVENT_STATEMENTS, { keys });
    return new Map(rows.map((row) => [row['key'] as string, weigh(row)]));
  }

  /** Each entity's events' contentions, the events in time order. */
  async ofEntities(keys: readonly string[]): Promise<Map<string, ContentionRow[]>> {
    const byEntity = new Map<string, ContentionRow[]>();
    for (const row of await this.db.read(Q.ENTITY_STATEMENTS, { keys })) {
      const key = row['key'] as string;
      byEntity.set(key, [...(byEntity.get(key) ?? []), ...weigh(row)]);
    }
    return byEntity;
  }

  /**
   * Contested events by id. Whether an event is contested is decided in contention.ts, not in
   * Cypher, so candidates are read a batch at a time until the page (and one more) is full.
   */
  async list(request: PageRequest): Promise<Page<ContestedEventRow>> {
    const found = await this.contested(request.after?.[0] as string | undefined, request.first + 1);
    return toPage(
      found,
      request,
      (row) => [row.eventKey],
      async () => (await this.contested(undefined, Infinity)).length,
    );
  }

  private async contested(after: string | undefined, wanted: number): Promise<ContestedEventRow[]> {
    const found: ContestedEventRow[] = [];
    let cursor = after ?? '';
    while (found.length < wanted) {
      const rows = await this.db.read(Q.CANDIDATE_STATEMENTS, { after: cursor, limit: CANDIDATE_BATCH });
      for (const row of rows) {
        const contentions = weigh(row);
        if (contentions.length && found.length < wanted) found.push({ eventKey: row['eventKey'] as string, contentions });
      }
      if (rows.length < CANDIDATE_BATCH) break;
      cursor = rows.at(-1)!['eventKey'] as string;
    }
    return found;
  }
}

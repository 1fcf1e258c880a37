import type { Cypher, Row } from '../db/graph-db.js';
import { groupByKey } from '../graph/children.js';
import type { EventType } from '../graph/vocabulary.js';
import * as Q from './framing.cypher.js';

/** One outlet's use of one word for an event, or for an entity's events. */
export interface FramingRow {
  /** "unknown" for articles without an outlet. */
  outlet: string;
  /** Lowercased, as written ("captured", "освободили"). */
  word: string;
  /** Reports (an article's account of one event) using the word. */
  reports: number;
  events: number;
  firstSeen: Date | null;
  lastSeen: Date | null;
}

/** Which of an entity's events, and which of their reports, its framings count. */
export interface FramingFilter {
  types: EventType[] | null;
  /** ISO days, inclusive; null: open. */
  from: string | null;
  to: string | null;
}

const toRow = (row: Row) => row as unknown as FramingRow;

export class FramingRepository {
  constructor(private readonly db: Cypher) {}

  async ofEvents(keys: readonly string[]): Promise<Map<string, FramingRow[]>> {
    return groupByKey(await this.db.read(Q.EVENT_FRAMINGS, { keys, from: null, to: null }), toRow);
  }

  async ofEntities(keys: readonly string[], filter: FramingFilter): Promise<Map<string, FramingRow[]>> {
    return groupByKey(await this.db.read(Q.ENTITY_FRAMINGS, { keys, ...filter }), toRow);
  }
}

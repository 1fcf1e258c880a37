import type { Cypher } from '../db/graph-db.js';
import { countChildren, fetchChildren, groupByKey, type ChildRequest } from '../graph/children.js';
import type { ArticleRow, ClaimRow, EntityRow, EventRow } from '../graph/rows.js';
import { SelectedFields } from '../graph/selection.js';
import * as Q from './analysis.cypher.js';

export interface OutletUsage {
  outlet: string;
  mentions: number;
  articles: number;
  firstSeen: Date | null;
  lastSeen: Date | null;
  articleIds: string[];
}

export interface NameUsageRow {
  form: string;
  mentions: number;
  outlets: OutletUsage[];
}

/** An entity named in the same articles as another: how many, and the newest few. */
export interface CoMentionRow {
  entityKey: string;
  articles: number;
  exampleIds: string[];
}

export interface TimelineRow {
  id: string;
  kind: 'Event' | 'Claim';
  at: string | null;
  precision: string;
  /** Sort key: `at`, with unknown times last. */
  t: string;
}

export interface SpeakerGroupRow {
  /** A named speaker's entity key, or "anonymous: <description>". */
  speaker: string;
  claimIds: string[];
}

export interface ReportSourceRow {
  articleId: string;
  outlet: string | null;
  claims: number;
  direct: number;
  via: string[];
}

/** One step of a connection, complete: its end nodes and its articles need no further query. */
export interface HopRow {
  type: string;
  from: EntityRow | EventRow | ClaimRow;
  to: EntityRow | EventRow | ClaimRow;
  articles: ArticleRow[];
}

/** The analyst's questions; each method answers for a batch of entities or events at once. */
export class AnalysisRepository {
  constructor(
    private readonly db: Cypher,
    private readonly selected: SelectedFields = new SelectedFields(),
  ) {}

  async nameUsage(keys: readonly string[]): Promise<Map<string, NameUsageRow[]>> {
    return groupByKey(await this.db.read(Q.NAME_USAGE, { keys }), (row) => row as unknown as NameUsageRow);
  }

  async coMentions(keys: readonly string[], limit: number): Promise<Map<string, CoMentionRow[]>> {
    return groupByKey(await this.db.read(Q.CO_MENTIONS, { keys, limit }), (row) => row as unknown as CoMentionRow);
  }

  timeline = (requests: ChildRequest[], limit: number) => fetchChildren<TimelineRow>(this.db, Q.TIMELINE, requests, limit);
  countTimeline = (keys: readonly string[]) => countChildren(this.db, Q.COUNT_TIMELINE, keys);

  async claimsBySpeaker(keys: readonly string[], direct: boolean): Promise<Map<string, SpeakerGroupRow[]>> {
    return groupByKey(await this.db.read(Q.CLAIMS_BY_SPEAKER, { keys, direct }), (row) => row as unknown as SpeakerGroupRow);
  }

  async corroboration(keys: readonly string[]): Promise<Map<string, ReportSourceRow[]>> {
    const rows = await this.db.read(Q.CORROBORATION, { keys });
    return new Map(rows.map((row) => [row['key'] as string, row['reports'] as ReportSourceRow[]]));
  }

  /** At most `limit` paths, each hop with its first `articles` articles. */
  async connection(from: string, to: string, maxHops: number, limit: number, articles: number): Promise<HopRow[][]> {
    const rows = await this.db.read(Q.connectionWithin(maxHops, this.selected), { from, to, limit, articles });
    return rows.map((row) => row['hops'] as HopRow[]);
  }
}

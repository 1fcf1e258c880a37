import type { Cypher } from '../db/graph-db.js';
import { toPage, type PageRequest } from '../graph/page.js';
import { readAheadColumn, type PlanStep } from '../graph/prefetch.cypher.js';
import { readAheadOf, type ReadAheadPage } from '../graph/prefetch.repository.js';
import type { ClaimRow } from '../graph/rows.js';
import type { StatementSource } from '../graph/vocabulary.js';
import * as Q from './claim.cypher.js';

/** Conditions on claims, each off when null (ClaimFilterInput says what each means). */
export interface ClaimFilter {
  /** Key of an entity or event the claim is about. */
  about: string | null;
  speaker: string | null;
  via: string | null;
  /** The labels the about, speaker and via nodes must carry (the labels their ids name). */
  aboutLabel: string | null;
  speakerLabel: string | null;
  viaLabel: string | null;
  anonymous: boolean | null;
  article: string | null;
  outlet: string | null;
  /** ISO dates, inclusive. */
  publishedFrom: string | null;
  publishedTo: string | null;
  speakerRole: string | null;
  source: StatementSource | null;
  maxScore: number | null;
}

export const ANY_CLAIM: ClaimFilter = {
  about: null,
  speaker: null,
  via: null,
  aboutLabel: null,
  speakerLabel: null,
  viaLabel: null,
  anonymous: null,
  article: null,
  outlet: null,
  publishedFrom: null,
  publishedTo: null,
  speakerRole: null,
  source: null,
  maxScore: null,
};

export class ClaimRepository {
  constructor(private readonly db: Cypher) {}

  /** A page of claims, with what `plan` asks beneath each one read in the same statement. */
  async list(filter: ClaimFilter, request: PageRequest, plan: PlanStep[] = []): Promise<ReadAheadPage<ClaimRow>> {
    const params = { ...filter };
    const start = Q.CLAIM_STARTS[params.about ? 'about' : params.speaker ? 'speaker' : params.article ? 'article' : 'all'];
    const after = request.after ? request.after[0] : null;
    const readAhead = readAheadColumn(plan);
    const rows = await this.db.read(Q.listClaims(start, readAhead.column), {
      ...params,
      ...readAhead.params,
      after,
      limit: request.first + 1,
    });
    const page = toPage(
      rows.map((row) => row['node'] as ClaimRow),
      request,
      (claim) => [claim.id],
      async () => {
        const [row] = await this.db.read(Q.countClaims(start), params);
        return row!['count'] as number;
      },
    );
    return { ...page, readAhead: readAheadOf(rows) };
  }
}

import type { Cypher } from '../db/graph-db.js';
import { toPage, type PageRequest } from '../graph/page.js';
import { listColumns, type PlanStep } from '../graph/prefetch.cypher.js';
import { readAheadOf, type ReadAheadPage } from '../graph/prefetch.repository.js';
import { SelectedFields } from '../graph/selection.js';
import type { MentionRow } from '../graph/rows.js';
import type { StatementSource } from '../graph/vocabulary.js';
import * as Q from './mention.cypher.js';

/** Conditions on mentions across the corpus, each off when null (MentionFilterInput says what each means). */
export interface MentionFilter {
  unresolved: boolean | null;
  source: StatementSource | null;
  maxScore: number | null;
}

export class MentionRepository {
  constructor(
    private readonly db: Cypher,
    private readonly selected: SelectedFields = new SelectedFields(),
  ) {}

  /** A page of mentions, with what `plan` asks beneath each one read in the same statement. */
  async list(filter: MentionFilter, request: PageRequest, plan: PlanStep[] = []): Promise<ReadAheadPage<MentionRow>> {
    const readAhead = listColumns('Mention', plan, this.selected);
    const rows = await this.db.read(Q.listMentions(readAhead), {
      ...filter,
      ...readAhead.params,
      after: request.after ? request.after[0] : null,
      limit: request.first + 1,
    });
    const page = toPage(
      rows.map((row) => row['node'] as MentionRow),
      request,
      (mention) => [mention.id],
      async () => {
        const [row] = await this.db.read(Q.COUNT_MENTIONS, { ...filter });
        return row!['count'] as number;
      },
    );
    return { ...page, readAhead: readAheadOf(rows, plan) };
  }
}

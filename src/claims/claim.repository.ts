import type { Cypher } from '../db/graph-db.js';
import { toPage, type PageRequest } from '../graph/page.js';
import { listColumns, type PlanStep } from '../graph/prefetch.cypher.js';
import { readAheadOf, type ReadAheadPage } from '../graph/prefetch.repository.js';
import { SelectedFields } from '../graph/selection.js';
import type { ClaimRow } from '../graph/rows.js';
import type { ClaimFilter } from './claim-filter.js';
import * as Q from './claim.cypher.js';

export class ClaimRepository {
  constructor(
    private readonly db: Cypher,
    private readonly selected: SelectedFields = new SelectedFields(),
  ) {}

  /** A page of claims, with what `plan` asks beneath each one read in the same statement. */
  async list(filter: ClaimFilter, request: PageRequest, plan: PlanStep[] = []): Promise<ReadAheadPage<ClaimRow>> {
    const params = { ...filter };
    const after = request.after ? request.after[0] : null;
    const readAhead = listColumns('Claim', plan, this.selected);
    const rows = await this.db.read(Q.listClaims(filter, readAhead), {
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
        const [row] = await this.db.read(Q.countClaims(filter), params);
        return row!['count'] as number;
      },
    );
    return { ...page, readAhead: readAheadOf(rows, plan) };
  }
}

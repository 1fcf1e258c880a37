import type { Cypher, Row } from '../db/graph-db.js';
import { toPage, type PageRequest } from '../graph/page.js';
import { readAheadColumn, type PlanStep } from '../graph/prefetch.cypher.js';
import { readAheadOf, type ReadAheadPage } from '../graph/prefetch.repository.js';
import type { EntityRow, NameRow } from '../graph/rows.js';
import type { EntityKind } from '../graph/vocabulary.js';
import { nameQuery } from './lucene.js';
import * as Q from './search.cypher.js';

export interface SearchHit {
  id: string;
  entity: EntityRow;
  score: number;
  matchedName: NameRow;
}

/** Name forms read from the index per search; beyond this the tail is noise. */
const CANDIDATES = 1000;

export class SearchRepository {
  constructor(private readonly db: Cypher) {}

  /**
   * Exact and loose keys first; only when they find nothing, the fuzzy query too. The cursor
   * carries which of the two a search used, so its later pages continue the same ranking.
   */
  async searchEntities(query: string, kinds: readonly EntityKind[] | null, request: PageRequest, plan: PlanStep[] = []): Promise<ReadAheadPage<SearchHit>> {
    const [score, id, fuzzyCursor] = request.after ?? [];
    const after = request.after ? [score, id] : null;
    let fuzzy = fuzzyCursor === 1;
    let rows = await this.search(nameQuery(query, fuzzy), kinds, after, request.first + 1, plan);
    if (rows.length === 0 && !fuzzy && !request.after) {
      fuzzy = true;
      rows = await this.search(nameQuery(query, fuzzy), kinds, null, request.first + 1, plan);
    }
    const lucene = nameQuery(query, fuzzy);
    const page = toPage(rows.map(toHit), request, (hit) => [hit.score, hit.id, fuzzy ? 1 : 0], async () => {
      if (!lucene) return 0;
      const [row] = await this.db.read(Q.COUNT_SEARCH, { lucene, kinds, candidates: CANDIDATES });
      return row!['count'] as number;
    });
    return { ...page, readAhead: readAheadOf(rows) };
  }

  private async search(lucene: string | null, kinds: readonly EntityKind[] | null, after: unknown[] | null, limit: number, plan: PlanStep[]): Promise<Row[]> {
    if (!lucene) return [];
    const readAhead = readAheadColumn(plan);
    return this.db.read(Q.searchEntities(readAhead.column), { ...readAhead.params, lucene, kinds, candidates: CANDIDATES, after, limit });
  }
}

function toHit(row: Row): SearchHit {
  const entity = row['node'] as EntityRow;
  return { id: entity.id, entity, score: row['score'] as number, matchedName: row['matchedName'] as NameRow };
}

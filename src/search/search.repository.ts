import type { Cypher } from '../db/graph-db.js';
import { toPage, type Page, type PageRequest } from '../graph/page.js';
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
  async searchEntities(query: string, kinds: readonly EntityKind[] | null, request: PageRequest): Promise<Page<SearchHit>> {
    const [score, id, fuzzyCursor] = request.after ?? [];
    const after = request.after ? [score, id] : null;
    let fuzzy = fuzzyCursor === 1;
    let hits = await this.search(nameQuery(query, fuzzy), kinds, after, request.first + 1);
    if (hits.length === 0 && !fuzzy && !request.after) {
      fuzzy = true;
      hits = await this.search(nameQuery(query, fuzzy), kinds, null, request.first + 1);
    }
    const lucene = nameQuery(query, fuzzy);
    return toPage(hits, request, (hit) => [hit.score, hit.id, fuzzy ? 1 : 0], async () => {
      if (!lucene) return 0;
      const [row] = await this.db.read(Q.COUNT_SEARCH, { lucene, kinds, candidates: CANDIDATES });
      return row!['count'] as number;
    });
  }

  private async search(lucene: string | null, kinds: readonly EntityKind[] | null, after: unknown[] | null, limit: number): Promise<SearchHit[]> {
    if (!lucene) return [];
    const rows = await this.db.read(Q.SEARCH_ENTITIES, { lucene, kinds, candidates: CANDIDATES, after, limit });
    return rows.map((row) => {
      const entity = row['node'] as EntityRow;
      return { id: entity.id, entity, score: row['score'] as number, matchedName: row['matchedName'] as NameRow };
    });
  }
}

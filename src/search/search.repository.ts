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

  async searchEntities(query: string, kinds: readonly EntityKind[] | null, request: PageRequest): Promise<Page<SearchHit>> {
    const lucene = nameQuery(query);
    if (!lucene) return toPage([], request, () => [], async () => 0);
    const params = { lucene, kinds, candidates: CANDIDATES };
    const rows = await this.db.read(Q.SEARCH_ENTITIES, { ...params, after: request.after, limit: request.first + 1 });
    const hits = rows.map((row) => {
      const entity = row['node'] as EntityRow;
      return { id: entity.id, entity, score: row['score'] as number, matchedName: row['matchedName'] as NameRow };
    });
    return toPage(hits, request, (hit) => [hit.score, hit.id], async () => {
      const [row] = await this.db.read(Q.COUNT_SEARCH, params);
      return row!['count'] as number;
    });
  }
}

import type { Cypher, Row } from '../db/graph-db.js';
import { toPage, type PageRequest } from '../graph/page.js';
import { listColumns, type PlanStep } from '../graph/prefetch.cypher.js';
import { readAheadOf, type ReadAheadPage } from '../graph/prefetch.repository.js';
import { projectionOf } from '../graph/projections.js';
import { SelectedFields } from '../graph/selection.js';
import type { EntityRow, NameRow } from '../graph/rows.js';
import { nameQuery } from './lucene.js';
import { chooseMatchedName, type MatchedName } from './matched-name.js';
import { contextReadings } from './readings.js';
import * as Q from './search.cypher.js';
import type { SearchFilter } from './search.input.js';

export interface SearchHit {
  id: string;
  entity: EntityRow;
  score: number;
  matchedName: NameRow;
}

/** Name forms read from the index per search (and per reading); beyond this the tail is noise. */
const CANDIDATES = 1000;

/** The parameters of one search: the whole query as a name, and its name-and-context readings. */
function searchParams(query: string, fuzzy: boolean, filter: SearchFilter) {
  const lucene = nameQuery(query, fuzzy);
  if (!lucene) return null;
  const readings = contextReadings(query).map((reading) => ({ ...reading, lucene: nameQuery(reading.name, fuzzy) }));
  const filters = (Object.keys(filter) as (keyof SearchFilter)[]).filter((name) => filter[name] !== null);
  const shape: Q.SearchShape = { filters, readings: readings.length > 0 };
  // Only what the statement's text names: the filters given, the readings when there are any.
  const given = Object.fromEntries(filters.map((name) => [name, filter[name]]));
  return { shape, params: { whole: { name: query, lucene }, ...(shape.readings && { readings }), ...given, candidates: CANDIDATES } };
}

export class SearchRepository {
  constructor(
    private readonly db: Cypher,
    private readonly selected: SelectedFields = new SelectedFields(),
  ) {}

  /**
   * Exact, loose and prefix keys first; only when they find nothing, the fuzzy query too. The
   * cursor carries which of the two a search used, so its later pages continue the same ranking.
   */
  async searchEntities(
    query: string,
    filter: SearchFilter,
    request: PageRequest,
    plan: PlanStep[] = [],
  ): Promise<ReadAheadPage<SearchHit>> {
    const [score, id, fuzzyCursor] = request.after ?? [];
    const after = request.after ? [score, id] : null;
    let fuzzy = fuzzyCursor === 1;
    let params = searchParams(query, fuzzy, filter);
    let rows = await this.search(params, after, request.first + 1, plan);
    if (rows.length === 0 && !fuzzy && !request.after) {
      fuzzy = true;
      params = searchParams(query, fuzzy, filter);
      rows = await this.search(params, null, request.first + 1, plan);
    }
    const page = toPage(
      rows.map((row) => toHit(row, query)),
      request,
      (hit) => [hit.score, hit.id, fuzzy ? 1 : 0],
      async () => {
        if (!params) return 0;
        const [row] = await this.db.read(Q.countSearch(params.shape), params.params);
        return row!['count'] as number;
      },
    );
    return { ...page, readAhead: readAheadOf(rows, plan) };
  }

  private async search(params: ReturnType<typeof searchParams>, after: unknown[] | null, limit: number, plan: PlanStep[]): Promise<Row[]> {
    if (!params) return [];
    const readAhead = listColumns('Entity', plan, this.selected);
    const columns = { ...readAhead, names: this.matchedNameProjection() };
    return this.db.read(Q.searchEntities(params.shape, columns), { ...readAhead.params, ...params.params, after, limit });
  }

  /** A matched name as the selection asks for it, with its form, which chooses it (matched-name.ts); whole while the selection is unknown. */
  private matchedNameProjection(): string {
    const fields = this.selected.of('Name');
    return projectionOf('Name', 'n', fields && new Set([...fields, 'form']));
  }
}

/** A row as a hit; without parts (no reading could match) every name matched the whole query. */
function toHit(row: Row, query: string): SearchHit {
  const entity = row['node'] as EntityRow;
  const parts = row['parts'] as string[] | undefined;
  const matched: MatchedName[] = (row['names'] as NameRow[]).map((name, i) => ({ name, part: parts?.[i] ?? query }));
  return { id: entity.id, entity, score: row['score'] as number, matchedName: chooseMatchedName(matched) };
}

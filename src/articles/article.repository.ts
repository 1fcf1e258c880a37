import type { Cypher } from '../db/graph-db.js';
import { toPage, type PageRequest } from '../graph/page.js';
import { listColumns, type PlanStep } from '../graph/prefetch.cypher.js';
import { readAheadOf, type ReadAheadPage } from '../graph/prefetch.repository.js';
import { SelectedFields } from '../graph/selection.js';
import type { ArticleRow } from '../graph/rows.js';
import * as Q from './article.cypher.js';

export interface ArticleFilter {
  outlet?: string | null;
  language?: string | null;
}

export class ArticleRepository {
  constructor(
    private readonly db: Cypher,
    private readonly selected: SelectedFields = new SelectedFields(),
  ) {}

  async textsOf(keys: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.db.read(Q.TEXTS_BY_KEYS, { keys });
    return new Map(rows.map((row) => [row['key'] as string, row['text'] as string]));
  }

  /** A page of articles, with what `plan` asks beneath each one read in the same statement. */
  async list(filter: ArticleFilter, request: PageRequest, plan: PlanStep[] = []): Promise<ReadAheadPage<ArticleRow>> {
    const params = { outlet: filter.outlet ?? null, language: filter.language ?? null };
    const readAhead = listColumns('Article', plan, this.selected);
    const rows = await this.db.read(Q.listArticles(readAhead), {
      ...params,
      ...readAhead.params,
      after: request.after,
      limit: request.first + 1,
    });
    const sortKeys = new Map(rows.map((row) => [row['node'] as ArticleRow, row['sortKey'] as [number, string]]));
    const page = toPage(
      [...sortKeys.keys()],
      request,
      (article) => sortKeys.get(article)!,
      async () => {
        const [row] = await this.db.read(Q.COUNT_ARTICLES, params);
        return row!['count'] as number;
      },
    );
    return { ...page, readAhead: readAheadOf(rows, plan) };
  }
}

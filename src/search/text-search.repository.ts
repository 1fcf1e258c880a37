import type { Cypher } from '../db/graph-db.js';
import { toPage, type Page, type PageRequest } from '../graph/page.js';
import type { ArticleRow, ClaimRow, SpanRow } from '../graph/rows.js';
import * as Q from './text-search.cypher.js';
import { textLucene, type TextClause } from './text-query.js';
import { matchedSpans } from './text-spans.js';

/** What a text search looks in: claims' quotes, articles' text. */
export const TEXT_FIELDS = { QUOTES: 'quote', ARTICLES: 'text' } as const;
export type TextField = keyof typeof TEXT_FIELDS;

export interface TextSearch {
  clauses: TextClause[];
  fields: readonly TextField[];
  /** An article's language (ISO 639); null for any. */
  language: string | null;
}

export interface TextHit {
  node: ClaimRow | ArticleRow;
  score: number;
  /** Where the query matched, in the article's text. */
  spans: SpanRow[];
}

/** The text the index matched in a hit, with where it stands in the article. */
const piecesOf = (node: ClaimRow | ArticleRow, text: string | null): SpanRow[] =>
  node.label === 'Claim' ? node.segments : [{ start: 0, end: text!.length, text: text! }];

export class TextSearchRepository {
  constructor(private readonly db: Cypher) {}

  async search({ clauses, fields, language }: TextSearch, request: PageRequest): Promise<Page<TextHit>> {
    const params = {
      lucene: textLucene(
        clauses,
        fields.map((field) => TEXT_FIELDS[field]),
      ),
      language,
    };
    const rows = await this.db.read(Q.TEXT_SEARCH, { ...params, after: request.after, limit: request.first + 1 });
    // The row past the page only says there is more: no spans are looked for in it.
    const hits = rows.map((row, i): TextHit => {
      const node = row['node'] as ClaimRow | ArticleRow;
      const spans = i < request.first ? matchedSpans(piecesOf(node, row['text'] as string | null), clauses) : [];
      return { node, score: row['score'] as number, spans };
    });
    return toPage(
      hits,
      request,
      (hit) => [hit.score, hit.node.id],
      async () => (await this.db.read(Q.COUNT_TEXT_SEARCH, params))[0]!['count'] as number,
    );
  }
}

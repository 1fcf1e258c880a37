/**
 * Who states a fact: an article or a gazetteer file (and, of a span of an article, a reviewer:
 * below). Relations and names keep a list of these (src/ingest/ingest.cypher.ts); the API reads
 * them back as articles and file names.
 */
export const ARTICLE_SOURCE = 'article:';
export const FILE_SOURCE = 'file:';

export const articleSource = (id: string): string => ARTICLE_SOURCE + id;
export const fileSource = (name: string): string => FILE_SOURCE + name;

export interface ParsedSource {
  articleId: string | null;
  gazetteerFile: string | null;
}

export const parseSource = (source: string): ParsedSource => ({
  articleId: source.startsWith(ARTICLE_SOURCE) ? source.slice(ARTICLE_SOURCE.length) : null,
  gazetteerFile: source.startsWith(FILE_SOURCE) ? source.slice(FILE_SOURCE.length) : null,
});

/**
 * A reviewer's statement about a span of an article (the review desk: resolveMention,
 * rejectMention, correctClaim) carries the time it was made. Writing the article again, from its
 * document, the linker or the extractor, keeps it (src/ingest/review.cypher.ts).
 */
export const reviewed = (v: string): string => `${v}.reviewedAt IS NOT NULL`;

import type { SpanRow } from '../graph/rows.js';
import type { TextClause } from './text-query.js';
import { wordsNear, type WordIn } from './words.js';

/** Spans reported per hit; a common word in a long article would otherwise list hundreds. */
export const MAX_SPANS = 50;

/** More than a piece can have: each stretch of words.ts is hundreds of characters, a piece at most an article. */
const STRETCHES_PER_PIECE = 1_000_000;

interface Placed extends WordIn {
  /** Which piece of text it stands in. */
  piece: number;
}

const fits = (word: Placed, term: string, prefix: boolean): boolean => (prefix ? word.term.startsWith(term) : word.term === term);

/** Where the clause's words stand in a row: [first, last] word index, each time. */
function occurrences(words: readonly Placed[], { terms, prefix }: TextClause): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i + terms.length <= words.length; i++) {
    const stretch = words[i]!.stretch;
    const inRow = (word: Placed, j: number) => word.stretch === stretch && fits(word, terms[j]!, prefix && j === terms.length - 1);
    if (terms.every((_, j) => inRow(words[i + j]!, j))) found.push([i, i + terms.length - 1]);
  }
  return found;
}

/** The stretch of each piece an occurrence covers: a phrase across two segments of a quote is two spans, not the attribution between them. */
function spansOf(words: readonly Placed[], [first, last]: [number, number]): { piece: number; start: number; end: number }[] {
  const spans: { piece: number; start: number; end: number }[] = [];
  for (let i = first; i <= last; i++) {
    const word = words[i]!;
    const open = spans.at(-1);
    if (open?.piece === word.piece) open.end = word.end;
    else spans.push({ piece: word.piece, start: word.start, end: word.end });
  }
  return spans;
}

/**
 * Where a hit's clauses match in the text the index matched, as spans of the article's text:
 * `pieces` are that text with its offsets in the article (an article's whole text, or a claim's
 * segments). Lucene reports no offsets, so the words are found again here, cut and lower-cased
 * as the index's analyzer does (words.ts): exact word forms, phrases word by word (across the
 * " … " that joins a quote's segments, as the index sees it) and word starts. In text order,
 * overlaps merged, at most MAX_SPANS.
 */
export function matchedSpans(pieces: readonly SpanRow[], clauses: readonly TextClause[]): SpanRow[] {
  const firstTerms = clauses.map(({ terms }) => terms[0]!);
  const words: Placed[] = pieces.flatMap((piece, p) =>
    wordsNear(piece.text, firstTerms).map((w) => ({
      ...w,
      // Pieces read whole are one stretch, so a phrase runs on across the join of a quote's segments; stretches of a long piece are each its own.
      stretch: w.stretch && p * STRETCHES_PER_PIECE + w.stretch,
      start: w.start + piece.start,
      end: w.end + piece.start,
      piece: p,
    })),
  );
  const spans = clauses
    .flatMap((clause) => occurrences(words, clause))
    .flatMap((occurrence) => spansOf(words, occurrence))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: typeof spans = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else if (merged.length < MAX_SPANS) merged.push({ ...span });
  }
  return merged.map(({ piece, start, end }) => {
    const { text, start: offset } = pieces[piece]!;
    return { start, end, text: text.slice(start - offset, end - offset) };
  });
}

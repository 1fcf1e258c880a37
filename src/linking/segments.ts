/**
 * Where the sentences and paragraphs of a text begin, so that context can be weighed near before
 * far: a place named in the same sentence says more about a mention than one three paragraphs on.
 * Plain-text news breaks paragraphs with a line break (one or more); a sentence ends at . ! ? or …
 * (with any closing quote or bracket) before a space and a capital, a digit or an opening mark.
 */

const PARAGRAPH_BREAK = /\n+/g;
const SENTENCE_END = /[.!?…]+["'»”’)\]]*[ \t\u00a0]+(?=[\p{Lu}\p{N}"«“„(‘—–-])/gu;

export interface Segments {
  /** The index of the sentence holding `offset`, counted over the whole text. */
  sentence(offset: number): number;
  paragraph(offset: number): number;
  /** The start and end of the sentence holding `offset`. */
  sentenceSpan(offset: number): { start: number; end: number };
}

export function segmentsOf(text: string): Segments {
  const paragraphs = starts(text, PARAGRAPH_BREAK);
  const sentences = [...new Set([...paragraphs, ...starts(text, SENTENCE_END)])].sort((a, b) => a - b);
  const sentenceSpan = (offset: number): { start: number; end: number } => {
    const i = indexOf(sentences, offset);
    return { start: sentences[i]!, end: sentences[i + 1] ?? text.length };
  };
  return { sentence: (offset) => indexOf(sentences, offset), paragraph: (offset) => indexOf(paragraphs, offset), sentenceSpan };
}

/** 0 and the offset after each match of `boundary`, ascending. */
function starts(text: string, boundary: RegExp): number[] {
  const found = [0];
  for (const m of text.matchAll(boundary)) found.push(m.index + m[0].length);
  return found;
}

/** The last start at or before `offset` (binary search over ascending starts). */
function indexOf(sorted: readonly number[], offset: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

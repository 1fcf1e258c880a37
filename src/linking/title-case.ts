/**
 * Whether a line is in title case (a headline: Pokrovsk After Year-Long Defence), whose capitals
 * say nothing of which words are names.
 */
import type { Token } from './tokens.js';

/** A name found, by its tokens. */
export interface TokenSpan {
  firstToken: number;
  lastToken: number;
}

// Names are left out of the count, or a short sentence full of them would pass for one.
const LONG_WORD = /\p{L}{4,}/gu;
const TITLE_CASE_SHARE = 0.75;
const TITLE_CASE_MIN_WORDS = 3;

/** Whether the line holding an offset is in title case, each line worked out once. */
export function titleCaseLines(text: string, tokens: readonly Token[], found: readonly TokenSpan[]): (at: number) => boolean {
  const names = found.map((m) => [tokens[m.firstToken].start, tokens[m.lastToken].end] as const);
  const titleCase = new Map<number, boolean>();
  return (at) => {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let known = titleCase.get(lineStart);
    if (known === undefined) titleCase.set(lineStart, (known = isTitleCase(text, lineStart, names)));
    return known;
  };
}

/** Whether the line's words other than the names found are nearly all capitalised. */
function isTitleCase(text: string, lineStart: number, names: readonly (readonly [number, number])[]): boolean {
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  let words = 0;
  let capitalisedWords = 0;
  for (const word of line.matchAll(LONG_WORD)) {
    const at = lineStart + word.index;
    if (names.some(([start, end]) => start <= at && at < end)) continue;
    words++;
    if (word[0].charAt(0) !== word[0].charAt(0).toLowerCase()) capitalisedWords++;
  }
  return words >= TITLE_CASE_MIN_WORDS && capitalisedWords >= TITLE_CASE_SHARE * words;
}

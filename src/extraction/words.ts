/**
 * Words of a stretch of text with their offsets, lowercased: what the event and time rules match
 * against, so that they look at each word once instead of running patterns over the text.
 * Apostrophes and hyphens inside a word stay (п’ятницю, Sloviansk-Kramatorsk, Pokrovsk’s); one
 * that ends a word is a closing quote mark or a dash, not part of it.
 */
export interface Word {
  start: number;
  end: number;
  lower: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}’'ʼ-]*/gu;
const TRAILING = /[’'ʼ-]+$/u;

export function words(text: string, from = 0, to = text.length): Word[] {
  const found: Word[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match !== null && match.index < to; match = WORD.exec(text)) {
    const raw = match[0].replace(TRAILING, '');
    const end = Math.min(match.index + raw.length, to);
    found.push({ start: match.index, end, lower: text.slice(match.index, end).toLowerCase() });
  }
  return found;
}

/** The text between two words holds no stop, colon or line break: they read as one phrase. */
export function joined(text: string, left: Word, right: Word): boolean {
  const gap = text.slice(left.end, right.start);
  return gap.length <= 3 && !/[.;:!?\n]/.test(gap);
}

/** A word without its possessive ’s: "Sunday’s" is Sunday. */
export const withoutPossessive = (lower: string): string => lower.replace(/['’]s$/u, '');

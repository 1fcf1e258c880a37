/**
 * Words of a stretch of text with their offsets, and lowercased: what the claim, event and time
 * rules match against, so that they look at each word once instead of running patterns over the
 * text. Apostrophes and hyphens inside a word stay ("Russia’s", м'яч, пресс-секретарь,
 * Sloviansk-Kramatorsk); one that ends a word is a closing quote mark or a dash, not part of it.
 */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’ʼ-](?=[\p{L}\p{N}]))*/gu;

/** One linear pass over [from, to). */
export function words(text: string, from = 0, to = text.length): Word[] {
  const found: Word[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && match.index < to; match = WORD.exec(text)) {
    const end = Math.min(match.index + match[0].length, to);
    const word = text.slice(match.index, end);
    found.push({ start: match.index, end, text: word, lower: word.toLowerCase() });
  }
  return found;
}

export function isCapitalised(word: Word): boolean {
  return /^\p{Lu}/u.test(word.text);
}

/** Whether only white space (and at most the characters in `allowed`) lies between two offsets. */
export function onlyBetween(text: string, from: number, to: number, allowed = ''): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (!/\s/u.test(c) && !allowed.includes(c)) return false;
  }
  return true;
}

/**
 * The last word of the capitalised run that starts at tokens[first], word after word with only
 * white space between, stopping before a word `known` claims (a linked name begins there): the
 * extent of a name the linker does not know.
 */
export function capitalisedRunEnd(text: string, tokens: readonly Word[], first: number, known: (word: Word) => boolean): number {
  let last = first;
  while (
    tokens[last + 1] &&
    isCapitalised(tokens[last + 1]!) &&
    !known(tokens[last + 1]!) &&
    onlyBetween(text, tokens[last]!.end, tokens[last + 1]!.start)
  )
    last++;
  return last;
}

/** The text between two words holds no stop, colon or line break: they read as one phrase. */
export function joined(text: string, left: Word, right: Word): boolean {
  const gap = text.slice(left.end, right.start);
  return gap.length <= 3 && !/[.;:!?\n]/.test(gap);
}

/** A word without its possessive ’s: "Sunday’s" is Sunday. */
export const withoutPossessive = (lower: string): string => lower.replace(/['’]s$/u, '');

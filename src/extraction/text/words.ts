import { partitionPoint } from './partition-point.js';

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

/**
 * The words of [from, to), as one linear pass over it would find them. The rules read an article
 * sentence by sentence many times over, so the words of the text last asked for in part are kept
 * and each request is a slice of them; a range starting inside a word is scanned, as it splits it.
 */
export function words(text: string, from = 0, to = text.length): Word[] {
  const all = from > 0 || to < text.length ? textWords(text) : known?.text === text ? known.words : null;
  if (all === null) return scan(text, from, to);
  const first = partitionPoint(all, (w) => w.end <= from);
  if (all[first] && all[first]!.start < from) return scan(text, from, to);
  let last = first;
  while (last < all.length && all[last]!.start < to) last++;
  const found = all.slice(first, last);
  if (last > first && found.at(-1)!.end > to) found[found.length - 1] = word(text, found.at(-1)!.start, to);
  return found;
}

let known: { text: string; words: Word[] } | null = null;

/** Every word of the text, scanned once while the text is the last one asked for. */
function textWords(text: string): Word[] {
  if (known?.text !== text) known = { text, words: scan(text, 0, text.length) };
  return known.words;
}

const word = (text: string, start: number, end: number): Word => {
  const written = text.slice(start, end);
  return { start, end, text: written, lower: written.toLowerCase() };
};

function scan(text: string, from: number, to: number): Word[] {
  const found: Word[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && match.index < to; match = WORD.exec(text)) {
    found.push(word(text, match.index, Math.min(match.index + match[0].length, to)));
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

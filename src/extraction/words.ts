/**
 * Words of a stretch of text with their offsets: letters, digits, apostrophes and hyphens inside a
 * word ("Russia’s", "м'яч", "пресс-секретарь"). One linear pass; every rule of the claim extractor
 * reads words through it.
 */
export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’ʼ-](?=[\p{L}\p{N}]))*/gu;

export function words(text: string, start: number, end: number): Word[] {
  const found: Word[] = [];
  WORD.lastIndex = start;
  for (let match = WORD.exec(text); match && match.index < end; match = WORD.exec(text)) {
    const wordEnd = Math.min(match.index + match[0].length, end);
    const word = text.slice(match.index, wordEnd);
    found.push({ start: match.index, end: wordEnd, text: word, lower: word.toLowerCase() });
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

import type { Word } from './words.js';

/**
 * Phrases by their first word. A rule that tries a list of phrases at every word of a sentence
 * looks up the few that open with that word instead of comparing the whole list each time.
 */
export function byFirstWord<T>(items: readonly T[], wordsOf: (item: T) => readonly string[]): ReadonlyMap<string, readonly T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    const first = wordsOf(item)[0]!;
    index.set(first, [...(index.get(first) ?? []), item]);
  }
  return index;
}

interface Phrase {
  text: string;
  words: readonly string[];
}

const indexes = new WeakMap<readonly string[], ReadonlyMap<string, readonly Phrase[]>>();

/** The first of `phrases` (lowercased, words split by a space) that the words from tokens[at] on read, in list order. */
export function phraseOpeningAt(phrases: readonly string[], tokens: readonly Word[], at: number): string | undefined {
  let index = indexes.get(phrases);
  if (index === undefined) {
    index = byFirstWord(
      phrases.map((text) => ({ text, words: text.split(' ') })),
      (p) => p.words,
    );
    indexes.set(phrases, index);
  }
  const first = tokens[at];
  return first && index.get(first.lower)?.find((p) => p.words.every((w, k) => tokens[at + k]?.lower === w))?.text;
}

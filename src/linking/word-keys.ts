/**
 * The folded keys of one written word, kept: folding a word (NFKC, diacritics, transliteration
 * for the loose key, the case endings for lemmas) costs more than looking it up, and an article
 * repeats its words, as news does from one article to the next. The keys depend on the word alone.
 */
import { looseKey, normalizeName } from '../names/normalize.js';
import { caseLemmas, MIN_INNER_LEMMA } from './morphology.js';
import type { FirstSteps } from './name-trie.js';

export interface WordKeys {
  exact: string;
  loose: string;
  /** Keys of the nominatives this word may be a case form of (Покровська → покровськ). */
  lemmas: readonly string[];
  /** The same, with the two-letter lemmas a word may have inside a longer name (Яра → яр). */
  innerLemmas: readonly string[];
}

/** A word's keys as kept, one object for every token of that spelling, with the matcher's first steps from them (name-trie.ts). */
export interface KeptWord extends WordKeys {
  firstSteps: FirstSteps | undefined;
  looseLemmas: readonly string[] | undefined;
}

/** Words kept at most; past that the store starts afresh, so a long ingest cannot grow it without end. */
const MAX_WORDS = 50_000;
const known = new Map<string, KeptWord>();

export function wordKeys(word: string): KeptWord {
  let keys = known.get(word);
  if (keys === undefined) {
    if (known.size >= MAX_WORDS) known.clear();
    const innerLemmas = caseLemmas(word, MIN_INNER_LEMMA);
    const lemmas = innerLemmas.filter((l) => l.length > MIN_INNER_LEMMA);
    keys = { exact: normalizeName(word), loose: looseKey(word), lemmas, innerLemmas, firstSteps: undefined, looseLemmas: undefined };
    known.set(word, keys);
  }
  return keys;
}

/** The loose keys of the word's lemmas, which only a capitalised word no form spells needs (match.ts), folded once. */
export function looseLemmasOf(word: KeptWord): readonly string[] {
  word.looseLemmas ??= word.lemmas.map(looseKey);
  return word.looseLemmas;
}

import { looseKey, normalizeName } from '../names/normalize.js';

/**
 * How a query can be read when no name matches it whole: a name, then context words that say
 * where the entity is ("Pokrovsk Ukraine", "Volchansk Sverdlovsk", "Pokrovsk, Donetsk Oblast").
 */
export interface Reading {
  /** The words taken as the name, as typed. */
  name: string;
  context: ContextWord[];
}

/** A context word in the folds names are stored under, and as a country code when it could be one. */
export interface ContextWord {
  key: string;
  loose: string;
  code: string | null;
}

/** Beyond this many words a query is a sentence, not a name with context. */
const MAX_WORDS = 8;

function contextWords(text: string): ContextWord[] {
  const keys = [...new Set(normalizeName(text).split(' ').filter(Boolean))];
  return keys.map((key) => ({ key, loose: looseKey(key), code: /^[a-z]{2}$/.test(key) ? key.toUpperCase() : null }));
}

/**
 * The name-and-context readings of a query, longest name first. Commas separate the parts as
 * users write them: the name is the first part and the rest is context. Without commas every
 * split of the words into a leading name and trailing context is a reading.
 */
export function contextReadings(query: string): Reading[] {
  const parts = query
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const splits: [string, string][] = [];
  if (parts.length > 1) splits.push([parts[0]!, parts.slice(1).join(' ')]);
  else {
    const words = query.trim().split(/\s+/);
    if (words.length <= MAX_WORDS) {
      for (let k = words.length - 1; k >= 1; k--) splits.push([words.slice(0, k).join(' '), words.slice(k).join(' ')]);
    }
  }
  return splits
    .map(([name, context]) => ({ name, context: contextWords(context) }))
    .filter((reading) => normalizeName(reading.name) !== '' && reading.context.length > 0);
}

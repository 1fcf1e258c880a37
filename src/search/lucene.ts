import { looseKey, normalizeName, searchKeys } from '../names/normalize.js';

/** Lucene's special characters; folded keys rarely hold them, but user input never reaches the parser raw. */
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
export const escapeTerm = (term: string): string => term.replace(SPECIAL, (c) => `\\${c}`);
const phrase = (text: string): string => `"${escapeTerm(text)}"`;
/** Words a query may give: more are a paste, not a search. */
export const MAX_TERMS = 8;
/** A shorter last word would expand to too many terms of a large index to mean anything. */
export const MIN_PREFIX = 3;

/**
 * The key's words, all required, the last one also as the start of a longer word: "Krasnoarm"
 * finds Krasnoarmeysk, "Donetsk Peo" Donetsk People's Republic. Fuzzy terms cannot do this:
 * Lucene forgives at most two edits, so "Pokrov" reached "pokrovsk" through them, "Krasnoarm"
 * (four letters short of "krasnoarmeysk") never did.
 */
function prefixClause(key: string): string | null {
  const words = key.split(' ').slice(0, MAX_TERMS);
  const last = words.pop()!;
  if (last.length < MIN_PREFIX) return null;
  return `keys:(${[...words.map(escapeTerm), `${escapeTerm(last)}*`].join(' AND ')})`;
}

/**
 * The full-text query for a user's name search, or null when nothing searchable is left.
 * Exact folded keys rank first, then the loose (transliteration-blind) key, then names that
 * start with what was typed; with `fuzzy`, also terms that forgive a letter or two
 * ("Krasnoarmisk" → "Krasnoarmeysk"), which costs Lucene more than the rest together, so search
 * asks for it only when the rest finds nothing.
 */
export function nameQuery(input: string, fuzzy: boolean): string | null {
  const folded = normalizeName(input);
  if (!folded) return null;
  const keys = searchKeys(input).slice(0, MAX_TERMS);
  const loose = [...new Set(keys.map(looseKey).filter(Boolean))];
  const prefixes = [...new Set(keys.map(prefixClause).filter((clause) => clause !== null))];
  const terms = folded.split(' ').slice(0, MAX_TERMS);
  const clauses = [
    ...keys.map((key) => `keys:${phrase(key)}^4`),
    ...loose.map((key) => `loose:${phrase(key)}^3`),
    ...prefixes,
    ...(fuzzy ? [`keys:(${terms.map((t) => `${escapeTerm(t)}${t.length > 3 ? '~' : ''}`).join(' AND ')})`] : []),
  ];
  return clauses.join(' OR ');
}

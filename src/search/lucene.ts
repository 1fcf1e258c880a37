import { looseKey, normalizeName, searchKeys } from '../names/normalize.js';

/** Lucene's special characters; folded keys rarely hold them, but user input never reaches the parser raw. */
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const escape = (term: string): string => term.replace(SPECIAL, (c) => `\\${c}`);
const phrase = (text: string): string => `"${escape(text)}"`;
const MAX_TERMS = 8;

/**
 * The full-text query for a user's name search, or null when nothing searchable is left.
 * Exact folded keys rank first, then the loose (transliteration-blind) key; with `fuzzy`, also
 * terms that forgive a letter or two ("Krasnoarmisk" → "Krasnoarmeysk"), which costs Lucene
 * more than the rest together, so search asks for it only when the rest finds nothing.
 */
export function nameQuery(input: string, fuzzy: boolean): string | null {
  const folded = normalizeName(input);
  if (!folded) return null;
  const keys = searchKeys(input).slice(0, MAX_TERMS);
  const loose = [...new Set(keys.map(looseKey).filter(Boolean))];
  const terms = folded.split(' ').slice(0, MAX_TERMS);
  const clauses = [
    ...keys.map((key) => `keys:${phrase(key)}^4`),
    ...loose.map((key) => `loose:${phrase(key)}^3`),
    ...(fuzzy ? [`keys:(${terms.map((t) => `${escape(t)}${t.length > 3 ? '~' : ''}`).join(' AND ')})`] : []),
  ];
  return clauses.join(' OR ');
}

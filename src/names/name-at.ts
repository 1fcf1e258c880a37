import type { NameRow } from '../graph/rows.js';

/** Official names before former ones before the rest, when several fit a date. */
const PREFERENCE = ['OFFICIAL', 'FORMER', 'EXONYM', 'COLLOQUIAL', 'TRANSLITERATION'];
/** Languages whose own script is Cyrillic: their Cyrillic forms come before Latin renderings. */
const CYRILLIC_LANGUAGES = new Set(['uk', 'ru', 'be', 'bg', 'sr', 'mk', 'kk']);

/** Whether a form was in use on `day` (YYYY-MM-DD); open-ended periods extend to either side. */
function inUse(name: NameRow, day: string): boolean {
  const from = name.usedFrom ?? '0000';
  // A period ending in "2016" covers all of 2016: compare on the period's own precision.
  const until = name.usedUntil ?? '9999';
  return from <= day.slice(0, from.length) && day.slice(0, until.length) <= until;
}

/**
 * The name an entity had on a day, in a language: among the forms in use then, an official one
 * first, in the language's own script, and a dated one before an undated one. Null when no
 * form of that language fits.
 */
export function nameAt(names: NameRow[], day: string, language: string): NameRow | null {
  const fitting = names.filter((n) => n.language === language && inUse(n, day));
  const ownScript = CYRILLIC_LANGUAGES.has(language) ? 'Cyrl' : 'Latn';
  const rank = (n: NameRow): number =>
    PREFERENCE.indexOf(n.kind) * 4 + (n.script === ownScript ? 0 : 2) + (n.usedFrom || n.usedUntil ? 0 : 1);
  return fitting.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

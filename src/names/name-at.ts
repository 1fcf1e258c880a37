import type { NameRow } from '../graph/rows.js';

/** Official names before former ones before the rest, when several fit a date. */
const PREFERENCE = ['OFFICIAL', 'FORMER', 'EXONYM', 'COLLOQUIAL', 'TRANSLITERATION'];

/** Whether a form was in use on `day` (YYYY-MM-DD); open-ended periods extend to either side. */
function inUse(name: NameRow, day: string): boolean {
  const from = name.usedFrom ?? '0000';
  // A period ending in "2016" covers all of 2016: compare on the period's own precision.
  const until = name.usedUntil ?? '9999';
  return from <= day.slice(0, from.length) && day.slice(0, until.length) <= until;
}

/**
 * The name an entity had on a day, in a language: among the forms in use then, an official one
 * (with a period, so a dated name beats an undated one) first. Null when no form of that
 * language fits.
 */
export function nameAt(names: NameRow[], day: string, language: string): NameRow | null {
  const fitting = names.filter((n) => n.language === language && inUse(n, day));
  const rank = (n: NameRow): number => PREFERENCE.indexOf(n.kind) * 2 + (n.usedFrom || n.usedUntil ? 0 : 1);
  return fitting.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

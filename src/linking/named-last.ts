/**
 * When the article has used one name for two entities, alone or inside a longer name (the town of
 * Дмитриев … Кирилл Дмитриев; Славянск … Славянск-на-Кубани), a bare mention is the one it used
 * last: a reader takes the name in the latest sense the text gave it. A namesake set aside (не слід
 * плутати з містом Миколаїв на Львівщині) is no such use: the aside says the name means the other.
 */
import type { Occurrence } from './context.js';
import type { NameMatch } from './types.js';

// Less than a namesake set against the name or a region written after it, which say where the name
// is; enough to outweigh a town's first mention pinned beside its area several paragraphs before.
export const NAMED_SINCE = -3;

const keyOf = (m: NameMatch): string => m.text.normalize('NFKC').toLowerCase();

/** For each candidate of `m` the article used the name for before `m`, the start of its latest use; null when fewer than two were used. */
export function usesBefore(
  m: NameMatch,
  occurrences: readonly Occurrence[],
  asides: ReadonlySet<number>,
): ReadonlyMap<number, number> | null {
  if (m.forms.size < 2) return null; // one candidate: no other entity to have used the name for
  const key = keyOf(m);
  const latest = new Map<number, number>();
  for (const o of occurrences) {
    if (o.start >= m.start || !m.forms.has(o.entry) || !o.key.includes(key) || asides.has(o.start)) continue;
    latest.set(o.entry, Math.max(latest.get(o.entry) ?? -1, o.start));
  }
  return latest.size < 2 ? null : latest;
}

/** For candidate `entry`: the start of a later use of the name for another candidate, when the article used it for this one before. */
export function namedSince(uses: ReadonlyMap<number, number> | null, entry: number): number | null {
  const own = uses?.get(entry);
  if (own === undefined) return null;
  const last = Math.max(...uses!.values());
  return last > own ? last : null;
}

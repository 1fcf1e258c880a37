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

/** For candidate `entry` of `m`: the start of a later use of the name for another candidate, when the article used it for this one before. */
export function namedSince(m: NameMatch, entry: number, occurrences: readonly Occurrence[], asides: ReadonlySet<number>): number | null {
  if (m.forms.size < 2) return null; // one candidate: no other entity to have used the name for
  const key = keyOf(m);
  const latest = new Map<number, number>();
  for (const o of occurrences) {
    if (o.start >= m.start || !m.forms.has(o.entry) || !o.key.includes(key) || asides.has(o.start)) continue;
    latest.set(o.entry, Math.max(latest.get(o.entry) ?? -1, o.start));
  }
  const own = latest.get(entry);
  if (own === undefined || latest.size < 2) return null;
  const last = Math.max(...latest.values());
  return last > own ? last : null;
}

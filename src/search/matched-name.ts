import type { NameRow } from '../graph/rows.js';
import { normalizeName } from '../names/normalize.js';

/** A name of an entity that matched, with the text of the query it matched (the name part of a reading). */
export interface MatchedName {
  name: NameRow;
  part: string;
}

const spelling = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * How closely a name is the form the query spelt: 0 the same letters (case aside), 1 the same
 * folded key ("Pokrovs'k" for "Pokrovsk"), 2 a key that starts with it, 3 only matched somehow.
 * Several forms often share a key and tie in Lucene's score, so the score alone cannot choose.
 */
function closeness({ name, part }: MatchedName): number {
  if (spelling(name.form) === spelling(part)) return 0;
  const [form, query] = [normalizeName(name.form), normalizeName(part)];
  if (form === query) return 1;
  return form.startsWith(query) ? 2 : 3;
}

/** The name to report for a hit: the closest to what was typed, then the best scored (names come best first). */
export function chooseMatchedName(matched: readonly MatchedName[]): NameRow {
  let best = matched[0]!;
  let bestCloseness = closeness(best);
  for (const candidate of matched.slice(1)) {
    if (bestCloseness === 0) break;
    const c = closeness(candidate);
    if (c < bestCloseness) [best, bestCloseness] = [candidate, c];
  }
  return best.name;
}

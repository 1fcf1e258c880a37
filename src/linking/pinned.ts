/**
 * A name's first mention written beside the area that holds it ("Северска в ДНР", "Pokrovsk,
 * Donetsk region") answers the question the name asks, as a dateline does: its later mentions,
 * bare (Северск перешел под контроль), mean that entity, not a bigger namesake the priors favour.
 * Only the first: a later mention placed elsewhere is most often an aside about a namesake ("не
 * следует путать с Северском в Томской области"), which places that mention alone.
 */
import { normalizeName } from '../names/normalize.js';
import type { Occurrence } from './context.js';
import type { NameIndex, NameMatch } from './types.js';

/** The occurrences with `answers` set where a first mention stands beside an area holding its entity. */
export function withPinnedFirsts(
  index: NameIndex,
  matches: readonly NameMatch[],
  occurrences: Occurrence[],
  qualified: ReadonlyMap<number, ReadonlySet<number>>,
): Occurrence[] {
  if (qualified.size === 0) return occurrences;
  const at = new Map(occurrences.map((o) => [o.start, o]));
  for (const [qualifier, names] of qualified) {
    const area = at.get(qualifier);
    if (area === undefined) continue;
    for (const start of names) {
      const o = at.get(start);
      if (o !== undefined && !o.answers && holds(index, area.entry, o.entry) && firstOfName(matches, o)) o.answers = true;
    }
  }
  return occurrences;
}

/** The area contains the place, or is a region (not a town) of its admin area (ДНР of Donetsk Oblast). */
function holds(index: NameIndex, area: number, place: number): boolean {
  const [a, p] = [index.entries[area]!, index.entries[place]!];
  if (a.kind !== 'PLACE' || p.kind !== 'PLACE') return false;
  if (index.ancestors[place]!.has(a.entityKey)) return true;
  return a.featureClass !== 'P' && a.adminArea !== null && a.adminArea === p.adminArea && a.country === p.country;
}

/** No earlier match could be this name: its first mention. */
function firstOfName(matches: readonly NameMatch[], o: Occurrence): boolean {
  for (const m of matches) {
    if (m.start >= o.start) return true;
    if ([...m.forms.values()].some((ref) => normalizeName(ref.form) === o.form)) return false;
  }
  return true;
}

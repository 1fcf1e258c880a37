/**
 * Where the article says a town is. A first-level region written right after its name, bare or
 * after "in" (Петропавловка в Харьковской области, Петропавлівки на Харківщині, Петропавловка
 * Днепропетровской области), says where it lies; written after the name's first mention, it places
 * the town the article is about, so its later mentions mean that town too (Петропавловка остаётся
 * под контролем). A namesake in another region is not meant, however much else ties it to the
 * article, unless a mention names its own region and that region holds it (the aside "не путать с
 * Красноармейском Саратовской области" places that mention alone, not the article's first).
 * Not after a comma, which may start a list (Kherson, Zaporizhzhia Oblast and Dnipro).
 */
import { normalizeName } from '../names/normalize.js';
import type { Occurrence } from './context.js';
import type { NameIndex, NameMatch } from './types.js';

// Bare, after "in (the)", or after the town it lies near: the village of Karlivka near Pokrovsk in
// the Donetsk region, Авдеевка под Покровском в Донецкой области.
const REGION_AFTER =
  /^(?:[ \t\u00a0]+(?:(?:near|под|під|біля|поблизу|возле)[ \t\u00a0]+\p{Lu}[\p{L}'’-]*[ \t\u00a0]+)?(?:in(?:[ \t\u00a0]+the)?|в|во|у|на)[ \t\u00a0]+|[ \t\u00a0]+)$/iu;
const MAX_GAP = 40;
/** What a namesake outside the region the article places the name in takes off. */
export const ELSEWHERE = -4;

/** For each match, the first-level regions among the resolved mentions written right after it. */
export function regionsAfter(
  text: string,
  matches: readonly NameMatch[],
  occurrences: readonly Occurrence[],
  index: NameIndex,
): number[][] {
  const regions = occurrences.filter((o) => index.entries[o.entry]!.featureCode === 'ADM1');
  return matches.map((m) =>
    regions
      .filter((o) => o.start >= m.end && o.start - m.end <= MAX_GAP && REGION_AFTER.test(text.slice(m.end, o.start)))
      .map((o) => o.entry),
  );
}

/**
 * The region this match's own words or its name's first mention place it in, if that region does
 * not hold the candidate `entry`. Matches come in text order (match.ts).
 */
export function placedElsewhere(
  index: NameIndex,
  matches: readonly NameMatch[],
  regions: readonly number[][],
  i: number,
  entry: number,
): string | null {
  const candidate = index.entries[entry]!;
  if (candidate.featureClass !== 'P' || candidate.adminArea === null) return null;
  // By the relations or by the admin area's name, whichever the gazetteer gives.
  const holds = (region: number): boolean => {
    const r = index.entries[region]!;
    return index.ancestors[entry]!.has(r.entityKey) || (r.adminArea !== null && r.adminArea === candidate.adminArea);
  };
  const outside = (j: number): string | null => {
    const region = regions[j]!.find((r) => !holds(r));
    return region === undefined ? null : index.entries[region]!.entityKey;
  };
  if (regions[i]!.length > 0) return regions[i]!.some(holds) ? null : outside(i);
  const form = normalizeName(matches[i]!.forms.get(entry)!.form);
  const first = matches.findIndex((m) => m.forms.has(entry) && normalizeName(m.forms.get(entry)!.form) === form);
  return first === i ? null : outside(first);
}

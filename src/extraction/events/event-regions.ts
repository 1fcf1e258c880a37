import { LOCATORS, REGION_NAMES } from './event-cues.js';
import { listed } from './event-place-lists.js';
import { gapWords, near, type Linked, type Reach, type Sentence } from './event-sentence.js';
import type { KnownMention } from '../types.js';

/** Regions beside the places they hold: which of two places only locates the other. */

/** A region's key names it a region where its name may not: "в ДНР", "в Татарстане". */
const REGION_KEY = /-(oblast|krai|republic|peoples-republic)(-[a-z]{2})?$/u;
export const isRegion = (s: Sentence, m: KnownMention): boolean =>
  REGION_NAMES.test(s.text.slice(m.start, m.end)) || (m.entityKey !== null && REGION_KEY.test(m.entityKey));

/**
 * A region right after a place only locates it: "in the Kharkiv region", "в Донецкой области" after
 * a locator, or in Russian and Ukrainian in the genitive with nothing between ("в Ладыжине
 * Винницкой области", "у Ладижині Вінницької області").
 */
export function locates(s: Sentence, place: KnownMention, region: KnownMention): boolean {
  if (!isRegion(s, region)) return false;
  const gap = s.text.slice(place.end, region.start);
  return LOCATORS[s.language].has(gapWords(s, place.end, region.start)) || (s.language !== 'en' && /^ +$/u.test(gap));
}

/** Where a place ends with the region locating it: "Nikopol and Marhanets in the Dnipropetrovsk region came under fire". */
export function locatedEnd(s: Sentence, place: KnownMention): number {
  const next = s.mentions[s.mentions.indexOf(place) + 1];
  return next?.kind === 'PLACE' && locates(s, place, next) ? next.end : place.end;
}

/** "в", "у", "in": the town after them lies in the place before, which only locates it. */
const INSIDE: ReadonlySet<string> = new Set(['in', 'в', 'во', 'у']);

/** "по предприятиям Украины в Днепропетровске": a place followed by "в" and a town holds it; the town is the event's. */
export const holds = (s: Sentence, place: KnownMention, next: KnownMention | undefined): boolean =>
  next !== undefined && !isRegion(s, next) && INSIDE.has(gapWords(s, place.end, next.start));

/**
 * A region is the place only when none of its towns is named in the clause: "обстрілів на
 * Донеччині загинули двоє цивільних у Костянтинівці" is Kostiantynivka.
 */
export function townsOf(s: Sentence, r: Reach, after: readonly KnownMention[], reach: number): Linked | null {
  if (!isRegion(s, after[0]!)) return null;
  const town = after.findIndex((m) => !isRegion(s, m));
  if (town < 0 || !near(s, r.end, after[town]!.start, reach)) return null;
  return { places: listed(s, after.slice(town)), rule: 'a town named in the clause rather than its region', weight: 0.6 };
}

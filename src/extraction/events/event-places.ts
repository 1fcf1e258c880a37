import type { EventType } from '../../graph/vocabulary.js';
import { LOCATORS, ORIGIN_WORDS } from './event-cues.js';
import { afterPartner, partner } from './event-partners.js';
import { brokenDown, inArea, inTarget, listed } from './event-place-lists.js';
import { firstWordFrom, near, nearAcrossSource, type Linked, type Reach, type Sentence } from './event-sentence.js';
import { otherName } from './event-other-names.js';
import { holds, locatedEnd, locates, townsOf } from './event-regions.js';
import { settingOf } from './event-settings.js';
import { verbObject } from './event-verbs.js';
import type { KnownMention } from '../types.js';

/** Words a place may stand from the framing word: "captured the village of X" is three; after an area word ("over", "в районе"), twice as many. */
const PLACE_REACH = 6;
const AREA_REACH = 12;
const POSSESSIVE = /^\s*(['’]s)?\s*$/u;
/** "of" or "into" between a noun and the place after it: what the noun was done to. */
const OWNED_PLACE = /^\s+(of|into|on)\s+(the\s+)?$/u;
/** "Russia's Defence Minister Andrey Belousov", "Ukraine's Zelensky": a place in a title, capitalised words at most between. */
const TITLE = /^\s*(['’]s)?(\s+\p{Lu}[\p{L}-]*){0,3}\s*$/u;
/** "Ukraine's top security official Rustem Umerov": a country owning a description before a name is the person's, not where. */
const OWNED_TITLE = /^['’]s(\s+\p{Ll}[\p{L}-]*){1,4}\s+$/u;

/**
 * The places between two offsets that can be where a framing's event happened: not one that
 * only locates the place before it ("in Kharkiv Oblast") or names it again in parentheses, is part of a title ("Президент России
 * Владимир Путин", "Russia's Defence Ministry") or, for an attack, says where it came from.
 */
function placesIn(s: Sentence, from: number, to: number, type: EventType): KnownMention[] {
  const origins = ORIGIN_WORDS[type]?.[s.language];
  // "launched from the Kursk and Belgorod regions": a place listed with where it came from came from there too.
  const origin = (m: KnownMention, k: number): boolean => {
    if (origins?.has(wordBefore(s, m, 'the')?.lower ?? '') === true) return true;
    const previous = s.mentions[k - 1];
    return previous?.kind === 'PLACE' && ORIGIN_LIST.test(s.text.slice(previous.end, m.start)) && origin(previous, k - 1);
  };
  return s.mentions.filter((m, k) => {
    if (m.kind !== 'PLACE' || m.entityKey === null || m.start < from || m.end > to || front(s, m) || otherName(s, m)) return false;
    const [previous, next] = [s.mentions[k - 1], s.mentions[k + 1]];
    if (previous?.kind === 'PLACE' && locates(s, previous, m)) return false;
    // A place a locator introduces is where, not a title: "в Чернігові Чаус провів нараду".
    const gap = next === undefined ? '' : s.text.slice(m.end, next.start);
    const named = next !== undefined && next.kind !== 'PLACE' && next.kind !== null && (TITLE.test(gap) || OWNED_TITLE.test(gap));
    if (named && !LOCATORS[s.language].has(wordBefore(s, m)?.lower ?? '')) return false;
    return !origin(m, k);
  });
}

const ORIGIN_LIST = /^\s*(,|and|и|і|й|та)\s*$/u;

/** "on the Pokrovsk front", "the Kupiansk direction": a town naming a stretch of the front, not where it was fought. */
const FRONT = /^\s+(front|direction|axis|sector)\b/u;
const front = (s: Sentence, m: KnownMention): boolean => s.language === 'en' && FRONT.test(s.text.slice(m.end, m.end + 12));

/** The word before a mention, or before `skip` there ("over the Odesa region"). */
function wordBefore(s: Sentence, m: KnownMention, skip?: string) {
  const i = firstWordFrom(s.ws, m.start) - 1;
  return skip !== undefined && s.ws[i]?.lower === skip ? s.ws[i - 1] : s.ws[i];
}

/**
 * The place a framing word is about: one right before a noun ("Pokrovsk’s capture") or before a
 * verb whose subject it is ("Pokrovsk fell", "Pokrovsk was captured"); else the nearest after it
 * ("the capture of Pokrovsk"), unless the word takes its place only as subject ("fell"), with the places listed after that one ("Krasnoarmysk and
 * Volchansk"), unless it owns a later noun or is a partner to talks; else the nearest before it
 * in its clause, with the places listed with either; else the place its clause is set in.
 */
export function linkPlaces(s: Sentence, r: Reach, subjectFirst: boolean, onlyAfter = false): Linked | null {
  // A happening placed only by a locator takes no other place: "поблагодарил Абу-Даби", "Russia and Ukraine swapped".
  const located = (m: KnownMention) => r.match.group.located !== true || LOCATORS[s.language].has(wordBefore(s, m)?.lower ?? '');
  const before = onlyAfter ? [] : placesIn(s, r.from, r.start, r.match.type).filter(located).reverse();
  // A partner to talks is skipped for the place after it: "з главою МЗС Китаю у Пекіні".
  const all = placesIn(s, r.end, r.to, r.match.type).filter(located);
  const after = all.slice(
    Math.max(
      0,
      all.findIndex((m) => !partner(s, r, m)),
    ),
  );
  const nearest = before[0];
  // Only English puts a place before a noun it owns ("Pokrovsk’s capture"); "На Дніпропетровщині під вогнем" locates.
  // "Ukraine's incursion into the Kursk region", "Russia's capture of Pokrovsk": the owner did it, the place follows.
  const placeFollows = after[0] !== undefined && OWNED_PLACE.test(s.text.slice(r.end, after[0].start));
  if (nearest && r.match.group.noun && s.language === 'en' && !placeFollows && POSSESSIVE.test(s.text.slice(nearest.end, r.start)))
    return { places: [nearest.entityKey!], rule: 'place right before the word', weight: 0.7 };
  const beforeNear =
    nearest !== undefined &&
    (near(s, locatedEnd(s, nearest), r.start, PLACE_REACH) ||
      nearAcrossSource(s, nearest, LOCATORS[s.language].has(wordBefore(s, nearest)?.lower ?? ''), r.start, PLACE_REACH));
  if (subjectFirst && beforeNear) return { places: listed(s, before), rule: 'place as the subject before the word', weight: 0.6 };
  if (nearest && locatedRightBefore(s, r, nearest))
    return { places: listed(s, before), rule: 'place a locator puts right before the noun', weight: 0.6 };
  // "Debris fell on Kurchatov": a place after "fell" is where something landed, not what fell.
  if (r.match.group.placeBefore) return null;
  const reach =
    after[0] && (inArea(s, after[0]) || inTarget(s, r, after[0]) || afterPartner(s, r, after[0]) || townOf(s, after[0]))
      ? AREA_REACH
      : placeReach(r);
  if (after[0] && near(s, r.end, after[0].start, reach) && !owner(s, after[0]) && !partner(s, r, after[0]) && !verbObject(s, r, after[0])) {
    const places = holds(s, after[0], after[1]) ? after.slice(1) : after;
    return (
      brokenDown(s, r, places) ??
      townsOf(s, r, places, AREA_REACH) ?? { places: listed(s, places), rule: 'place after the word', weight: 0.7 }
    );
  }
  if (beforeNear && !attacker(s, r, nearest))
    return { places: listed(s, before), rule: 'place before the word in its clause', weight: 0.5 };
  return onlyAfter ? null : settingOf(s, r, nearest);
}

/**
 * "провел в Тирасполе встречу с послом России в Молдавии", "провів у Харкові нараду": in Russian
 * and Ukrainian a place a locator puts right before the noun of a meeting is where it was held, before any place after it, which may only be in a partner's title. ("На
 * Дніпропетровщині під вогнем опинилися Нікополь" is no meeting: the towns after are where; "В Киеве
 * итоги переговоров прокомментировали", a noun between, is where they were commented on.)
 */
function locatedRightBefore(s: Sentence, r: Reach, place: KnownMention): boolean {
  if (r.match.type !== 'MEETING' || s.language === 'en' || !LOCATORS[s.language].has(wordBefore(s, place)?.lower ?? '')) return false;
  return near(s, locatedEnd(s, place), r.start, 0);
}

/** English words that put a place before an attack where it happened: "in Kharkiv, drones attacked". */
const PLACING: ReadonlySet<string> = new Set(['in', 'near', 'over', 'around', 'at', 'on', 'outside', 'across']);

/**
 * "hours after Russia attacked the city", "Russia had launched 80 drones": in English a bare place
 * before an active attack verb is who attacked, not where ("Vovchansk stayed under shelling" is
 * where: a noun).
 */
const attacker = (s: Sentence, r: Reach, place: KnownMention): boolean =>
  s.language === 'en' && r.match.type === 'ATTACK' && !r.match.group.noun && !PLACING.has(wordBefore(s, place)?.lower ?? '');

/**
 * A participle of control names its place beside it ("освобождённый Красноармейск", "звільнені
 * села Донеччини"); further off it names people ("Освобождённых доставят самолётами в Подмосковье").
 */
const PARTICIPLE_REACH = 2;
const placeReach = (r: Reach): number =>
  r.match.type === 'CONTROL_CHANGE' && !r.match.group.noun && r.match.group.subject === undefined ? PARTICIPLE_REACH : PLACE_REACH;

/**
 * "struck an oil refinery in the central Russian city of Ryazan": a town named by what it is, after
 * a locator, may stand as far as after an area word.
 */
const TOWN_OF = /\b(in|near|outside)\s+the\s+([\p{L}-]+\s+){0,3}(city|town|village|port|settlement)\s+of\s+$/iu;
const townOf = (s: Sentence, m: KnownMention): boolean =>
  s.language === 'en' && TOWN_OF.test(s.text.slice(Math.max(s.span.start, m.start - 60), m.start));

/**
 * A place with ’s after it owns the next noun ("its liberation strengthens Russia’s industry"): not
 * the framing's place, unless a locator puts the event in what it owns ("in Pokrovsk's northern districts").
 */
const owner = (s: Sentence, place: KnownMention): boolean =>
  /^['’]s$/u.test(s.text.slice(place.end, place.end + 2)) && !LOCATORS[s.language].has(wordBefore(s, place)?.lower ?? '');

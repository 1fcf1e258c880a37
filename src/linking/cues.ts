/**
 * What the words around a name say it is. News introduces a small place by its kind ("the
 * village of Novoekonomichne", "населённый пункт Новоэкономическое", "села Шахове"), so a city
 * of that name (Myrnohrad was once Novoekonomichne) is unlikely to be meant; it names a river
 * by the river, its bank or its delta ("на левом берегу Днепра", "в дельті Дніпра"), which no
 * town is; and a dateline ("ЗАПОРІЖЖЯ, 6 березня", "MOSCOW, December 8") is the town a report
 * was filed from, never the region named after it; while a name used as an English
 * attribute of fighting ("the Donetsk front", "Pivotal in Donetsk Conflict", "the Kupiansk
 * direction") is rather the area, and one in the Ukrainian locative after "на" (на Запоріжжі) is
 * the region, after "у" (у Запоріжжі) rather the town; and what something is named after (в честь академика Курчатова) is a person.
 */
import { normalizeName } from '../names/normalize.js';
import type { GazetteerEntry } from './types.js';

export type Cue = 'village' | 'river' | 'dateline' | 'area' | 'region' | 'town' | 'eponym';

// The words that end such an introduction, in the cases the three languages put them in before a
// name (a place's name stays in its own case after "village of", "село", "у селі").
const CUE_WORDS: Readonly<Record<Exclude<Cue, 'dateline' | 'area' | 'region' | 'town' | 'eponym'>, readonly string[]>> = {
  village: [
    'village',
    'villages',
    'hamlet',
    'settlement',
    'settlements',
    'село',
    'села',
    'селе',
    'селом',
    'сёла',
    'селу',
    'деревня',
    'деревни',
    'деревне',
    'посёлок',
    'посёлка',
    'посёлке',
    'поселок',
    'поселка',
    'поселке',
    'хутор',
    'хутора',
    'селі',
    'селища',
    'селище',
    'селищі',
    'хутір',
    'хуторі',
    'пункт',
    'пункта',
    'пункте',
    'пункту',
    'пункті',
  ],
  river: [
    'river',
    'bank',
    'banks',
    'река',
    'реки',
    'реке',
    'рекой',
    'берег',
    'берегу',
    'берега',
    'річка',
    'річки',
    'річці',
    'берегом',
    'берегах',
    'береги',
    // вверх по течению Днепра, нижче за течією Дніпра: the river's flow
    'течению',
    'течения',
    'течении',
    'течією',
    'течії',
    'delta',
    'дельта',
    'дельте',
    'дельты',
    'дельті',
    'дельти',
    'устье',
    'устья',
    'гирло',
    'гирлі',
  ],
};
const WORD_TO_CUE = new Map<string, Cue>(
  (Object.entries(CUE_WORDS) as [Cue, readonly string[]][]).flatMap(([cue, words]) => words.map((w) => [normalizeName(w), cue] as const)),
);
// "the village of", "the left bank of the": the cue word, then at most "of" and "the" before the name.
const BEFORE_NAME = /(\p{L}+)(?:\s+of)?(?:\s+the)?\s+$/u;
const LOOK_BACK = 24;

// A line that opens with the name in capitals, then a comma or a bracket: KYIV (Reuters) –.
const LINE_START = /(?:^|\n)[ \t]*$/;
const AFTER_DATELINE = /^[ \t]*[,(]/;
const AREA_AFTER = /^[ \t]+(?:conflict|front|direction|axis|sector|offensive|campaign)\b/iu;
// Ukrainian puts a region, not a town, in the locative after "на" (на Запоріжжі, на Донбасі: in
// the area; у Запоріжжі: in the city). The accusative after it is a direction (тисне на Гуляйполе).
const ON_AREA_BEFORE = /(?:^|[^\p{L}])[Нн]а[ \t\u00a0]+$/u;
const UK_LOCATIVE = /\p{Script=Cyrillic}і$/u;
// The other half of the idiom: у or в with the locative is in the town (у Запоріжжі, у самому Запоріжжі).
const IN_TOWN_BEFORE = /(?:^|[^\p{L}])[УуВв](?:[ \t\u00a0]+самому)?[ \t\u00a0]+$/u;
// What something is named after is a person, whatever town shares the name (город, названный в
// честь академика Курчатова; станція імені Шевченка), a lower-case title between them.
const EPONYM_BEFORE = /(?:^|[^\p{L}])(?:имени|імені|в честь|на честь|named after|in honou?r of)(?:[ \t\u00a0]+\p{Ll}+)?[ \t\u00a0]+$/iu;
const EPONYM_LOOK_BACK = 32;

// An English, Russian or Ukrainian appositive after the name says the same as a cue before it:
// "near Kamianske, a village on the shore of the reservoir", "у Шахового, села на …".
const VILLAGE_AFTER =
  /^,[ \t\u00a0]+(?:(?:an?|the)[ \t\u00a0]+)?(?:(?:small|tiny|frontline|front-line)[ \t\u00a0]+)?(?:village|hamlet|settlement|село|села|деревня|деревни|посёлок|поселок|посёлка|поселка|селище|селища|хутор)(?!\p{L})/iu;

/** The cue around the span [start, end), if any. */
export function cueAround(text: string, start: number, end: number): Cue | null {
  const span = text.slice(start, end);
  if (
    span.length > 2 &&
    span === span.toUpperCase() &&
    LINE_START.test(text.slice(Math.max(0, start - LOOK_BACK), start)) &&
    AFTER_DATELINE.test(text.slice(end, end + 3))
  )
    return 'dateline';
  if (AREA_AFTER.test(text.slice(end, end + LOOK_BACK))) return 'area';
  if (UK_LOCATIVE.test(span) && ON_AREA_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return 'region';
  if (UK_LOCATIVE.test(span) && IN_TOWN_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return 'town';
  if (EPONYM_BEFORE.test(text.slice(Math.max(0, start - EPONYM_LOOK_BACK), start))) return 'eponym';
  return cueBefore(text, start) ?? (VILLAGE_AFTER.test(text.slice(end, end + LOOK_BACK + 16)) ? 'village' : null);
}

/** The cue the words just before `start` give, if any; a capitalised word is a name's (the Bank of Russia). */
function cueBefore(text: string, start: number): Cue | null {
  const m = BEFORE_NAME.exec(text.slice(Math.max(0, start - LOOK_BACK), start));
  if (m === null || m[1]!.charAt(0) !== m[1]!.charAt(0).toLowerCase()) return null;
  return WORD_TO_CUE.get(normalizeName(m[1]!)) ?? null;
}

// A village cue leaves room for a large village; a town of this size is not one.
export const TOWN_POPULATION = 20_000;
const AGAINST_CUE = -3;
// An attribute leans to the area without ruling out the town: there may be no area of that name.
const AREA_OVER_TOWN = -1.5;

/** What the cue takes off a candidate's log-odds, and why; null when it says nothing of it. */
export function cueWeight(cue: Cue | null, entry: GazetteerEntry): [number, string] | null {
  if (cue === 'village' && entry.kind === 'PLACE' && (entry.population ?? 0) >= TOWN_POPULATION) {
    return [AGAINST_CUE, `introduced as a village: not a town of ${entry.population}`];
  }
  if (cue === 'river' && entry.kind === 'PLACE') return [AGAINST_CUE, 'introduced as a river'];
  if (cue === 'area' && entry.featureClass === 'P') return [AREA_OVER_TOWN, 'named as an attribute of fighting: rather the area'];
  // The idiom is as sure as the village cue: Ukrainian says у Запоріжжі of the city.
  if (cue === 'eponym' && entry.kind === 'PLACE') return [AGAINST_CUE, 'what something is named after: a person, not the place'];
  if (cue === 'region' && entry.featureClass === 'P') return [AGAINST_CUE, 'на with the locative: the region, not the town'];
  if (cue === 'town' && entry.featureCode === 'ADM1') return [AREA_OVER_TOWN, 'у with the locative: rather the town than the region'];
  if (cue === 'dateline' && entry.kind === 'PLACE' && entry.featureClass !== 'P' && entry.featureClass != null) {
    return [AGAINST_CUE, 'a dateline: the town a report was filed from'];
  }
  return null;
}

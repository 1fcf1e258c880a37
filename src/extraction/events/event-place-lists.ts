import { AREA_WORDS, REGION_NAMES } from './event-cues.js';
import { firstWordFrom, type Linked, type Reach, type Sentence } from './event-sentence.js';
import type { KnownMention } from '../types.js';

/**
 * The places a framing word names beside the first one: those listed with it, by a conjunction,
 * a repeated preposition, a parallel clause counting a toll, a second target, or the areas a
 * tally is broken down by.
 */
const LIST_JOIN = /^\s*,?\s*(and|or|и|или|і|й|та|або)?\s*$/u;
/**
 * A list that repeats its preposition, after a conjunction and the plural of a region word: "у
 * Куп’янську та поблизу Борової", "над Липецкой и Тамбовской областями, а также над Татарстаном",
 * "shelled Kupiansk and also near Borova".
 */
const PREPOSITION_LIST_JOIN =
  /^\s*(regions|област\p{L}*)?\s*,?\s*(and|as well as|и|а также|і|й|та|а також)\s+(also|также|також)?\s*(in|near|over|at|on|around|в|во|на|над|под|возле|вблизи|у|під|поблизу|біля)\s+(the\s+)?$/u;
/**
 * A toll counted place by place in clauses coordinated with the one naming the first: "killed two
 * civilians in Kostiantynivka and wounded four in Druzhkivka", "загинули двоє у Костянтинівці, ще
 * четверо поранені в Дружківці", "37 безпілотників, знищених над Волгоградською областю, і ще
 * дев'ять над Ростовською". The next clause holds a number and its own locative; a framing
 * word in it would have ended the reach.
 */
const PARALLEL_JOIN =
  /^\s*(,\s*(and|и|а|і|й|та|ще|еще|ещё)?|and|и|а|і|й|та)\s+(\p{L}+\s+){0,2}(\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|двое|трое|четверо|пятеро|шестеро|один|одна|двоє|троє|четверо|п['’]ятеро|шестеро|одна|один|два|две|дві|три|четыре|чотири|пять|п['’]ять|шесть|шість|семь|сім|восемь|вісім|девять|дев['’]ять|десять)\s+(\p{L}+\s+){0,2}(in|at|near|over|в|во|на|над|под|у|під|біля|поблизу)\s+(the\s+)?$/iu;
/**
 * A second target named by what was hit there: "struck the port of Primorsk and a fuel terminal
 * at Ust-Luga", "повредили крышу в Балаклаве и линию электропередачи в районе Инкермана". Only a
 * noun phrase: no comma before the conjunction and no verb in it ("hit Kostiantynivka, and
 * residents gathered in Druzhkivka"), told by English "-ed" and auxiliaries and by Russian and
 * Ukrainian past-tense endings.
 */
const NOUN_LIST_JOIN =
  /^\s*(and\s+(a|an|the)\s+((?!\p{L}*ed\s|(said|told|was|were|is|are|has|have|had)\s)\p{L}[\p{L}-]*\s+){0,2}(at|in|near|of)|(и|і|й|та)\s+((?!\p{L}+(л|ла|ло|ли|лся|лась|лись|лася|лися|вся)\s)\p{L}[\p{L}-]*\s+){1,3}(в|во|на|у|под|під|біля|поблизу|возле|в районе|у районі|в районі))\s+(the\s+)?$/iu;
/** "shelled Semenivka and the outskirts of Novhorod-Siverskyi", "обстріляв Семенівку та околиці Новгорода-Сіверського": the town of the outskirts is listed. */
const OUTSKIRTS_JOIN = /^\s*,?\s*(and|и|і|й|та)\s+(the\s+)?(outskirts\s+of|окраины|окраину|окрестности|околиці|околицю)\s+(the\s+)?$/iu;
/** "Kharkiv and several towns of the Kharkiv region", "Харьков и сёла Харьковской области": the region is listed too. */
const REGION_TOWNS =
  /^\s*,?\s*(and|и|і|та)\s+(\p{L}+\s+)?(towns|villages|settlements|cities|населенн\p{L}*\s+пункт\p{L}*|с[её]л\p{L}*|міст\p{L}*|селищ\p{L}*)\s+((of|in)\s+(the\s+)?)?$/u;
/**
 * A place after an area word, or after one and the noun it takes: "over the Odesa region", "над
 * территорией Краснодарского края", "в районах населенных пунктов Ямполь и Серебрянка" (the
 * settlement noun of military reports is skipped).
 */
export function inArea(s: Sentence, m: KnownMention): boolean {
  let i = firstWordFrom(s.ws, m.start) - (s.ws[firstWordFrom(s.ws, m.start) - 1]?.lower === 'the' ? 2 : 1);
  if (SETTLEMENT.test(`${s.ws[i - 1]?.lower} ${s.ws[i]?.lower}`)) i -= 2;
  return [s.ws[i], s.ws[i - 1]].some((w) => w !== undefined && AREA_WORDS[s.language].has(w.lower));
}

/** The prepositions that open an attack's target: "удару … по енергетичних об'єктах", "ударов по ТЭС". */
const TARGET_PREPOSITIONS: Record<Sentence['language'], ReadonlySet<string>> = {
  en: new Set(['on']),
  ru: new Set(['по']),
  uk: new Set(['по']),
};
const TARGET_LOCATORS: ReadonlySet<string> = new Set(['in', 'near', 'в', 'во', 'у', 'на', 'под', 'під', 'біля', 'возле']);

/**
 * "завдали масованого удару ракетами й дронами по енергетичних об'єктах у Ладижині", "strikes
 * with missiles on energy sites in Ladyzhyn": an attack names its weapons and its target before
 * where the target is, so a place a locator puts after the target phrase may stand as far as
 * after an area word.
 */
export function inTarget(s: Sentence, r: Reach, m: KnownMention): boolean {
  if (r.match.type !== 'ATTACK') return false;
  const at = firstWordFrom(s.ws, m.start);
  if (!TARGET_LOCATORS.has(s.ws[at - 1]?.lower ?? '')) return false;
  return s.ws.slice(r.match.last + 1, at - 1).some((w) => TARGET_PREPOSITIONS[s.language].has(w.lower));
}

/** "населенного пункта", "населённых пунктов", "населених пунктів": the noun a military report puts before a settlement's name. */
const SETTLEMENT = /^насел[её]н\p{L}* пункт\p{L}*$/u;

/**
 * The words that break a tally into its parts: "destroyed 221 drones, among them 28 over …", "из
 * них 31 — над …", or a colon before the first count: "уничтожили 46 беспилотников: 37 над …".
 */
const BREAKDOWN = /(among them|of them|including|из них|в том числе|з них|із них|у тому числі|в тому числі)\s|\p{L}:\s*\d/iu;

/**
 * A tally broken down by area names every area it counts, however the parts are joined ("28
 * over the Leningrad region and nine over the Novgorod region", "31 — над Краснодарским краем,
 * девять — над акваторией Черного моря и шесть — над Крымом").
 */
export function brokenDown(s: Sentence, r: Reach, after: readonly KnownMention[]): Linked | null {
  if (!BREAKDOWN.test(s.text.slice(r.end, after[0]!.start))) return null;
  // An area and the places listed with it: "в том числе над Саками, Евпаторией и Джанкоем".
  const counted: KnownMention[] = [];
  after.forEach((m, k) => {
    const listedWithLast = k > 0 && counted.at(-1) === after[k - 1] && LIST_JOIN.test(s.text.slice(after[k - 1]!.end, m.start));
    if (inArea(s, m) || listedWithLast) counted.push(m);
  });
  if (counted.filter((m) => inArea(s, m)).length < 2) return null;
  return { places: [...new Set(counted.map((m) => m.entityKey!))], rule: 'the areas a tally is broken down by', weight: 0.6 };
}
/**
 * A relative clause about a listed place, then the next: "Зміїв, який до 1990 року називався
 * Готвальд, і Балаклія", "Izium, which was retaken in 2022, and Balakliia".
 */
const RELATIVE_JOIN = /^\s*,\s*(which|who|где|который|которая|которое|которые|що|який|яка|яке|які|де)\s[^,;:.]*,\s*(and|и|і|й|та)\s+$/u;

/** "в Ладыжине Винницкой области и по подстанциям в Кировограде": a list goes on after the region in the genitive locating a town. */
function locatedEnd(s: Sentence, place: KnownMention, before: number): number {
  const region = s.mentions.find((m) => m.start > place.end && m.end <= before && /^ +$/u.test(s.text.slice(place.end, m.start)));
  return region !== undefined && REGION_NAMES.test(s.text.slice(region.start, region.end)) ? region.end : place.end;
}

/** The nearest place and those listed with it ("Krasnoarmysk and Volchansk"), `outward` running away from the word. */
export function listed(s: Sentence, outward: readonly KnownMention[]): string[] {
  const keys = [outward[0]!.entityKey!];
  const gapOf = (a: KnownMention, b: KnownMention) => {
    const [left, right] = [a, b].sort((x, y) => x.start - y.start);
    return s.text.slice(locatedEnd(s, left!, right!.start), right!.start);
  };
  for (let k = 1; k < outward.length; k++) {
    const gap = gapOf(outward[k - 1]!, outward[k]!);
    const region = REGION_NAMES.test(s.text.slice(outward[k]!.start, outward[k]!.end)) && REGION_TOWNS.test(gap);
    const joins = [LIST_JOIN, PREPOSITION_LIST_JOIN, PARALLEL_JOIN, NOUN_LIST_JOIN, OUTSKIRTS_JOIN];
    if (joins.some((join) => join.test(gap)) || region) {
      keys.push(outward[k]!.entityKey!);
      continue;
    }
    // The places a relative clause names are not listed; the one after it is.
    const next = outward.findIndex((m, j) => j > k && RELATIVE_JOIN.test(gapOf(outward[k - 1]!, m)));
    if (next < 0) break;
    keys.push(outward[next]!.entityKey!);
    k = next;
  }
  return [...new Set(keys)];
}

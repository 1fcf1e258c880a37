import type { EventType } from '../../graph/vocabulary.js';
import { OCCASION_WORDS, PASSIVE_AUXILIARIES, PLACE_ANAPHORS, TIME_PREPOSITIONS } from './event-cues.js';
import type { Report } from './event-merge.js';
import { near, type Linked, type Reach, type Sentence } from './event-sentence.js';
import type { FramingLanguage } from '../framings/framing-words.js';
import { normalize } from '../framings/framings.js';

/**
 * How a later sentence refers back to an event the article already reported: by a word for the
 * town ("the town has fallen", "взятие города"), by a bare noun ("the talks", "Встреча
 * продолжалась") or by a noun giving a time ("during the visit", "после встречи").
 */

/** What the article has reported so far, read in order. */
export interface Memory {
  /** The place each type of event was last reported at, for "the city’s fall" in a later sentence. */
  recent: Map<EventType, string>;
  /** The place any event was last reported at, for "the town" where none of the same type came before. */
  last: string | null;
  /** The place each type was first reported at: the lede's event, which a bare "the talks" later means. */
  lede: Map<EventType, string>;
  /** The last asserted report of each type, placed or not: what "во время визита" means. */
  reported: Map<EventType, Pick<Report, 'place' | 'link' | 'participants'>>;
}

export const emptyMemory = (): Memory => ({ recent: new Map(), last: null, lede: new Map(), reported: new Map() });

/** An asserted report at one place: what "the city" and "the talks" may later mean. */
export function remember(memory: Memory, type: EventType, place: string): void {
  memory.recent.set(type, place);
  memory.last = place;
  if (!memory.lede.has(type)) memory.lede.set(type, place);
}

/**
 * "the city’s fall", "the fall of the town", "the town has fallen", "взятие города": the place the
 * last asserted framing of the same type was linked to; a noun with no place or party of its own
 * ("after the visit", "Встреча продолжалась") refers to the first one (`definite`).
 */
export function backReference(s: Sentence, r: Reach, memory: Memory): Linked | null {
  const both = bothPlaces(s, r);
  if (both) return { places: both, rule: 'places by back-reference ("both cities") to the two named before', weight: 0.5 };
  const place = memory.recent.get(r.match.type) ?? memory.last ?? undefined;
  if (place === undefined) return null;
  if (anaphor(s, r)) return { places: [place], rule: 'place by back-reference ("the city’s") to the last place of that type', weight: 0.5 };
  return null;
}

/** Whether a word for a town points back next to the framing, as PLACE_ANAPHORS says. */
function anaphor(s: Sentence, r: Reach): boolean {
  const nouns = PLACE_ANAPHORS[s.language];
  const is = (i: number) => i >= 0 && s.ws[i] !== undefined && nouns.has(normalize(s.ws[i]!.lower));
  const { first, last } = r.match;
  if (s.language !== 'en') return is(last + 1) || is(last + 2);
  const the = (i: number) => s.ws[i]?.lower === 'the';
  // "the city’s fall"; "fall of the town", "withdrawn from the town"; "the town has fallen".
  if (/['’]s$/u.test(s.ws[first - 1]?.lower ?? '') && is(first - 1)) return true;
  // "the village of Novoekonomichne" names a place, it does not point back.
  const pointing = (i: number) => the(i) && is(i + 1) && s.ws[i + 2]?.lower !== 'of';
  // "fighting spread to villages north of the city": within a place's reach, in the clause.
  for (let i = last + 1; i <= last + ANAPHOR_REACH && i < s.ws.length; i++)
    if (pointing(i) && near(s, s.ws[last]!.end, s.ws[i]!.start, ANAPHOR_REACH)) return true;
  return (the(first - 2) && is(first - 1)) || (the(first - 3) && is(first - 2) && PASSIVE_OR_PERFECT.has(s.ws[first - 1]!.lower));
}

/** "both cities", "обоих городов", "обох міст": the words, after the framing word, that point back to two places. */
const BOTH: Record<FramingLanguage, RegExp> = {
  en: /^\W+(?:\p{L}+\s+){0,3}?of both (?:cities|towns|villages)\b/u,
  ru: /^\W+(?:\p{L}+\s+){0,3}?обоих (?:городов|поселков|сел)(?!\p{L})/u,
  uk: /^\W+(?:\p{L}+\s+){0,3}?обох (?:міст|селищ|сіл)(?!\p{L})/u,
};

/** "glide bombs hit residential areas of both cities": the last two places the sentence named before the word. */
function bothPlaces(s: Sentence, r: Reach): string[] | null {
  if (!BOTH[s.language].test(s.text.slice(r.end, r.to))) return null;
  const keys: string[] = [];
  for (const m of s.mentions.filter((m) => m.kind === 'PLACE' && m.entityKey !== null && m.end <= r.start).reverse())
    if (keys.length < 2 && !keys.includes(m.entityKey!)) keys.unshift(m.entityKey!);
  return keys.length === 2 ? keys : null;
}

/** Words "the town" may stand after the framing word, as a place may. */
const ANAPHOR_REACH = 6;

const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that']);

/**
 * "during the visit", "после встречи", "на переговорах": the word or two before the noun (with
 * "the" skipped) are a time preposition, or an occasion word for a gathering.
 */
export function timePreposition(s: Sentence, r: Reach): boolean {
  const { first, type } = r.match;
  const language = s.language;
  const at = s.ws[first - 1]?.lower === 'the' ? first - 1 : first;
  const [one, two] = [s.ws[at - 1]?.lower ?? '', `${s.ws[at - 2]?.lower} ${s.ws[at - 1]?.lower}`];
  return TIME_PREPOSITIONS[language].has(one) || TIME_PREPOSITIONS[language].has(two) || OCCASION_WORDS[type]?.[language].has(one) === true;
}

/**
 * "Во время визита директор станции доложил", "Шойгу в ходе совещания доложил": a noun giving the
 * time of what its clause says, with no place of its own, is the last happening of its type the
 * article reported; the people around it are the clause's, not its parties.
 */
export const occasion = (memory: Memory, type: EventType): Pick<Report, 'place' | 'link' | 'participants'> | null =>
  memory.reported.get(type) ?? null;

/** Auxiliaries between a subject and its verb: "the town has fallen", "the city was captured". */
const PASSIVE_OR_PERFECT: ReadonlySet<string> = new Set([...PASSIVE_AUXILIARIES, 'has', 'had', 'have']);

/**
 * A noun with nothing of its own to tell which happening it is: the article's first of its type,
 * in English only when "the" or "this" makes it definite ("the attacks", not "came under fire").
 */
export function definite(s: Sentence, r: Reach, memory: Memory): Linked | null {
  const place = memory.lede.get(r.match.type);
  if (!r.match.group.noun || place === undefined) return null;
  if (s.language === 'en' && !DEFINITE.has(s.ws[r.match.first - 1]?.lower ?? '')) return null;
  return { places: [place], rule: 'a noun with no place of its own refers to the first place of that type', weight: 0.4 };
}

/** "joint", "спільній", "совместной": what the parties of a meeting hold together. */
const JOINT = /^(joint|спільн|совместн)/u;

/**
 * "На спільній пресконференції в п'ятницю Зеленський подякував Молдові": a joint briefing with no
 * place of its own is given by the parties of the meeting the article reported, where they met
 * (or where the visit took the visitor).
 */
export function jointOccasion(s: Sentence, r: Reach, memory: Memory): Pick<Report, 'place' | 'link' | 'participants'> | null {
  if (r.match.type !== 'BRIEFING' || !JOINT.test(s.ws[r.match.first - 1]?.lower ?? '')) return null;
  return memory.reported.get('MEETING') ?? memory.reported.get('VISIT') ?? null;
}

import type { PartOfDay } from '../../graph/vocabulary.js';
import { dayOf, wordAt, withPart, type Match, type Reader, type When } from './time-reader.js';
import type { Relative } from './time-words.js';

/** "yesterday (evening)", "накануне", "last week", "минулого тижня": the longest phrase the table knows. */
export function relative(r: Reader, i: number): Match | null {
  if (r.published === null) return null;
  let phrase = '';
  let found: { last: number; meaning: Relative } | null = null;
  for (let j = i; j < i + 3; j++) {
    const word = j === i ? r.ws[i]!.lower : wordAt(r, j);
    if (word === undefined) break;
    phrase = phrase === '' ? word : `${phrase} ${word}`;
    const meaning = r.lang.relative[phrase];
    if (meaning !== undefined) found = { last: j, meaning };
  }
  if (found === null || eveOf(r, found.last)) return null;
  const { last, meaning } = found;
  if ('partOnly' in meaning) return { last, when: { partOfDay: meaning.partOnly } };
  if ('samePart' in meaning) return sameDay(r.previous, last, meaning.samePart);
  if ('weeks' in meaning) return { last, when: { month: dayOf(r.published, 7).month! } };
  if ('months' in meaning) return { last, when: { month: ((r.published.getUTCMonth() + 11) % 12) + 1 } };
  if (meaning.part !== undefined) {
    const back = meaning.days === 0 ? (reportDayBefore(r, i) ?? 0) : meaning.days;
    return { last, when: { ...dayOf(r.published, back), partOfDay: meaning.part } };
  }
  const match = withPart(r, last, dayOf(r.published, meaning.days));
  if (meaning.days > 0) r.reportDay = { daysBack: meaning.days, end: r.ws[last]!.end };
  return match;
}

/** A sentence's end: a stop, a question or exclamation mark before a space, or a new line. */
const SENTENCE_END = /[.!?…]\s|\n/u;

/**
 * "Накануне в Минобороны России сообщили, что за ночь ПВО перехватили 46 беспилотников": a
 * report's night (or morning, evening) with no date of its own is the one before the report, so
 * counted from the day "накануне", "вчера", "yesterday" dated the report to earlier in the sentence.
 */
function reportDayBefore(r: Reader, i: number): number | null {
  const day = r.reportDay;
  if (day === null || day.end > r.ws[i]!.start || SENTENCE_END.test(r.text.slice(day.end, r.ws[i]!.start))) return null;
  return day.daysBack;
}

/**
 * "тієї ж ночі" after "у ніч на вівторок": the day of the time stated before, when it stated that
 * part too ("December 3 … that same night" may be the night onto the 4th: nothing).
 */
function sameDay(previous: When | null, last: number, partOfDay: PartOfDay): Match | null {
  if (previous?.month === undefined || previous.day === undefined || previous.partOfDay !== partOfDay) return null;
  const { year, month, day } = previous;
  return { last, when: { ...(year !== undefined && { year }), month, day, partOfDay } };
}

/** The day before, as a word: "накануне", "напередодні". */
const EVE: ReadonlySet<string> = new Set(['накануне', 'напередодні']);
/** Nouns of an occasion, by stem: "визита", "зустрічі", "переговорів", "саміту", "выборов", "свята". */
const OCCASION = /^(визит|візит|встреч|зустріч|переговор|саммит|саміт|выбор|вибор|праздник|свят)/u;

/**
 * "Напередодні візиту, у середу, міністр заявив": the eve of an occasion is dated by the
 * occasion, not by the publication day; the day stated beside it says which.
 */
function eveOf(r: Reader, last: number): boolean {
  const next = wordAt(r, last + 1);
  return EVE.has(r.ws[last]!.lower) && next !== undefined && OCCASION.test(next);
}

import { calendarDayProblem } from '../../graph/event-time.js';
import { nightRange } from './time-ranges.js';
import { dayOf, wordAt, withPart, type Match, type Reader } from './time-reader.js';
import { relative } from './time-relative.js';
import { joined, withoutPossessive } from '../text/words.js';

/**
 * The rules that read a time expression starting at a word, tried in this order: a night onto a
 * day, an evening-to-morning span, a part of the day before a date, a date, a weekday, a relative
 * expression, a month, a year.
 * Each gives the index of its last word and what it states (time-reader.ts).
 */
export const RULES: ((r: Reader, i: number) => Match | null)[] = [
  night,
  nightRange,
  partThenDate,
  date,
  weekday,
  relative,
  monthIn,
  yearIn,
];

const dayNumber = (w: string | undefined): number | null => (w && /^\d{1,2}(st|nd|rd|th)?$/.test(w) ? parseInt(w, 10) : null);
const yearNumber = (w: string | undefined): number | null => (w && /^(19|20)\d\d$/.test(w) ? Number(w) : null);
const isPreposition = (r: Reader, i: number): boolean => r.lang.prepositions.has(r.ws[i]!.lower);

/** A stated date at `i`: "December 8(th)(, 2025)", "8 (of) December", "8 декабря (2025 года)"; impossible days are none. */
function date(r: Reader, i: number): Match | null {
  const first = r.ws[i]!.lower;
  let month = r.lang.monthFirst ? r.lang.months[first] : undefined;
  let day: number | null = null;
  let j = i + 1;
  if (month !== undefined) day = dayNumber(wordAt(r, j) ?? afterAbbreviation(r, i));
  else {
    day = dayNumber(first);
    if (day !== null && r.lang.of !== null && wordAt(r, j) === r.lang.of) j++;
    month = r.lang.months[wordAt(r, j) ?? ''];
  }
  if (month === undefined || day === null) return null;
  const year = yearNumber(wordAt(r, j + 1));
  if (calendarDayProblem(month, day, year) !== null) return null;
  if (year === null) return { last: j, when: { month, day } };
  const last = r.lang.yearWords.has(wordAt(r, j + 2) ?? '') ? j + 2 : j + 1;
  return { last, when: { year, month, day } };
}

/** The word after an abbreviated month and its stop: "Dec. 8". */
function afterAbbreviation(r: Reader, i: number): string | undefined {
  const [month, next] = [r.ws[i]!, r.ws[i + 1]];
  return next && month.lower.length <= 4 && /^\.\s?$/.test(r.text.slice(month.end, next.start)) ? next.lower : undefined;
}

/**
 * "в ночь (с 7) на 8 декабря", "у ніч на 8 грудня", "в ночь на среду", "overnight into Monday":
 * the night that ends on the day named, by its date or its weekday.
 */
function night(r: Reader, i: number): Match | null {
  const words = r.lang.night;
  if (words === null) return null;
  const at = isPreposition(r, i) ? i + 1 : i;
  if ((at === i ? r.ws[i]!.lower : wordAt(r, at)) !== words.word) return null;
  let j = at + 1;
  if (wordAt(r, j) === words.from && dayNumber(wordAt(r, j + 1)) !== null) j += 2;
  if (!words.onto.has(wordAt(r, j) ?? '') || wordAt(r, j + 1) === undefined) return null;
  const found = dayNamed(r, j + 1, j);
  return found && { last: found.last, when: { ...found.when, partOfDay: 'NIGHT' } };
}

/**
 * "evening of November 30th", "вечером 30 ноября", "ввечері 30 листопада", and a weekday after
 * the part: "увечері в середу", "утром в понедельник".
 */
function partThenDate(r: Reader, i: number): Match | null {
  const partOfDay = r.lang.parts[r.ws[i]!.lower];
  if (partOfDay === undefined) return null;
  let j = i + 1;
  if (r.lang.of !== null && wordAt(r, j) === r.lang.of) j++;
  if (wordAt(r, j) === undefined) return null;
  const found = dayNamed(r, j, j - 1);
  return found && { last: found.last, when: { ...found.when, partOfDay } };
}

/**
 * A date at `j`, or a weekday there ("на среду", "в среду", "into Monday"), whose preposition, when
 * the language needs one, is the word at `preposition`.
 */
function dayNamed(r: Reader, j: number, preposition: number): Match | null {
  const found = date(r, j);
  if (found !== null || r.published === null) return found;
  const at = r.lang.weekdayAfterPreposition && isPreposition(r, j) ? j + 1 : j;
  if (at !== j && wordAt(r, at) === undefined) return null;
  if (at === j && r.lang.weekdayAfterPreposition && !joined(r.text, r.ws[preposition]!, r.ws[j]!)) return null;
  const target = r.lang.weekdays[r.ws[at]!.lower];
  if (target === undefined) return null;
  return { last: at, when: dayOf(r.published, (r.published.getUTCDay() - target + 7) % 7) };
}

/** "(on) Monday (evening)", "Sunday’s", "в понедельник", "у понеділок": the last such day on or before publication. */
function weekday(r: Reader, i: number): Match | null {
  if (r.published === null) return null;
  const at = r.lang.weekdayAfterPreposition ? (isPreposition(r, i) ? i + 1 : -1) : i;
  const word = at < 0 ? undefined : at === i ? r.ws[i]!.lower : wordAt(r, at);
  // "Sunday’s attack" names the day as well.
  const target = word === undefined ? undefined : r.lang.weekdays[withoutPossessive(word)];
  if (target === undefined) return null;
  const back = (r.published.getUTCDay() - target + 7) % 7;
  const match = withPart(r, at, dayOf(r.published, back));
  // "Tuesday night" is the night after Tuesday, dated by the day it ends (as "в ночь на среду"),
  // though never after the report's own day.
  return match.when.partOfDay === 'NIGHT' && back > 0 ? { ...match, when: { ...match.when, ...dayOf(r.published, back - 1) } } : match;
}

/** "in March (2024)", "в марте", "у березні"; and "March 2024" without the preposition. */
function monthIn(r: Reader, i: number): Match | null {
  const bare = r.lang.monthFirst ? r.lang.months[r.ws[i]!.lower] : undefined;
  const month = isPreposition(r, i) ? r.lang.monthsIn[wordAt(r, i + 1) ?? ''] : undefined;
  const at = month !== undefined ? i + 1 : bare !== undefined && yearNumber(wordAt(r, i + 1)) !== null ? i : -1;
  // "in March 8" is a date, read from the month on.
  if (at < 0 || dayNumber(wordAt(r, at + 1)) !== null) return null;
  const year = yearNumber(wordAt(r, at + 1));
  if (year === null) return { last: at, when: { month: month ?? bare! } };
  const last = r.lang.yearWords.has(wordAt(r, at + 2) ?? '') ? at + 2 : at + 1;
  return { last, when: { year, month: month ?? bare! } };
}

/** "in 2024", "в 2024 году", "у 2024 році". */
function yearIn(r: Reader, i: number): Match | null {
  const year = isPreposition(r, i) ? yearNumber(wordAt(r, i + 1)) : null;
  if (year === null) return null;
  const last = r.lang.yearWords.has(wordAt(r, i + 2) ?? '') ? i + 2 : i + 1;
  return { last, when: { year } };
}

import { TIME_PRECISIONS, type PartOfDay, type TimePrecision } from './vocabulary.js';

/**
 * A time as an article states it (the seed format's EventTimeDoc, validated there): declared
 * here so the graph kit does not import ingest, which imports it.
 */
export interface StatedTime {
  text?: string | undefined;
  year?: number | undefined;
  month?: number | undefined;
  day?: number | undefined;
  partOfDay?: PartOfDay | undefined;
}

export interface ResolvedTime {
  timeText: string | null;
  year: number | null;
  month: number | null;
  day: number | null;
  partOfDay: PartOfDay | null;
  precision: TimePrecision;
  /** The article gave no year; it was taken from the article's publication date. */
  yearInferred: boolean;
  /** First day the time can denote (YYYY-MM-DD), when the year is known: the sort and range key. */
  startsAt: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month; an unknown year may be a leap year, so its February has 29. */
const daysIn = (month: number, year: number | null): number =>
  month === 2 ? (year === null || isLeap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Why a day of a month (of a year, when known) cannot be, or null when it can: February 30 never is. */
export function calendarDayProblem(month: number, day: number, year: number | null = null): string | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return `month ${month} is not between 1 and 12`;
  const days = daysIn(month, year);
  if (!Number.isInteger(day) || day < 1 || day > days) {
    return `day ${day} is not between 1 and ${days}${year === null ? '' : ` in ${year}`} for month ${month}`;
  }
  return null;
}

/**
 * How much a time says, to keep the most telling one when several articles report an event:
 * precision first, then a known year, then a part of the day.
 */
export function timeDetail(time: ResolvedTime): number {
  return TIME_PRECISIONS.indexOf(time.precision) * 4 + (time.year === null ? 0 : 2) + (time.partOfDay === null ? 0 : 1);
}

/**
 * Resolves an article's time expression. "Evening of November 30th" in an article of
 * 2025-12-01 is 2025-11-30 (year inferred); a date later than publication belongs to the year
 * before, since articles report the past; February 29th goes back to the last leap year. Without a
 * publication date the year stays unknown.
 */
export function resolveEventTime(time: StatedTime | undefined, publishedAt: string | null): ResolvedTime {
  const { text = null, month = null, day = null, partOfDay = null } = time ?? {};
  let year = time?.year ?? null;
  const yearInferred = year === null && month !== null && publishedAt !== null;
  if (yearInferred) {
    const published = publishedAt.slice(0, 10);
    year = Number(published.slice(0, 4));
    if (`${year}-${pad(month)}-${pad(day ?? 1)}` > published) year -= 1;
    if (month === 2 && day === 29) while (!isLeap(year)) year -= 1;
  }
  const precision: TimePrecision = day !== null ? 'DAY' : month !== null ? 'MONTH' : year !== null ? 'YEAR' : 'UNKNOWN';
  const startsAt = year === null ? null : `${year}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
  return { timeText: text, year, month, day, partOfDay, precision, yearInferred, startsAt };
}

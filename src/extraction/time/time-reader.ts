import type { StatedTime } from '../../graph/event-time.js';
import type { TimeWords } from './time-words.js';
import { joined, type Word } from '../text/words.js';

/** What a time rule reads (the words of a text, from a word on) and what it gives. */
export type When = Omit<StatedTime, 'text'>;
export interface Match {
  last: number;
  when: When;
}
export interface Reader {
  text: string;
  ws: Word[];
  lang: TimeWords;
  /** The publication day at 00:00 UTC, or null when the article has none. */
  published: Date | null;
  /** What the time expression before the current one stated, for "the same night". */
  previous: When | null;
  /**
   * The day a relative word dated a report to ("Накануне в Минобороны сообщили"), in days before
   * publication, and where that word ends: a night told in the report counts from that day.
   */
  reportDay: { daysBack: number; end: number } | null;
}

/** The lowercased word at `j` when it follows the word before it within one phrase. */
export function wordAt(r: Reader, j: number): string | undefined {
  const word = r.ws[j];
  if (word === undefined || (j > 0 && !joined(r.text, r.ws[j - 1]!, word))) return undefined;
  return word.lower;
}

/** A part of the day right after a day ("Monday evening", "вчера вечером", "вчора ввечері"). */
export function withPart(r: Reader, last: number, when: When): Match {
  const partOfDay = r.lang.parts[wordAt(r, last + 1) ?? ''];
  return partOfDay === undefined ? { last, when } : { last: last + 1, when: { ...when, partOfDay } };
}

export function dayOf(published: Date, daysBack: number): When {
  const day = new Date(published.getTime() - daysBack * 86_400_000);
  return { month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

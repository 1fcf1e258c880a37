import type { StatedTime } from '../../graph/event-time.js';
import type { Match, Reader } from './time-reader.js';
import { RULES } from './time-rules.js';
import { timeWords, type TimeWords } from './time-words.js';
import type { TextSpan } from '../types.js';
import { withoutPossessive, words } from '../text/words.js';

/**
 * Time expressions of an article, resolved as far as the text allows: a date gives its month and
 * day (and year when stated); a relative expression ("on Monday", "вчера", "минулого тижня")
 * gives the month and day it denotes counted back from the publication day, and nothing without
 * one. The year of those is left to resolveEventTime, which infers it from the publication date.
 * A span starts at the first word its rule needs ("on" is optional before "Monday", "в" is not
 * before "понедельник") and is the slice of the text it names.
 */
export interface FoundTime extends TextSpan {
  stated: StatedTime & { text: string };
}

export function findTimes(text: string, language: string, publishedAt: string | null): FoundTime[] {
  const reader: Reader = {
    text,
    ws: words(text),
    lang: timeWords(language),
    published: publicationDay(publishedAt),
    previous: null,
    reportDay: null,
  };
  const found: FoundTime[] = [];
  for (let i = 0; i < reader.ws.length; i++) {
    const match = matchAt(reader, i);
    if (match === null) continue;
    const start = reader.ws[i]!.start;
    const end = reader.ws[match.last]!.end;
    const span = text.slice(start, end);
    found.push({ start, end, text: span, stated: { text: span, ...match.when } });
    reader.previous = match.when;
    i = match.last;
  }
  return found;
}

function matchAt(r: Reader, i: number): Match | null {
  const word = r.ws[i]!.lower;
  // Most words open no time expression: one lookup instead of every rule.
  if (!openersOf(r.lang).has(withoutPossessive(word)) && !/^\d/.test(word)) return null;
  for (const rule of RULES) {
    const match = rule(r, i);
    if (match !== null) return match;
  }
  return null;
}

const openers = new WeakMap<TimeWords, ReadonlySet<string>>();

/** The words a time expression of the language can start with, besides numbers. */
function openersOf(lang: TimeWords): ReadonlySet<string> {
  let set = openers.get(lang);
  if (set === undefined) {
    const relative = Object.keys(lang.relative).map((phrase) => phrase.split(' ')[0]!);
    set = new Set([
      ...Object.keys(lang.months),
      ...Object.keys(lang.weekdays),
      ...Object.keys(lang.parts),
      ...lang.prepositions,
      ...(lang.nightRange ? [lang.nightRange.from] : []),
      ...relative,
    ]);
    openers.set(lang, set);
  }
  return set;
}

function publicationDay(publishedAt: string | null): Date | null {
  const match = publishedAt === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (match === null) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(day.getTime()) ? null : day;
}

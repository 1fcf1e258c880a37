import { z } from 'zod';

import { calendarDayProblem } from '../graph/event-time.js';

/** The building blocks of the seed schema (seed.schema.ts): bounds, repeats, dates, quote order. */

/**
 * How much one document may hold. Sized from real news with room to spare (README, "Seed
 * format"): an article of 10–30k characters names a few hundred things and quotes a few dozen
 * claims; a claim is about a handful of things. Every list is bounded so that no document can
 * make a write, or a later read of what it wrote, unboundedly expensive.
 */
export const LIMITS = {
  /**
   * UTF-16 code units: a long-read is 60–100k. At this size the costliest text measured (one
   * homonym over and over) gives the linker 6,666 unsettled mentions with 20,000 candidates, a
   * write of some 70 MB of transaction memory; 900k took 590 MB of Neo4j's 700 (README).
   */
  text: 100_000,
  mentions: 2_000,
  claims: 200,
  segments: 20,
  about: 20,
  events: 100,
  participants: 50,
  /** Entities and relations an article introduces; a gazetteer file holds many more. */
  articleEntities: 200,
  articleRelations: 500,
  gazetteerEntities: 10_000,
  gazetteerRelations: 20_000,
  names: 200,
  /** A quoted stretch between attributions: a long paragraph at most. */
  segmentText: 5_000,
  /** An event's label fits a list row; its description a short paragraph. */
  label: 200,
  description: 2_000,
  url: 2_000,
} as const;

/** A list of at most `max` items; zod's own wording ("expected array to have <=50 items") names no count. */
export const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, { error: (issue) => `must have at most ${max} items (has ${(issue.input as unknown[]).length})` });

/** Why a string is too long, in the words of list's message. */
export const tooLong = (max: number, length: number): string => `must be at most ${max} characters (is ${length})`;

/** A string of 1 to `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(max, { error: (issue) => tooLong(max, (issue.input as string).length) });

/**
 * Refuses two items of one list that would be stored as one thing (the same mention, name or
 * relation twice): the second would overwrite the first, or break a uniqueness constraint.
 * `what` says what they share, e.g. "start, end and entity".
 */
export const distinct =
  <T>(listName: string, keyOf: (item: T) => string, what: string) =>
  (items: T[], ctx: z.RefinementCtx): void => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const key = keyOf(item);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else ctx.addIssue({ code: 'custom', path: [i], message: `repeats ${listName}[${first}] (same ${what})` });
    });
  };

/** A year, a month of a year or a day that exists (2025-02-29 does not). */
export const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((date) => {
    const [year, month, day] = date.split('-').map(Number);
    return month === undefined || calendarDayProblem(month, day ?? 1, year!) === null;
  }, 'is not a date of the calendar');

/** A quote's segments follow the text and do not overlap: the quote joins them in this order. */
export function inTextOrder(segments: { start: number; end: number }[], ctx: z.RefinementCtx): void {
  segments.forEach((segment, j) => {
    const previous = segments[j - 1];
    if (previous && segment.start < previous.end) {
      ctx.addIssue({
        code: 'custom',
        path: [j, 'start'],
        message: `${segment.start} is before the end of segments[${j - 1}] (${previous.end}): segments must follow the text without overlapping`,
      });
    }
  });
}

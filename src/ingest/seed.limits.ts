import { z } from 'zod';

/**
 * How much one document may hold. Sized from real news with room to spare (README, "Seed
 * format"): an article of 10–30k characters names a few hundred things and quotes a few dozen
 * claims; a claim is about a handful of things. Every list is bounded so that no document can
 * make a write, or a later read of what it wrote, unboundedly expensive.
 */
export const LIMITS = {
  /**
   * UTF-16 code units: a long-read is 60–100k. At this size a text dense with names gives the
   * linker about 9,000 mentions, a write of some 70 MB of transaction memory (README).
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
  url: 2_000,
} as const;

/** A list of at most `max` items; zod's own wording ("expected array to have <=50 items") names no count. */
export const list = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max, { error: (issue) => `must have at most ${max} items (has ${(issue.input as unknown[]).length})` });

/** A string of 1 to `max` characters. */
export const text = (max: number) =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(max, { error: (issue) => `must be at most ${max} characters (is ${(issue.input as string).length})` });

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

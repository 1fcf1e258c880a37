import { z } from 'zod';

import { CLAIM_FLAGS } from '../src/extraction/types.js';
import { EVENT_TYPES, PARTS_OF_DAY } from '../src/graph/vocabulary.js';

/** An entity key as the marks and the front matter write it. */
const entityKey = z.string().regex(/^[a-z0-9][a-z0-9:._-]*$/, 'must be an entity key');

/** Who said it: an entity key, an anonymous speaker as described (with their country), or null when the text does not say. */
const speakerSchema = z.union([
  entityKey,
  z.object({ description: z.string().min(1), country: z.string().length(2).nullable().default(null) }).strict(),
  z.null(),
]);

const viaSchema = z.union([
  entityKey.transform((entity) => ({ entity, description: null })),
  z.object({ entity: entityKey.nullable().default(null), description: z.string().min(1) }).strict(),
  z.null(),
]);

const claimSchema = z
  .object({
    /** Its segments, each an exact substring of the plain text that occurs there once. */
    quote: z.array(z.string().min(1)).min(1),
    speaker: speakerSchema,
    role: z.string().min(1).nullable().default(null),
    via: viaSchema.default(null),
    flags: z.array(z.enum(CLAIM_FLAGS)).default([]),
    /** The `id` of the article's event it was said at (a briefing, a meeting). */
    at: z.string().min(1).optional(),
  })
  .strict();

const eventSchema = z
  .object({
    /** A name for it within the article, for a claim's `at` and an event's `during`. */
    id: z.string().min(1).optional(),
    type: z.enum(EVENT_TYPES),
    place: entityKey.nullable().default(null),
    /** Every word the article uses for it, as written (any case). */
    framings: z.array(z.string().min(1)).min(1),
    time: z
      .object({
        year: z.number().int().optional(),
        month: z.number().int().min(1).max(12).optional(),
        day: z.number().int().min(1).max(31).optional(),
        partOfDay: z.enum(PARTS_OF_DAY).optional(),
      })
      .strict()
      .nullable()
      .default(null),
    participants: z.array(z.object({ entity: entityKey, role: z.string().min(1) }).strict()).default([]),
    /** False when only quotes or reported speech state it (a denial among them). */
    asserted: z.boolean().default(true),
    /** The `id` of the article's event it took place within (the briefing during a visit). */
    during: z.string().min(1).optional(),
  })
  .strict();

export type GoldSpeaker = z.infer<typeof speakerSchema>;
export type GoldFlags = z.infer<typeof claimSchema>['flags'];
export type WrittenEvent = z.infer<typeof eventSchema>;

/** The front matter of a gold article (format: tests/fixtures/gold/README.md), as written. */
export const frontMatterSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().startsWith('Test material'),
    language: z.enum(['en', 'ru', 'uk']),
    outlet: z.string().optional(),
    publishedAt: z.iso.date().optional(),
    claims: z.array(claimSchema).optional(),
    events: z.array(eventSchema).optional(),
  })
  .strict();

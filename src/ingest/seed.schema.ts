import { z } from 'zod';

import {
  ENTITY_KINDS,
  EVENT_TYPES,
  NAME_KINDS,
  PARTS_OF_DAY,
  RELATION_TYPES,
} from '../graph/vocabulary.js';

/**
 * The seed format, shared by files in seeds/ and the ingestArticle mutation. Validation here is
 * the only gate before anything is written: a document that passes can be loaded in one
 * transaction without further checks, except that the entities it refers to must exist.
 */

/** Stable keys such as `place:pokrovsk-ua`: lowercase, readable, safe inside an opaque id. */
const key = z.string().regex(/^[a-z0-9][a-z0-9:._-]{0,119}$/, 'must be lowercase letters, digits, ":", ".", "_" or "-"');

/** A character span of the article text, [start, end), with the text it must cover. */
const spanFields = {
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  text: z.string().min(1),
};
const endAfterStart = (s: { start: number; end: number }): boolean => s.end > s.start;
const endAfterStartProblem = { message: 'must be greater than start', path: ['end'] };
export const spanSchema = z.object(spanFields).strict().refine(endAfterStart, endAfterStartProblem);
export type Span = z.infer<typeof spanSchema>;

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

export const nameFormSchema = z.object({
  form: z.string().min(1).max(200),
  language: z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code such as "en", "uk", "ru"'),
  script: z.enum(['Latn', 'Cyrl']),
  kind: z.enum(NAME_KINDS),
  /** When the form was in use, where known. */
  usedFrom: isoDate.optional(),
  usedUntil: isoDate.optional(),
  /** For places: the power whose sources use this form (e.g. "RU" keeps Krasnoarmeysk). */
  usedBy: z.string().max(60).optional(),
}).strict();
export type NameForm = z.infer<typeof nameFormSchema>;

export const entitySchema = z.object({
  id: key,
  kind: z.enum(ENTITY_KINDS),
  name: z.string().min(1).max(200),
  description: z.string().max(500).optional(),
  externalIds: z
    .object({ wikidata: z.string().regex(/^Q\d+$/).optional(), geonames: z.string().regex(/^\d+$/).optional() })
    .strict()
    .optional(),
  /** Places only: where it is, so homonyms can be told apart. */
  country: z.string().length(2).optional(),
  adminArea: z.string().max(120).optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  names: z.array(nameFormSchema).min(1),
}).strict();
export type EntityDoc = z.infer<typeof entitySchema>;

export const relationSchema = z.object({
  type: z.enum(RELATION_TYPES),
  from: key,
  to: key,
  /** Free text qualifying the relation, e.g. "President" for AFFILIATED_WITH. */
  role: z.string().max(120).optional(),
}).strict();
export type RelationDoc = z.infer<typeof relationSchema>;

export const gazetteerSchema = z
  .object({ entities: z.array(entitySchema).default([]), relations: z.array(relationSchema).default([]) })
  .strict();
export type GazetteerDoc = z.infer<typeof gazetteerSchema>;

export const mentionSchema = z.object({ ...spanFields, entity: key }).strict().refine(endAfterStart, endAfterStartProblem);

/** Who made a claim: a known entity, or an anonymous speaker as the article describes them. */
const speakerSchema = z.union([
  z.object({ entity: key }).strict(),
  z
    .object({
      description: z.string().min(1).max(300),
      /** An organisation or country the anonymous speaker is said to belong to. */
      affiliation: key.optional(),
    })
    .strict(),
]);

/** Through whom a claim reached the article: an agency ("speaking to TASS") or unnamed sources. */
const viaSchema = z
  .object({ entity: key.optional(), description: z.string().min(1).max(300) })
  .strict();

export const claimSchema = z.object({
  /** Unique within the article; the stored id is `<article id>:<key>`. */
  key,
  /** The verbatim quote, in one or more segments when the attribution interrupts it. */
  segments: z.array(spanSchema).min(1),
  speaker: speakerSchema,
  via: viaSchema.optional(),
  /** Entity keys and event ids the claim is about. */
  about: z.array(key).default([]),
}).strict();
export type ClaimDoc = z.infer<typeof claimSchema>;

export const eventTimeSchema = z.object({
  /** The article's own wording, e.g. "evening of November 30th". */
  text: z.string().min(1).max(200).optional(),
  year: z.number().int().min(1000).max(3000).optional(),
  month: z.number().int().min(1).max(12).optional(),
  day: z.number().int().min(1).max(31).optional(),
  partOfDay: z.enum(PARTS_OF_DAY).optional(),
}).strict().refine((t) => t.day === undefined || t.month !== undefined, { message: 'a day needs its month', path: ['day'] });
export type EventTimeDoc = z.infer<typeof eventTimeSchema>;

export const eventSchema = z.object({
  /** Global event id: several articles can report the same event. */
  id: key,
  type: z.enum(EVENT_TYPES),
  /** The article's own word for it ("liberation", "capture"), with where it says so. */
  framing: spanSchema.optional(),
  time: eventTimeSchema.optional(),
  place: key.optional(),
  participants: z.array(z.object({ entity: key, role: z.string().min(1).max(60) }).strict()).default([]),
}).strict();
export type EventDoc = z.infer<typeof eventSchema>;

export const articleSchema = z
  .object({
    id: key,
    title: z.string().min(1).max(500),
    outlet: z.string().max(120).optional(),
    url: z.url().optional(),
    language: z.string().regex(/^[a-z]{2,3}$/),
    /** ISO date-time or date; absent when the article carries no date. */
    publishedAt: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
    /** The article text inline, or a file beside the seed file (seed files only). */
    text: z.string().min(1).max(1_000_000).optional(),
    textFile: z.string().optional(),
    /** Entities first named by this article, in the gazetteer format. */
    entities: z.array(entitySchema).default([]),
    mentions: z.array(mentionSchema).default([]),
    claims: z.array(claimSchema).default([]),
    events: z.array(eventSchema).default([]),
    relations: z.array(relationSchema).default([]),
  })
  .strict()
  .refine((a) => (a.text === undefined) !== (a.textFile === undefined), {
    message: 'give exactly one of text or textFile',
    path: ['text'],
  });
export type ArticleDoc = z.infer<typeof articleSchema>;

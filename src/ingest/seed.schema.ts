import { z } from 'zod';

import { ENTITY_KINDS, EVENT_TYPES, NAME_KINDS, PARTS_OF_DAY, RELATION_TYPES } from '../graph/vocabulary.js';
import { calendarDayProblem } from '../graph/event-time.js';
import { eventLinksWithin } from './event-links.rules.js';
import { distinct, inTextOrder, isoDate, LIMITS, list, text, tooLong } from './seed.rules.js';

/**
 * The seed format, shared by files in seeds/ and the ingestArticle mutation. Validation here is
 * the only gate before anything is written: a document that passes can be loaded in one
 * transaction without further checks, except that the entities it refers to must exist and
 * that spans must fit the text (checks.ts). Every list and string is bounded (seed.rules.ts).
 */

/** Stable keys such as `place:pokrovsk-ua`: lowercase, readable, safe inside an opaque id. */
const key = z.string().regex(/^[a-z0-9][a-z0-9:._-]{0,119}$/, 'must be lowercase letters, digits, ":", ".", "_" or "-"');

/** Names and framing words are short; a claim's segment may be a paragraph. */
const NAME_LENGTH = 200;

/** A character span of the article text, [start, end), with the text it must cover. */
const spanOf = (maxText: number) => {
  const offset = z.number().int().nonnegative().max(LIMITS.text);
  return z
    .object({ start: offset, end: offset, text: text(maxText) })
    .strict()
    .refine((s) => s.end > s.start, { message: 'must be greater than start', path: ['end'] });
};
export const spanSchema = spanOf(NAME_LENGTH);
export type Span = z.infer<typeof spanSchema>;

export const nameFormSchema = z
  .object({
    form: text(NAME_LENGTH),
    language: z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code such as "en", "uk", "ru"'),
    /** ISO 15924, e.g. Latn, Cyrl, Geor, Hani, Jpan; Zyyy for a form without letters. */
    script: z.string().regex(/^[A-Z][a-z]{3}$/, 'must be an ISO 15924 script code such as "Latn", "Cyrl", "Geor"'),
    kind: z.enum(NAME_KINDS),
    /** When the form was in use, where known. */
    usedFrom: isoDate.optional(),
    usedUntil: isoDate.optional(),
    /** For places: the power whose sources use this form (e.g. "RU" keeps Krasnoarmeysk). */
    usedBy: text(60).optional(),
  })
  .strict()
  .refine((n) => !n.usedFrom || !n.usedUntil || n.usedFrom <= n.usedUntil, { message: 'is before usedFrom', path: ['usedUntil'] });
export type NameForm = z.infer<typeof nameFormSchema>;

export const entitySchema = z
  .object({
    id: key,
    kind: z.enum(ENTITY_KINDS),
    name: text(NAME_LENGTH),
    description: text(500).optional(),
    externalIds: z
      .object({
        wikidata: z
          .string()
          .regex(/^Q\d{1,12}$/, 'must be a Wikidata id such as "Q649"')
          .optional(),
        geonames: z
          .string()
          .regex(/^\d{1,12}$/, 'must be a GeoNames id (digits)')
          .optional(),
        /** A country's ISO 3166-1 alpha-2 code: how a curated country meets the imported one. */
        iso3166: z
          .string()
          .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "UA"')
          .optional(),
        /**
         * A first-level admin area's code in GeoNames' admin1CodesASCII.txt (country and admin1
         * columns of its tables): how the GeoNames import places each place in its area.
         */
        geonamesAdmin1: z
          .string()
          .regex(/^[A-Z]{2}\.[0-9A-Z]{1,20}$/, 'must be a GeoNames admin1 code such as "UA.14"')
          .optional(),
      })
      .strict()
      .optional(),
    /** Places only: where it is, so homonyms can be told apart. */
    country: z.string().length(2).optional(),
    adminArea: text(120).optional(),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).optional(),
    /** Places from GeoNames: priors for telling homonyms apart (a city outranks a village). */
    population: z.number().int().nonnegative().optional(),
    featureClass: z
      .string()
      .regex(/^[AHLPRSTUV]$/, 'must be a GeoNames feature class (A, H, L, P, R, S, T, U or V)')
      .optional(),
    featureCode: z
      .string()
      .regex(/^[A-Z0-9]{1,10}$/, 'must be a GeoNames feature code such as "PPLA2"')
      .optional(),
    names: list(nameFormSchema, LIMITS.names)
      .min(1, 'must have at least one name')
      .superRefine(distinct('names', (n) => JSON.stringify([n.language, n.form]), 'language and form')),
  })
  .strict();
export type EntityDoc = z.infer<typeof entitySchema>;

export const relationSchema = z
  .object({
    type: z.enum(RELATION_TYPES),
    from: key,
    to: key,
    /** Free text qualifying the relation, e.g. "President" for AFFILIATED_WITH. */
    role: text(120).optional(),
  })
  .strict()
  .refine((r) => r.from !== r.to, { message: 'must differ from from: an entity is not related to itself', path: ['to'] });
export type RelationDoc = z.infer<typeof relationSchema>;

/** Entities and relations of a document, each at most once: a repeat would overwrite the first. */
const entityList = (max: number) =>
  list(entitySchema, max)
    .superRefine(distinct('entities', (e) => e.id, 'id'))
    .default([]);
const relationList = (max: number) =>
  list(relationSchema, max)
    .superRefine(distinct('relations', (r) => JSON.stringify([r.type, r.from, r.to]), 'type, from and to'))
    .default([]);

export const gazetteerSchema = z
  .object({ entities: entityList(LIMITS.gazetteerEntities), relations: relationList(LIMITS.gazetteerRelations) })
  .strict();
export type GazetteerDoc = z.infer<typeof gazetteerSchema>;

export const mentionSchema = spanSchema.safeExtend({ entity: key });

/** Who made a claim: a known entity, or an anonymous speaker as the article describes them. */
const speakerSchema = z.union([
  z.object({ entity: key }).strict(),
  z
    .object({
      description: text(300),
      /** An organisation or country the anonymous speaker is said to belong to. */
      affiliation: key.optional(),
    })
    .strict(),
]);

/** Through whom a claim reached the article: an agency ("speaking to TASS") or unnamed sources. */
const viaSchema = z.object({ entity: key.optional(), description: text(300) }).strict();

export const claimSchema = z
  .object({
    /** Unique within the article; the stored id is `<article id>:<key>`. */
    key,
    /** The verbatim quote, in one or more segments when the attribution interrupts it. */
    segments: list(spanOf(LIMITS.segmentText), LIMITS.segments).min(1, 'must have at least one segment').superRefine(inTextOrder),
    speaker: speakerSchema,
    via: viaSchema.optional(),
    /** Entity keys and event ids the claim is about; naming one twice says nothing more, so it is folded. */
    about: list(key, LIMITS.about)
      .transform((keys) => [...new Set(keys)])
      .default([]),
    /** The event of this article at which it was said (a press conference, a closed-door meeting). */
    at: key.optional(),
  })
  .strict();
export type ClaimDoc = z.infer<typeof claimSchema>;

export const eventTimeSchema = z
  .object({
    /** The article's own wording, e.g. "evening of November 30th". */
    text: text(NAME_LENGTH).optional(),
    year: z.number().int().min(1000).max(3000).optional(),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    partOfDay: z.enum(PARTS_OF_DAY).optional(),
  })
  .strict()
  .refine((t) => t.day === undefined || t.month !== undefined, { message: 'a day needs its month', path: ['day'] })
  // February 29th is refused only when the year is known and not a leap year.
  .superRefine((t, ctx) => {
    const problem = t.month && t.day ? calendarDayProblem(t.month, t.day, t.year ?? null) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['day'], message: problem });
  });
export type EventTimeDoc = z.infer<typeof eventTimeSchema>;

export const eventSchema = z
  .object({
    /** Global event id: several articles can report the same event. */
    id: key,
    type: z.enum(EVENT_TYPES),
    /** The article's own word for it ("liberation", "capture"), with where it says so. */
    framing: spanSchema.optional(),
    time: eventTimeSchema.optional(),
    place: key.optional(),
    participants: list(z.object({ entity: key, role: text(60) }).strict(), LIMITS.participants)
      .superRefine(distinct('participants', (p) => p.entity, 'entity: one role per participant'))
      .default([]),
    /** The larger event of this article it took place during (a briefing during a visit). */
    during: key.optional(),
    /** A short name for people ("Putin's visit to the Unified Grouping's command post"). */
    label: text(LIMITS.label).optional(),
    description: text(LIMITS.description).optional(),
  })
  .strict();
export type EventDoc = z.infer<typeof eventSchema>;

export const articleSchema = z
  .object({
    id: key,
    title: text(500),
    outlet: text(120).optional(),
    /** Where the article was published: a web page, so http(s) only (never javascript: or file:). */
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http or https URL' })
      .max(LIMITS.url, { error: (issue) => tooLong(LIMITS.url, (issue.input as string).length) })
      .optional(),
    language: z.string().regex(/^[a-z]{2,3}$/),
    /** ISO date-time or date; absent when the article carries no date. */
    publishedAt: z
      .union([z.iso.datetime({ offset: true }), z.iso.date()], {
        error: 'must be an ISO date or date-time such as 2025-12-01 or 2025-12-01T08:00:00Z',
      })
      .optional(),
    /** The article text inline, or a file beside the seed file (seed files only). */
    text: text(LIMITS.text).optional(),
    textFile: text(NAME_LENGTH).optional(),
    /** Entities first named by this article, in the gazetteer format. */
    entities: entityList(LIMITS.articleEntities),
    mentions: list(mentionSchema, LIMITS.mentions)
      .superRefine(distinct('mentions', (m) => JSON.stringify([m.start, m.end, m.entity]), 'start, end and entity'))
      .default([]),
    claims: list(claimSchema, LIMITS.claims)
      .superRefine(distinct('claims', (c) => c.key, 'key'))
      .default([]),
    events: list(eventSchema, LIMITS.events)
      .superRefine(distinct('events', (e) => e.id, 'id'))
      .default([]),
    relations: relationList(LIMITS.articleRelations),
  })
  .strict()
  .superRefine(eventLinksWithin)
  .refine((a) => (a.text === undefined) !== (a.textFile === undefined), {
    message: 'give exactly one of text or textFile',
    path: ['text'],
  });
export type ArticleDoc = z.infer<typeof articleSchema>;

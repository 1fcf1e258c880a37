import { createHash } from 'node:crypto';

import { resolveEventTime, timeDetail, type ResolvedTime } from '../graph/event-time.js';
import { articleSource } from '../graph/sources.js';
import { ENTITY_LABELS, type EventType, type MentionField } from '../graph/vocabulary.js';
import type { LinkedMention } from '../linking/linker.js';
import { looseKey, searchKeys } from '../names/normalize.js';
import type { ArticleDoc, ClaimDoc, EntityDoc, EventDoc, RelationDoc } from './seed.schema.js';

/** Turns validated documents into the parameters of the ingest Cypher (src/ingest/ingest.cypher.ts). */

/** `extracted`: a speaker the extractor found and the gazetteer does not know (source AUTO). */
export function prepareEntity(doc: EntityDoc, source: string, extracted = false) {
  const { id, kind, names, externalIds } = doc;
  return {
    id,
    source,
    label: ENTITY_LABELS[kind],
    properties: {
      kind,
      name: doc.name,
      description: doc.description ?? null,
      wikidata: externalIds?.wikidata ?? null,
      geonames: externalIds?.geonames ?? null,
      iso3166: externalIds?.iso3166 ?? null,
      geonamesAdmin1: externalIds?.geonamesAdmin1 ?? null,
      country: doc.country ?? null,
      adminArea: doc.adminArea ?? null,
      latitude: doc.latitude ?? null,
      longitude: doc.longitude ?? null,
      population: doc.population ?? null,
      featureClass: doc.featureClass ?? null,
      featureCode: doc.featureCode ?? null,
      source: extracted ? 'AUTO' : null,
    },
    names: names.map((name) => {
      const keys = searchKeys(name.form);
      return {
        form: name.form,
        language: name.language,
        script: name.script,
        kind: name.kind,
        usedFrom: name.usedFrom ?? null,
        usedUntil: name.usedUntil ?? null,
        usedBy: name.usedBy ?? null,
        id: `${id}|${name.language}|${name.form}`,
        keys: keys.join(' '),
        loose: [...new Set(keys.map(looseKey))].join(' '),
      };
    }),
  };
}

/** `TYPE|from|to`: an article's statedRelations keep these, and RETRACT splits them back into the relation's ends. */
export const relationId = (doc: RelationDoc): string => `${doc.type}|${doc.from}|${doc.to}`;

export function prepareRelation(doc: RelationDoc, source: string) {
  return { ...doc, id: relationId(doc), role: doc.role ?? null, source };
}

function prepareClaim(articleId: string, doc: ClaimDoc) {
  const anonymous = 'description' in doc.speaker;
  return {
    properties: {
      id: `${articleId}:${doc.key}`,
      quote: doc.segments.map((s) => s.text).join(' … '),
      segmentStarts: doc.segments.map((s) => s.start),
      segmentEnds: doc.segments.map((s) => s.end),
      segmentTexts: doc.segments.map((s) => s.text),
      anonymous,
      speakerDescription: 'description' in doc.speaker ? doc.speaker.description : null,
      viaDescription: doc.via?.description ?? null,
      source: 'HAND',
    },
    speaker: 'entity' in doc.speaker ? doc.speaker.entity : null,
    affiliation: 'affiliation' in doc.speaker ? (doc.speaker.affiliation ?? null) : null,
    via: doc.via?.entity ?? null,
    about: doc.about,
    at: doc.at ?? null,
  };
}

/**
 * How an extracted event may meet one another article reports under another day's id
 * (MATCH_EVENTS): its type, its anchor, its day (null when undated) and how many days apart two
 * reports of one happening may put it.
 */
export interface EventIdentity {
  id: string;
  type: EventType;
  anchor: string;
  day: string | null;
  window: number;
}

const withDetail = (time: ResolvedTime) => ({ ...time, timeDetail: timeDetail(time) });

/** What one article states about an event, stored on its REPORTS relationship (flat: a property map). */
function prepareEvent(doc: EventDoc, publishedAt: string | null) {
  return {
    id: doc.id,
    statement: {
      type: doc.type,
      ...(doc.time ? withDetail(resolveEventTime(doc.time, publishedAt)) : {}),
      framing: doc.framing?.text ?? null,
      start: doc.framing?.start ?? null,
      end: doc.framing?.end ?? null,
      framingTexts: doc.framing ? [doc.framing.text] : [],
      framingStarts: doc.framing ? [doc.framing.start] : [],
      framingEnds: doc.framing ? [doc.framing.end] : [],
      place: doc.place ?? null,
      participants: doc.participants.map((p) => p.entity),
      roles: doc.participants.map((p) => p.role),
      during: doc.during ?? null,
      label: doc.label ?? null,
      description: doc.description ?? null,
      source: 'HAND',
    },
    /** A hand event is named by its id; only extracted ones are matched to others (prepare-extraction.ts). */
    identity: null as EventIdentity | null,
  };
}

/** Ids sort in text order, the title's first (nested lists page by id); one span may name two entities. */
export const mentionId = (articleId: string, field: MentionField, start: number, end: number, entity: string | null): string =>
  `${articleId}:${field === 'TITLE' ? '!title:' : ''}${String(start).padStart(7, '0')}-${end}:${entity ?? 'unresolved'}`;

/** A span the linker found, in the article's text or in its title. */
export interface FoundMention extends LinkedMention {
  field: MentionField;
}

/**
 * Mentions the linker found where the annotator marked none (`hand`: the document's mentions, or
 * the stored ones when relinking): hand annotations win. A resolved mention refers to its entity
 * and keeps its runners-up as candidates; an unresolved one keeps every scored candidate.
 */
export function prepareAutoMentions(articleId: string, hand: readonly { start: number; end: number }[], found: readonly FoundMention[]) {
  // Hand annotations mark the text only.
  const overlapsHand = (m: FoundMention): boolean => m.field === 'TEXT' && hand.some((h) => h.start < m.end && m.start < h.end);
  return found
    .filter((m) => !overlapsHand(m))
    .map((m) => ({
      id: mentionId(articleId, m.field, m.start, m.end, m.entityKey),
      field: m.field,
      start: m.start,
      end: m.end,
      text: m.text,
      entity: m.entityKey,
      score: m.score,
      evidence: m.evidence,
      // A resolved mention keeps its runners-up; an unresolved one every candidate.
      candidates: m.candidates.filter((c) => c.entityKey !== m.entityKey).map((c) => ({ entity: c.entityKey, score: c.score })),
    }));
}

export function prepareArticle(doc: ArticleDoc, text: string, linked: readonly FoundMention[] = []) {
  const publishedAt = doc.publishedAt ?? null;
  const source = articleSource(doc.id);
  return {
    article: {
      id: doc.id,
      publishedAt,
      properties: {
        title: doc.title,
        outlet: doc.outlet ?? null,
        url: doc.url ?? null,
        language: doc.language,
        text,
        contentHash: createHash('sha256').update(text).digest('hex'),
        // What the article states outside its own nodes, so a rewrite can retract it.
        statedEntities: doc.entities.map((e) => e.id),
        statedRelations: doc.relations.map(relationId),
        // What the extractor added (prepare-extraction.ts), so re-extraction can replace just that.
        extractedEntities: [] as string[],
        extractionHash: null as string | null,
      },
    },
    entities: doc.entities.map((e) => prepareEntity(e, source)),
    mentions: doc.mentions.map((m) => ({ ...m, id: mentionId(doc.id, 'TEXT', m.start, m.end, m.entity) })),
    autoMentions: prepareAutoMentions(doc.id, doc.mentions, linked),
    claims: doc.claims.map((c) => prepareClaim(doc.id, c)),
    events: doc.events.map((e) => prepareEvent(e, publishedAt)),
    /** Events only claimed about (the extractor's, see prepare-extraction.ts): no report, but a claim points at them. */
    claimedEvents: [] as { id: string; type: EventType; identity: EventIdentity }[],
    relations: doc.relations.map((r) => prepareRelation(r, source)),
  };
}

export type PreparedArticle = ReturnType<typeof prepareArticle>;
export type PreparedAutoMention = PreparedArticle['autoMentions'][number];
export type PreparedEntity = ReturnType<typeof prepareEntity>;
export type PreparedRelation = ReturnType<typeof prepareRelation>;

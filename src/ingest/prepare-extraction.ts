import { createHash } from 'node:crypto';

import { resolveEventTime, timeDetail } from '../graph/event-time.js';
import { articleSource } from '../graph/sources.js';
import type { EntityKind, EventType } from '../graph/vocabulary.js';
import type { ArticleExtraction, ExtractedClaim, ExtractedEvent, ExtractedSpeaker, KnownMention } from '../extraction/types.js';
import { EXTRACTOR_VERSION } from '../extraction/version.js';
import type { GazetteerSnapshot } from '../linking/linker-index.js';
import { primaryRendering } from '../names/transliterate.js';
import { prepareEntity, type EventIdentity, type FoundMention, type PreparedArticle, type PreparedEntity } from './prepare.js';
import type { ArticleDoc } from './seed.schema.js';

/**
 * Turns what the extractor found in an article into the same parameters the ingest Cypher takes
 * for hand annotations, marked AUTO with the extractor's version, score and evidence. Hand
 * annotations win by kind: a document that annotates claims gets no AUTO claims, one that
 * annotates events no AUTO events (an annotator who marks claims marks all of them).
 */

/** What extraction reads of an article besides its text: at ingest its document, at re-extraction what is stored. */
export interface ExtractionDoc {
  id: string;
  language: string;
  publishedAt: string | null;
  /** Its hand mentions, which win over the linker's. */
  mentions: readonly { start: number; end: number; text: string; entity: string }[];
  /** The entities the document itself brings, with their kinds. */
  entities: readonly { id: string; kind: EntityKind }[];
  /** Whether a person annotated its claims, its events: then the extractor's are not written. */
  handClaims: boolean;
  handEvents: boolean;
}

/** An ingested document as extraction reads it. */
export const extractionDoc = (doc: ArticleDoc): ExtractionDoc => ({
  id: doc.id,
  language: doc.language,
  publishedAt: doc.publishedAt ?? null,
  mentions: doc.mentions,
  entities: doc.entities,
  handClaims: doc.claims.length > 0,
  handEvents: doc.events.length > 0,
});

/** Key prefixes of hand-annotated keys the gazetteer does not hold yet (the document's own entities). */
const PREFIX_KINDS: Record<string, EntityKind> = { person: 'PERSON', place: 'PLACE', org: 'ORGANIZATION' };

/** The mentions the extractor reads: the document's hand mentions and the linker's, in the body, in text order. */
export function knownMentions(
  doc: ExtractionDoc,
  text: string,
  linked: readonly FoundMention[],
  gazetteer: GazetteerSnapshot,
): KnownMention[] {
  const own = new Map(doc.entities.map((e) => [e.id, e.kind]));
  const kindOf = (key: string | null): EntityKind | null =>
    key === null ? null : (gazetteer.entry(key)?.kind ?? own.get(key) ?? PREFIX_KINDS[key.split(':')[0]!] ?? null);
  const known = (key: string | null) => ({
    entityKey: key,
    kind: kindOf(key),
    outlet: key !== null && gazetteer.entry(key)?.outlet === true,
  });
  const hand = doc.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, ...known(m.entity) }));
  const overlapsHand = (m: FoundMention): boolean => hand.some((h) => h.start < m.end && m.start < h.end);
  const auto = linked
    .filter((m) => m.field === 'TEXT' && !overlapsHand(m))
    .map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end), ...known(m.entityKey) }));
  return [...hand, ...auto].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A capture is reported for days after it; yesterday's strike on a city is not today's. */
const SAME_EVENT_WITHIN_DAYS: Record<EventType, number> = {
  CONTROL_CHANGE: 3,
  VISIT: 1,
  BRIEFING: 0,
  MEETING: 1,
  STATEMENT: 0,
  ATTACK: 0,
  PROTEST: 1,
  OTHER: 0,
};

export interface PreparedExtraction {
  claims: ReturnType<typeof prepareClaim>[];
  /** Events the article reports in its own voice. */
  events: { id: string; statement: ReturnType<typeof eventStatement>; identity: EventIdentity }[];
  /** Events only its quotes speak of (a denial among them): claims are about them, no report is written. */
  claimedEvents: { id: string; type: EventType; identity: EventIdentity }[];
  /** Speakers the gazetteer does not know, as new entities the article states. */
  entities: PreparedEntity[];
  /** Of all the above, stored on the article: re-extraction rewrites an article only when it changed. */
  hash: string;
}

export function prepareExtraction(doc: ExtractionDoc, extraction: ArticleExtraction, gazetteer: GazetteerSnapshot): PreparedExtraction {
  const events = doc.handEvents ? [] : extraction.events;
  const identities = events.map((e) => eventIdentity(e, doc.publishedAt));
  const eventIds = identities.map((i) => i.id);
  const claims = doc.handClaims ? [] : extraction.claims;
  const newSpeakers = new Map<string, PreparedEntity>();
  const speakerKey = (speaker: ExtractedSpeaker | null, role: string | null): string | null => {
    if (speaker?.kind === 'entity') return speaker.entityKey;
    if (speaker?.kind !== 'new') return null;
    const entity = newEntity(doc, speaker, role);
    if (!newSpeakers.has(entity.id)) newSpeakers.set(entity.id, entity);
    return entity.id;
  };
  // A link to an event the article only claims about is no statement of the article's own.
  const reportedId = (i: number | null): string | null => (i !== null && events[i]?.asserted ? eventIds[i]! : null);
  const reported = events.flatMap((e, i) =>
    e.asserted ? [{ id: eventIds[i]!, statement: eventStatement(e, reportedId(e.during), doc.publishedAt), identity: identities[i]! }] : [],
  );
  const claimed = events.flatMap((e, i) => (e.asserted ? [] : [{ id: eventIds[i]!, type: e.type, identity: identities[i]! }]));
  const prepared = {
    claims: claims.map((c, i) =>
      prepareClaim(
        doc.id,
        i,
        c,
        speakerKey(c.speaker, c.role),
        affiliationOf(c.speaker, gazetteer),
        [...c.about, ...c.events.flatMap((e) => (eventIds[e] ? [eventIds[e]] : []))],
        reportedId(c.at),
      ),
    ),
    events: reported,
    claimedEvents: claimed,
    entities: [...newSpeakers.values()],
  };
  return { ...prepared, hash: createHash('sha256').update(JSON.stringify(prepared)).digest('hex') };
}

const affiliationOf = (speaker: ExtractedSpeaker | null, gazetteer: GazetteerSnapshot): string | null =>
  speaker?.kind === 'anonymous' && speaker.country ? (gazetteer.countryKey(speaker.country) ?? null) : null;

/** Claim ids sort in text order after the article's id, like hand claims' keys. */
function prepareClaim(
  articleId: string,
  index: number,
  claim: ExtractedClaim,
  speaker: string | null,
  affiliation: string | null,
  about: string[],
  at: string | null,
) {
  return {
    properties: {
      id: `${articleId}:auto-${String(index + 1).padStart(3, '0')}`,
      quote: claim.segments.map((s) => s.text).join(' … '),
      segmentStarts: claim.segments.map((s) => s.start),
      segmentEnds: claim.segments.map((s) => s.end),
      segmentTexts: claim.segments.map((s) => s.text),
      // An unattributed quote is anonymous with no description: unknown, never guessed.
      anonymous: speaker === null,
      speakerDescription: claim.speaker?.kind === 'anonymous' ? claim.speaker.description : null,
      speakerRole: claim.role,
      viaDescription: claim.via?.description ?? null,
      flags: claim.flags,
      source: 'AUTO',
      score: claim.score,
      evidence: claim.evidence,
      extractor: EXTRACTOR_VERSION,
    },
    speaker,
    affiliation,
    via: claim.via?.entityKey ?? null,
    about: [...new Set(about)],
    at,
  };
}

/**
 * The id an article's event gets, the same in every article that reports the same happening:
 * its type, its anchor (its place, else its first participant) and its day (its own, else the
 * article's), so two outlets' reports of one capture on one day meet on one Event; MATCH_EVENTS
 * joins reports a few days apart.
 */
export function eventIdentity(event: ExtractedEvent, publishedAt: string | null): EventIdentity {
  const anchor = event.place ?? event.participants[0]?.entityKey ?? 'unplaced';
  const time = resolveEventTime(event.time ?? undefined, publishedAt);
  const day = time.precision === 'DAY' && time.startsAt ? time.startsAt : (publishedAt?.slice(0, 10) ?? null);
  return {
    id: `event:auto-${event.type.toLowerCase()}-${anchor}-${day ?? 'undated'}`.slice(0, 120),
    type: event.type,
    anchor,
    day,
    window: SAME_EVENT_WITHIN_DAYS[event.type],
  };
}

/** What MATCH_EVENTS found: an extracted event's id → the id of the event it is, and how many days apart. */
export type EventMatches = ReadonlyMap<string, { id: string; apart: number }>;

/** What names events: a prepared article, or a re-extraction of one. */
export interface EventStatements {
  events: { id: string; statement: { during: string | null }; identity: EventIdentity | null }[];
  claimedEvents: { id: string; identity: EventIdentity }[];
  claims: { about: string[]; at: string | null }[];
}

/** The article with its extracted events renamed to the events they were matched to, and the claims about them too. */
export function renameEvents<T extends EventStatements>(article: T, matches: EventMatches): T {
  const rename = (id: string): string => matches.get(id)?.id ?? id;
  return {
    ...article,
    events: article.events.map((e) => {
      const match = matches.get(e.id);
      const during = e.statement.during === null ? null : rename(e.statement.during);
      if (!match) return { ...e, statement: { ...e.statement, during } };
      return {
        ...e,
        id: match.id,
        statement: { ...e.statement, during, identity: `same type and place as ${match.id}, ${match.apart} days apart` },
      };
    }),
    claimedEvents: article.claimedEvents.map((e) => ({ ...e, id: rename(e.id) })),
    claims: article.claims.map((c) => ({ ...c, about: [...new Set(c.about.map(rename))], at: c.at === null ? null : rename(c.at) })),
  };
}

function eventStatement(event: ExtractedEvent, during: string | null, publishedAt: string | null) {
  const time = event.time ? resolveEventTime(event.time, publishedAt) : null;
  const [first] = event.framings;
  return {
    type: event.type,
    ...(time ? { ...time, timeDetail: timeDetail(time) } : {}),
    framing: first?.text ?? null,
    start: first?.start ?? null,
    end: first?.end ?? null,
    framingTexts: event.framings.map((f) => f.text),
    framingStarts: event.framings.map((f) => f.start),
    framingEnds: event.framings.map((f) => f.end),
    place: event.place,
    participants: event.participants.map((p) => p.entityKey),
    roles: event.participants.map((p) => p.role),
    during,
    label: null,
    description: null,
    source: 'AUTO',
    score: event.score,
    evidence: event.evidence,
    extractor: EXTRACTOR_VERSION,
  };
}

/** A key the seed format accepts: `person:auto-ivan-petrenko`, the same for the same name in any article. */
function newEntityKey(kind: 'PERSON' | 'ORGANIZATION', name: string): string {
  const slug = primaryRendering(name)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${kind === 'PERSON' ? 'person' : 'org'}:auto-${slug || 'unnamed'}`.slice(0, 120);
}

/** A speaker the gazetteer does not know, stated by the article: findable by its name, mergeable, its role as description. */
function newEntity(doc: ExtractionDoc, speaker: Extract<ExtractedSpeaker, { kind: 'new' }>, role: string | null): PreparedEntity {
  const form = speaker.name.text;
  return prepareEntity(
    {
      id: newEntityKey(speaker.entityKind, form),
      kind: speaker.entityKind,
      name: form,
      description: role ?? undefined,
      names: [{ form, language: doc.language, script: /\p{Script=Cyrillic}/u.test(form) ? 'Cyrl' : 'Latn', kind: 'OFFICIAL' }],
    },
    articleSource(doc.id),
    true,
  );
}

/** An article prepared from its document, with what the extractor found added: the entities it introduces are the article's statements too. */
export function withExtraction(prepared: PreparedArticle, extraction: PreparedExtraction): PreparedArticle {
  const { properties } = prepared.article;
  return {
    ...prepared,
    article: {
      ...prepared.article,
      properties: {
        ...properties,
        statedEntities: [...properties.statedEntities, ...extraction.entities.map((e) => e.id)],
        extractedEntities: extraction.entities.map((e) => e.id),
        extractionHash: extraction.hash,
      },
    },
    entities: [...prepared.entities, ...extraction.entities],
    claims: [...prepared.claims, ...extraction.claims],
    events: [...prepared.events, ...extraction.events],
    claimedEvents: extraction.claimedEvents,
  };
}

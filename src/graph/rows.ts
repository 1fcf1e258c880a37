import type { ResolvedTime } from './event-time.js';
import type { RelationView } from './relation-key.js';
import type { ClaimFlag, EntityKind, EventType, MentionField, NameKind, StatementSource } from './vocabulary.js';

/** Plain shapes the repositories return (ROW_PROJECTIONS in projections.ts); the API layer renders them. */
/** When the node was first written and last changed, in epoch milliseconds. */
export interface StampsRow {
  ingestedAt: number | null;
  updatedAt: number | null;
}

export interface EntityRow extends StampsRow {
  label: 'Person' | 'Place' | 'Organization';
  id: string;
  kind: EntityKind;
  name: string;
  description: string | null;
  /** A speaker the claim extractor introduced (source AUTO). */
  extracted: boolean;
  wikidata: string | null;
  geonames: string | null;
  country: string | null;
  adminArea: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Places imported from GeoNames (src/gazetteer/); absent on the others. */
  population?: number | null;
  featureClass?: string | null;
  featureCode?: string | null;
}

export interface NameRow {
  form: string;
  language: string;
  script: string;
  kind: NameKind;
  usedFrom: string | null;
  usedUntil: string | null;
  usedBy: string | null;
}

export interface ArticleRow extends StampsRow {
  label: 'Article';
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  language: string;
  /** Epoch milliseconds (see ROW_PROJECTIONS.Article); the DateTime scalar serializes it. */
  publishedAt: number | null;
  contentHash: string;
}

export interface SpanRow {
  start: number;
  end: number;
  text: string;
}

export interface MentionRow extends SpanRow {
  label: 'Mention';
  id: string;
  articleId: string;
  /** Null for a name the linker found but could not settle: see candidates. */
  entityKey: string | null;
  source: StatementSource;
  /** Where the span stands: the article's text or its title. */
  field: MentionField;
  score: number | null;
  evidence: string[] | null;
  candidates: { entityKey: string; score: number }[];
  review: ReviewRow | null;
}

/** Who reviewed a mention or claim, when and why (see src/graphql/review-note.ts); null on all the others. */
export interface ReviewRow {
  /** Epoch milliseconds. */
  reviewedAt: number;
  note: string | null;
  requestId: string;
}

export interface ClaimRow extends StampsRow {
  label: 'Claim';
  id: string;
  quote: string;
  segments: SpanRow[];
  anonymous: boolean;
  speakerDescription: string | null;
  speakerRole: string | null;
  viaDescription: string | null;
  flags: ClaimFlag[];
  source: StatementSource;
  score: number | null;
  evidence: string[] | null;
  /** The extractor's version (src/extraction/version.ts) for an AUTO claim. */
  extractor: number | null;
  articleId: string;
  speakerKey: string | null;
  affiliationKey: string | null;
  viaKey: string | null;
  about: { id: string; isEvent: boolean }[];
  /** The event it was made at, when the article says. */
  madeAtKey: string | null;
  review: ReviewRow | null;
}

/** An event with its time as resolved at ingest (event-time.ts). */
export interface EventRow extends ResolvedTime, StampsRow {
  label: 'Event';
  id: string;
  type: EventType;
  placeKey: string | null;
  /** A person's short name and description of it, from a hand-annotated report; null otherwise. */
  name: string | null;
  description: string | null;
  /** The event it took place during, as most of its reports say. */
  duringKey: string | null;
}

/** An entity's part in an event (Event.participants): the role most of its articles give, and those articles. */
export interface ParticipantRow {
  entityKey: string;
  role: string;
  articleIds: string[];
}

/** An article's report of an event (Event.reports): the word it used for it, and what it states. */
export interface ReportRow {
  articleId: string;
  framing: string | null;
  start: number | null;
  end: number | null;
  /** Every word the article uses for the event, in text order; the first is `framing`. */
  framings: SpanRow[];
  source: StatementSource;
  score: number | null;
  /** How the extractor tied it to an event another article reported first; null when by id. */
  identity: string | null;
  extractor: number | null;
  type: EventType;
  /** What this article says of the time; null when it gives none. */
  time: ResolvedTime | null;
  placeKey: string | null;
  /** Entities the article says took part, each with the role at the same position in `roles`. */
  participantKeys: string[];
  roles: string[];
}

/** A relation seen from the entity asked about, its viewpoint (relation-key.ts). */
export interface RelationRow extends RelationView {
  label: 'Relation';
  /** The stored relationship's id, its sort key in an entity's list. */
  id: string;
  role: string | null;
  /** OUT when the entity asked about is the subject ("Putin AFFILIATED_WITH Russia"). */
  direction: 'OUT' | 'IN';
  articleIds: string[];
  /** The statements behind it: `article:<id>` or `file:<gazetteer file>`, each with its role ('' for none). */
  sources: string[];
  roles: string[];
}

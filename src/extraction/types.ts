import type { StatedTime } from '../graph/event-time.js';
import type { ClaimFlag, EntityKind, EventType } from '../graph/vocabulary.js';

/**
 * The shapes the extractor takes and gives: what plain article text yields once the linker has
 * named its entities. Spans are [start, end) UTF-16 offsets into the article text.
 */

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A name the linker found in the text; `entityKey` is null when it stayed ambiguous. */
export interface KnownMention extends TextSpan {
  entityKey: string | null;
  kind: EntityKind | null;
  /** A news outlet (the gazetteer's outlets): it relays what others state, so it is a channel, never a speaker. */
  outlet?: boolean;
}

export interface ExtractionInput {
  text: string;
  /** ISO 639-1 code of the article: en, ru or uk (others get the English rules). */
  language: string;
  /** ISO date or date-time; relative times ("on Monday") resolve against it. */
  publishedAt: string | null;
  /** The linker's mentions of the text, in text order. */
  mentions: readonly KnownMention[];
}

/** PARTIAL: a quoted fragment inside the reporter's sentence; INDIRECT: reported speech, no quote marks. */
export { CLAIM_FLAGS, type ClaimFlag } from '../graph/vocabulary.js';

/**
 * Who made a claim: a known entity; a named person the gazetteer does not know (it becomes a new
 * AUTO entity); an anonymous speaker as the article describes them, with the country they are
 * said to belong to (ISO 3166-1 alpha-2, from "a senior Russian diplomat").
 */
export type ExtractedSpeaker =
  | { kind: 'entity'; entityKey: string }
  | { kind: 'new'; name: TextSpan; entityKind: 'PERSON' | 'ORGANIZATION' }
  | { kind: 'anonymous'; description: string; country: string | null };

export interface ExtractedChannel {
  /** The article's own wording: "speaking to TASS", "according to sources present at the meeting". */
  description: string;
  /** The agency or outlet, when a known entity is named. */
  entityKey: string | null;
}

export interface ExtractedClaim {
  /** The quoted words, one segment per stretch between the attribution's interruptions. */
  segments: TextSpan[];
  flags: ClaimFlag[];
  /** Null when the quote cannot be attributed: stored with the speaker unknown, never guessed. */
  speaker: ExtractedSpeaker | null;
  /** The speaker's role as the article gives it ("military expert", "Defence Minister"). */
  role: string | null;
  via: ExtractedChannel | null;
  /** Keys of the entities the quote names (and the events it speaks of, added by the caller). */
  about: string[];
  /** 0..1 confidence, and the rules that gave it. */
  score: number;
  evidence: string[];
}

export interface ExtractedEvent {
  type: EventType;
  /** Every word the article uses for this happening ("liberation", "capture", "fall"). */
  framings: TextSpan[];
  /** Key of the place linked in the same clause, when there is one. */
  place: string | null;
  participants: { entityKey: string; role: string }[];
  /** The time as stated, with its wording; null when the article gives none for it. */
  time: (StatedTime & { text: string }) | null;
  /** False when the article states it only as denied, hedged or negated: a claim may be about it, no report is written. */
  asserted: boolean;
  score: number;
  evidence: string[];
}

/**
 * What one article yields: its claims (each with the events it speaks of and the one it was made
 * at, by index) and its events (each with the one it took place during, by index).
 */
export interface ArticleExtraction {
  claims: (ExtractedClaim & { events: number[]; at: number | null })[];
  events: (ExtractedEvent & { during: number | null })[];
}

import type { StatementSource } from '../graph/vocabulary.js';

/** Conditions on claims, each off when null (ClaimFilterInput says what each means). */
export interface ClaimFilter {
  /** Key of an entity or event the claim is about. */
  about: string | null;
  speaker: string | null;
  via: string | null;
  /** The labels the about, speaker and via nodes must carry (the labels their ids name). */
  aboutLabel: string | null;
  speakerLabel: string | null;
  viaLabel: string | null;
  anonymous: boolean | null;
  article: string | null;
  outlet: string | null;
  /** ISO dates, inclusive. */
  publishedFrom: string | null;
  publishedTo: string | null;
  speakerRole: string | null;
  source: StatementSource | null;
  maxScore: number | null;
}

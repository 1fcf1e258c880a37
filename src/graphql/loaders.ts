import type DataLoader from 'dataloader';

import type { PagedChildren } from '../graph/children.js';
import type {
  ArticleRow,
  ClaimRow,
  EntityRow,
  EventRow,
  MentionRow,
  NameRow,
  ParticipantRow,
  RelationRow,
  ReportRow,
} from '../graph/rows.js';
import type { RelationType } from '../graph/vocabulary.js';

/**
 * Nested fields read through these per-request loaders. A root field primes them with what it
 * read ahead (prefetch.ts); a field it did not plan for costs one query for all its parents,
 * whatever their number (no N+1).
 */
export interface Loaders extends FeatureLoaders {
  entity: DataLoader<string, EntityRow | null>;
  article: DataLoader<string, ArticleRow | null>;
  claim: DataLoader<string, ClaimRow | null>;
  event: DataLoader<string, EventRow | null>;
  mention: DataLoader<string, MentionRow | null>;
  relation: DataLoader<string, RelationRow | null>;
  articleText: DataLoader<string, string | null>;
  names: DataLoader<string, NameRow[]>;
  participants: DataLoader<string, ParticipantRow[]>;
  reports: DataLoader<string, ReportRow[]>;
  entityMentions: PagedChildren<MentionRow>;
  claimsBy: PagedChildren<ClaimRow>;
  claimsAbout: PagedChildren<ClaimRow>;
  entityEvents: PagedChildren<EventRow>;
  articleMentions: PagedChildren<MentionRow>;
  articleClaims: PagedChildren<ClaimRow>;
  articleEvents: PagedChildren<EventRow>;
  /** One loader per set of relation types asked for, so lists with the same filter batch together. */
  relations(types: readonly RelationType[]): PagedChildren<RelationRow>;
  repositories: Repositories;
}

// The two below are empty here on purpose: each feature adds its members by declaration merging.
/* eslint-disable @typescript-eslint/no-empty-object-type */
/** Loaders over rows a feature declares itself (analysis). */
export interface FeatureLoaders {}
/** The repositories resolvers call directly, for reads no loader batches. */
export interface Repositories {}
/* eslint-enable @typescript-eslint/no-empty-object-type */

/** The rows of `keys` that exist, in order; a failed load fails the field instead of vanishing from it. */
export async function loadExisting<T>(loader: DataLoader<string, T | null>, keys: readonly string[]): Promise<T[]> {
  const rows = await loader.loadMany(keys);
  const failed = rows.find((row) => row instanceof Error);
  if (failed) throw failed;
  return rows.filter((row): row is T => row !== null);
}

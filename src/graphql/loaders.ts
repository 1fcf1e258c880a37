import type DataLoader from 'dataloader';

import type { EdgeLoaders } from '../graph/edge-loaders.js';
import type { RelationRow } from '../graph/rows.js';

/**
 * Nested fields read through these per-request loaders. A root field primes them with what it
 * read ahead (prefetch.ts); a field it did not plan for costs one query for all its parents,
 * whatever their number (no N+1). Nodes and edges (EdgeLoaders) are derived from the node and
 * edge tables of src/graph; the rest are reads no table describes.
 */
export interface Loaders extends EdgeLoaders, FeatureLoaders {
  /** A relation by the key of its id (node(id) of a Relation). */
  relation: DataLoader<string, RelationRow | null>;
  /** An article's full text, read only when selected. */
  articleText: DataLoader<string, string | null>;
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

import type { Logger } from 'pino';

import type { CountingDb } from '../db/graph-db.js';
import type { SelectedFields } from '../graph/selection.js';
import type { Loaders } from './loaders.js';
import type { Prefetcher } from './prefetch.js';

/**
 * What every resolver gets: per-request loaders and services over a query-counting view of the
 * database. A leaf type, which imports no feature: what a feature adds (its services here, its
 * repositories and loaders in loaders.ts) it declares in its `<feature>.context.ts` by declaration
 * merging, and the app root's context factory must provide it all, which tsc checks.
 */
export interface Context extends FeatureServices {
  requestId: string;
  log: Logger;
  db: CountingDb;
  loaders: Loaders;
  /** What the operation selects of each kind of row: statements project only that (selected-fields.ts). */
  selected: SelectedFields;
  /** Root fields read their whole selection through it, in one statement. */
  prefetch: Prefetcher;
  /** True when the request carried the configured API key. */
  authorized: boolean;
}

/** Services a feature puts on the context (search, ingest); empty here: each feature adds its own by declaration merging. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FeatureServices {}

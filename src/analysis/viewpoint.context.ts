import type DataLoader from 'dataloader';

import type { ContentionRepository } from './contention.repository.js';
import type { ContentionRow } from './contention.js';
import type { FramingFilter, FramingRow } from './framing.repository.js';

// Framing by outlet and contested facts add these to every request (src/graphql/loaders.ts); src/app/ builds them.
declare module '../graphql/loaders.js' {
  interface FeatureLoaders {
    eventFramings: DataLoader<string, FramingRow[]>;
    /** One loader per filter, so the field with the same arguments under many entities is one query. */
    entityFramings(filter: FramingFilter): DataLoader<string, FramingRow[]>;
    eventContentions: DataLoader<string, ContentionRow[]>;
    entityContentions: DataLoader<string, ContentionRow[]>;
  }
  interface Repositories {
    contentions: ContentionRepository;
  }
}

import type { ChangeSource } from '../graph/change-source.js';
import type { ChangeRepository } from './change.repository.js';

// What this feature adds to every request's context (src/graphql/context.ts, loaders.ts); src/app/ builds it.
declare module '../graphql/context.js' {
  interface FeatureServices {
    /** The committed changes the `changed` subscription follows. */
    changes: ChangeSource;
  }
}

declare module '../graphql/loaders.js' {
  interface Repositories {
    changes: ChangeRepository;
  }
}

import type { SearchRepository } from './search.repository.js';

// The context this feature adds to every request (src/graphql/context.ts); src/app/ builds it.
declare module '../graphql/context.js' {
  interface FeatureServices {
    search: SearchRepository;
  }
}

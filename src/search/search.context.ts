import type { EntityListRepository } from './entity-list.repository.js';
import type { SearchRepository } from './search.repository.js';
import type { TextSearchRepository } from './text-search.repository.js';

// The context this feature adds to every request (src/graphql/context.ts); src/app/ builds it.
declare module '../graphql/context.js' {
  interface FeatureServices {
    search: SearchRepository;
  }
}

declare module '../graphql/loaders.js' {
  interface Repositories {
    entityList: EntityListRepository;
    textSearch: TextSearchRepository;
  }
}

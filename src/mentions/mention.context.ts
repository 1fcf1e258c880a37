import type { MentionRepository } from './mention.repository.js';

// The context this feature adds to every request (src/graphql/loaders.ts); src/app/ builds it.
declare module '../graphql/loaders.js' {
  interface Repositories {
    mentions: MentionRepository;
  }
}

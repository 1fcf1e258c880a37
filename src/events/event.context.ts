import type { EventRepository } from './event.repository.js';

// The context this feature adds to every request (src/graphql/loaders.ts); src/app/ builds it.
declare module '../graphql/loaders.js' {
  interface Repositories {
    events: EventRepository;
  }
}

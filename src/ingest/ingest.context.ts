import type { IngestService } from './ingest.service.js';

// The context this feature adds to every request (src/graphql/context.ts); src/app/ builds it.
declare module '../graphql/context.js' {
  interface FeatureServices {
    ingest: IngestService;
  }
}

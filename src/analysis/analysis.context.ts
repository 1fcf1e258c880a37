import type DataLoader from 'dataloader';

import type { PagedChildren } from '../graph/children.js';
import type {
  AnalysisRepository,
  CoMentionRow,
  NameUsageRow,
  ReportSourceRow,
  SpeakerGroupRow,
  TimelineRow,
} from './analysis.repository.js';

// The context this feature adds to every request (src/graphql/loaders.ts); src/app/ builds it.
declare module '../graphql/loaders.js' {
  interface FeatureLoaders {
    nameUsage: DataLoader<string, NameUsageRow[]>;
    /** One loader for claims about the entity only (`direct`), one for those about its events too. */
    claimsBySpeaker(direct: boolean): DataLoader<string, SpeakerGroupRow[]>;
    corroboration: DataLoader<string, ReportSourceRow[]>;
    timeline: PagedChildren<TimelineRow>;
    /** One loader per list length asked for, so the same field under many entities is one query. */
    coMentions(limit: number): DataLoader<string, CoMentionRow[]>;
  }
  interface Repositories {
    analysis: AnalysisRepository;
  }
}

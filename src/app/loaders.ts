import DataLoader from 'dataloader';

import { AnalysisRepository, type CoMentionRow } from '../analysis/analysis.repository.js';
import { ContentionRepository } from '../analysis/contention.repository.js';
import { FramingRepository } from '../analysis/framing.repository.js';
import { perArguments } from '../analysis/per-arguments.js';
import { ArticleRepository } from '../articles/article.repository.js';
import { ChangeRepository } from '../changes/change.repository.js';
import { ClaimRepository } from '../claims/claim.repository.js';
import type { CountingDb } from '../db/graph-db.js';
import { MergeRepository } from '../entities/merge.repository.js';
import { EventRepository } from '../events/event.repository.js';
import type { Loaders } from '../graphql/loaders.js';
import { pagedChildren } from '../graph/children.js';
import { edgeLoaders } from '../graph/edge-loaders.js';
import { PrefetchRepository } from '../graph/prefetch.repository.js';
import type { SelectedFields } from '../graph/selection.js';
import { MentionRepository } from '../mentions/mention.repository.js';
import { RelationRepository } from '../relations/relation.repository.js';
import { EntityListRepository } from '../search/entity-list.repository.js';
import { TextSearchRepository } from '../search/text-search.repository.js';

/** A batching loader over a repository lookup; missing keys load as null. */
function byKey<T>(fetch: (keys: readonly string[]) => Promise<Map<string, T>>): DataLoader<string, T | null> {
  return new DataLoader(async (keys) => {
    const found = await fetch(keys);
    return keys.map((key) => found.get(key) ?? null);
  });
}

/** A batching loader of each key's list; a key with none loads as []. */
function listsByKey<T>(fetch: (keys: readonly string[]) => Promise<Map<string, T[]>>): DataLoader<string, T[]> {
  return new DataLoader(async (keys) => {
    const lists = await fetch(keys);
    return keys.map((key) => lists.get(key) ?? []);
  });
}

/**
 * Every request's loaders (src/graphql/loaders.ts says what each is for); their statements
 * project what the request selects (`selected`).
 */
export function createLoaders(db: CountingDb, selected: SelectedFields): Loaders {
  const articles = new ArticleRepository(db, selected);
  const analysis = new AnalysisRepository(db, selected);
  const relations = new RelationRepository(db);
  const framings = new FramingRepository(db);
  const contentions = new ContentionRepository(db);
  const coMentions = new Map<number, DataLoader<string, CoMentionRow[]>>();
  return {
    ...edgeLoaders(new PrefetchRepository(db, selected)),
    repositories: {
      articles,
      claims: new ClaimRepository(db, selected),
      events: new EventRepository(db, selected),
      mentions: new MentionRepository(db, selected),
      entityList: new EntityListRepository(db, selected),
      textSearch: new TextSearchRepository(db),
      analysis,
      merge: new MergeRepository(db),
      contentions,
      changes: new ChangeRepository(db),
    },
    relation: byKey(relations.byKeys),
    articleText: byKey((keys) => articles.textsOf(keys)),
    nameUsage: listsByKey((keys) => analysis.nameUsage(keys)),
    claimsBySpeaker: perArguments((direct: boolean) => listsByKey((keys) => analysis.claimsBySpeaker(keys, direct))),
    corroboration: listsByKey((keys) => analysis.corroboration(keys)),
    eventFramings: listsByKey((keys) => framings.ofEvents(keys)),
    entityFramings: perArguments((filter) => listsByKey((keys) => framings.ofEntities(keys, filter))),
    eventContentions: listsByKey((keys) => contentions.ofEvents(keys)),
    entityContentions: listsByKey((keys) => contentions.ofEntities(keys)),
    timeline: pagedChildren(analysis.timeline, analysis.countTimeline, (row) => [row.t, row.id]),
    coMentions(limit: number) {
      if (!coMentions.has(limit))
        coMentions.set(
          limit,
          listsByKey((keys) => analysis.coMentions(keys, limit)),
        );
      return coMentions.get(limit)!;
    },
  };
}

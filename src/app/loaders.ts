import DataLoader from 'dataloader';

import { AnalysisRepository } from '../analysis/analysis.repository.js';
import { ArticleRepository } from '../articles/article.repository.js';
import { ClaimRepository } from '../claims/claim.repository.js';
import type { CountingDb } from '../db/graph-db.js';
import { EntityRepository } from '../entities/entity.repository.js';
import { MergeRepository } from '../entities/merge.repository.js';
import { EventRepository } from '../events/event.repository.js';
import type { Loaders } from '../graphql/loaders.js';
import { pagedChildren, type PagedChildren } from '../graph/children.js';
import type { RelationRow } from '../graph/rows.js';
import type { RelationType } from '../graph/vocabulary.js';
import { MentionRepository } from '../mentions/mention.repository.js';
import { RelationRepository } from '../relations/relation.repository.js';

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

/** Every request's loaders (src/graphql/context.ts says what each is for). */
export function createLoaders(db: CountingDb): Loaders {
  const entities = new EntityRepository(db);
  const articles = new ArticleRepository(db);
  const claims = new ClaimRepository(db);
  const events = new EventRepository(db);
  const mentions = new MentionRepository(db);
  const analysis = new AnalysisRepository(db);
  const relations = new RelationRepository(db);
  const relationLoaders = new Map<string, PagedChildren<RelationRow>>();
  return {
    repositories: { entities, articles, claims, events, analysis, merge: new MergeRepository(db) },
    entity: byKey(entities.byKeys),
    article: byKey(articles.byKeys),
    claim: byKey(claims.byKeys),
    event: byKey(events.byKeys),
    mention: byKey(mentions.byKeys),
    relation: byKey(relations.byKeys),
    articleText: byKey((keys) => articles.textsOf(keys)),
    names: listsByKey(entities.namesOf),
    participants: listsByKey(events.participantsOf),
    reports: listsByKey(events.reportsOf),
    entityMentions: pagedChildren(entities.mentionsOf, entities.countMentionsOf),
    claimsBy: pagedChildren(entities.claimsBy, entities.countClaimsBy),
    claimsAbout: pagedChildren(entities.claimsAbout, entities.countClaimsAbout),
    entityEvents: pagedChildren(entities.eventsOf, entities.countEventsOf),
    articleMentions: pagedChildren(articles.mentionsIn, articles.countMentionsIn),
    articleClaims: pagedChildren(articles.claimsIn, articles.countClaimsIn),
    articleEvents: pagedChildren(articles.eventsIn, articles.countEventsIn),
    nameUsage: listsByKey((keys) => analysis.nameUsage(keys)),
    claimsBySpeaker: listsByKey((keys) => analysis.claimsBySpeaker(keys)),
    corroboration: listsByKey((keys) => analysis.corroboration(keys)),
    timeline: pagedChildren(analysis.timeline, analysis.countTimeline, (row) => [row.t, row.id]),
    relations(types: readonly RelationType[]) {
      const id = [...types].sort().join();
      if (!relationLoaders.has(id)) {
        const { fetch, count } = entities.relationsOf(types);
        relationLoaders.set(id, pagedChildren(fetch, count));
      }
      return relationLoaders.get(id)!;
    },
  };
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { Entity } from '../entities/entity.type.js';
import type { MentionRow } from '../graph/rows.js';
import type { Context } from '../graphql/context.js';
import { Mention, MentionCandidate } from './mention.type.js';

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Article, { description: 'The article the name stands in.' })
  article(@Root() mention: MentionRow, @Ctx() ctx: Context) {
    return ctx.loaders.nodes.Article.load(mention.articleId);
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'Null when the linker could not settle the name: see candidates.' })
  entity(@Root() mention: MentionRow, @Ctx() ctx: Context) {
    return mention.entityKey ? ctx.loaders.nodes.Entity.load(mention.entityKey) : null;
  }

  @FieldResolver(() => [String])
  evidence(@Root() mention: MentionRow): string[] {
    return mention.evidence ?? [];
  }

  @FieldResolver(() => [MentionCandidate], {
    description:
      'The other entities the name could denote, best first, with their probability: for an unsettled name every candidate, for a linked one its runners-up.',
  })
  candidates(@Root() mention: MentionRow) {
    return [...mention.candidates].sort((a, b) => b.score - a.score);
  }
}

@Resolver(() => MentionCandidate)
export class MentionCandidateResolver {
  @FieldResolver(() => Entity, { description: 'An entity the name could denote.' })
  entity(@Root() candidate: MentionRow['candidates'][number], @Ctx() ctx: Context) {
    return ctx.loaders.nodes.Entity.load(candidate.entityKey);
  }
}

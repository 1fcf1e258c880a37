import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { Entity } from '../entities/entity.type.js';
import { pageRequest } from '../graph/page.js';
import type { MentionRow } from '../graph/rows.js';
import type { Context } from '../graphql/context.js';
import { checkMaxScore } from '../graphql/filter-checks.js';
import { PageArgs, toConnection } from '../graphql/relay.js';
import { MentionFilterInput } from './mention.input.js';
import { Mention, MentionCandidate, MentionConnection } from './mention.type.js';

@Resolver(() => Mention)
export class MentionResolver {
  @Query(() => MentionConnection, {
    description: "Mentions across every article, in a stable order (by id): with unresolved or maxScore, the linker's review queue.",
  })
  async mentions(
    @Args() args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => MentionFilterInput, { nullable: true, description: 'Conditions on the mentions; absent: every mention.' })
    filter?: MentionFilterInput | null,
  ) {
    checkMaxScore('filter.maxScore', filter?.maxScore);
    const request = pageRequest(args.first, args.after);
    const mentions = { unresolved: filter?.unresolved ?? null, source: filter?.source ?? null, maxScore: filter?.maxScore ?? null };
    return toConnection(
      await ctx.prefetch.list('Mention', info, (plan) => ctx.loaders.repositories.mentions.list(mentions, request, plan)),
    );
  }

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

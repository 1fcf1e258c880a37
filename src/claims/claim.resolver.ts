import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { Entity } from '../entities/entity.type.js';
import { InputError } from '../errors.js';
import { ENTITY_NODE_LABELS } from '../graph/global-id.js';
import { pageRequest } from '../graph/page.js';
import type { ClaimRow } from '../graph/rows.js';
import type { Context } from '../graphql/context.js';
import { checkMaxScore, checkNotEmpty } from '../graphql/filter-checks.js';
import { filterIds } from '../graphql/id-arguments.js';
import { isoDay } from '../graphql/iso-day.js';
import { PageArgs, toConnection } from '../graphql/relay.js';
import { ClaimFilterInput } from './claim.input.js';
import type { ClaimFilter } from './claim-filter.js';
import { Subject } from './subject.type.js';
import { Event } from '../events/event.type.js';
import { Claim, ClaimChannel, ClaimConnection, Speaker } from './claim.type.js';

const CLAIM_FILTER_IDS = {
  about: [...ENTITY_NODE_LABELS, 'Event'],
  speaker: ENTITY_NODE_LABELS,
  via: ENTITY_NODE_LABELS,
  article: ['Article'],
} as const;

/** What GraphQL's types cannot say about a filter: a range that is one, a score that can be. */
function checkClaimFilter(filter: ClaimFilterInput | null | undefined): void {
  if (filter?.publishedFrom && filter.publishedTo && filter.publishedFrom > filter.publishedTo)
    throw new InputError('filter.publishedTo', 'is before filter.publishedFrom');
  checkMaxScore('filter.maxScore', filter?.maxScore);
  for (const field of ['outlet', 'speakerRole'] as const) checkNotEmpty(`filter.${field}`, filter?.[field]);
}

export interface SpeakerRow {
  anonymous: boolean;
  description: string | null;
  role: string | null;
  entityKey: string | null;
  affiliationKey: string | null;
}

export const speakerOf = (claim: ClaimRow): SpeakerRow => ({
  anonymous: claim.anonymous,
  description: claim.speakerDescription,
  role: claim.speakerRole,
  entityKey: claim.speakerKey,
  affiliationKey: claim.affiliationKey,
});

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => ClaimConnection, {
    description: 'Claims, filtered by what they are about, who made them, or where, in a stable order (by id).',
  })
  async claims(
    @Args() args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ClaimFilterInput, { nullable: true, description: 'Conditions on the claims; absent: every claim.' })
    filter?: ClaimFilterInput | null,
  ) {
    const request = pageRequest(args.first, args.after);
    checkClaimFilter(filter);
    const { keys, labels } = filterIds(filter, CLAIM_FILTER_IDS);
    const claims: ClaimFilter = {
      ...keys,
      aboutLabel: labels.about,
      speakerLabel: labels.speaker,
      viaLabel: labels.via,
      anonymous: filter?.anonymous ?? null,
      outlet: filter?.outlet ?? null,
      publishedFrom: isoDay(filter?.publishedFrom),
      publishedTo: isoDay(filter?.publishedTo),
      speakerRole: filter?.speakerRole ?? null,
      source: filter?.source ?? null,
      maxScore: filter?.maxScore ?? null,
    };
    return toConnection(await ctx.prefetch.list('Claim', info, (plan) => ctx.loaders.repositories.claims.list(claims, request, plan)));
  }

  @FieldResolver(() => Article, { description: 'The article that quotes it.' })
  article(@Root() claim: ClaimRow, @Ctx() ctx: Context) {
    return ctx.loaders.nodes.Article.load(claim.articleId);
  }

  @FieldResolver(() => Speaker, { description: 'Who made it, named or as the article describes them.' })
  speaker(@Root() claim: ClaimRow): SpeakerRow {
    return speakerOf(claim);
  }

  @FieldResolver(() => ClaimChannel, {
    nullable: true,
    description: 'Through whom it reached the article; null when the article quotes the speaker directly.',
  })
  via(@Root() claim: ClaimRow) {
    return claim.viaDescription ? { description: claim.viaDescription, entityKey: claim.viaKey } : null;
  }

  @FieldResolver(() => [Subject], { description: 'The entities and events it is about.' })
  async about(@Root() claim: ClaimRow, @Ctx() ctx: Context) {
    const subjects = await Promise.all(
      claim.about.map(({ id, isEvent }) => (isEvent ? ctx.loaders.nodes.Event.load(id) : ctx.loaders.nodes.Entity.load(id))),
    );
    return subjects.filter(Boolean);
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The event it was made at (a press conference, a closed-door meeting, an address), when the article says; null otherwise.',
  })
  madeAt(@Root() claim: ClaimRow, @Ctx() ctx: Context) {
    return claim.madeAtKey ? ctx.loaders.nodes.Event.load(claim.madeAtKey) : null;
  }
}

@Resolver(() => Speaker)
export class SpeakerResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'The named speaker; null when anonymous.' })
  entity(@Root() speaker: SpeakerRow, @Ctx() ctx: Context) {
    return speaker.entityKey ? ctx.loaders.nodes.Entity.load(speaker.entityKey) : null;
  }

  @FieldResolver(() => Entity, { nullable: true, description: 'What an anonymous speaker is said to belong to.' })
  affiliation(@Root() speaker: SpeakerRow, @Ctx() ctx: Context) {
    return speaker.affiliationKey ? ctx.loaders.nodes.Entity.load(speaker.affiliationKey) : null;
  }
}

@Resolver(() => ClaimChannel)
export class ClaimChannelResolver {
  @FieldResolver(() => Entity, { nullable: true, description: 'The agency or outlet, when named (TASS).' })
  entity(@Root() channel: { entityKey: string | null }, @Ctx() ctx: Context) {
    return channel.entityKey ? ctx.loaders.nodes.Entity.load(channel.entityKey) : null;
  }
}

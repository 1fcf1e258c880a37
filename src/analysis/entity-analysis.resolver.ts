import { DateResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import { speakerOf } from '../claims/claim.resolver.js';
import { Claim, Speaker } from '../claims/claim.type.js';
import { Article } from '../articles/article.type.js';
import { Entity } from '../entities/entity.type.js';
import { InputError } from '../errors.js';
import { Event } from '../events/event.type.js';
import { pageRequest } from '../graph/page.js';
import type { EntityRow } from '../graph/rows.js';
import { nameAt } from '../names/name-at.js';
import { NameForm } from '../names/name.type.js';
import type { Context } from '../graphql/context.js';
import { loadExisting } from '../graphql/loaders.js';
import { Connection, PageArgs, toConnection } from '../graphql/relay.js';
import type { CoMentionRow, SpeakerGroupRow, TimelineRow } from './analysis.repository.js';
import { CoMention, NameUsage, SpeakerGroup, TimelineEntry } from './analysis.type.js';

/** Beyond this a co-mention list is a crawl: page the entity's mentions instead. */
const MAX_CO_MENTIONS = 50;

const TimelineConnection = Connection(TimelineEntry, 'Timeline');

@Resolver(() => Entity)
export class EntityAnalysisResolver {
  @FieldResolver(() => [NameUsage], { description: 'The name forms articles used for it, by outlet, most used first.' })
  nameUsage(@Root() entity: EntityRow, @Ctx() ctx: Context) {
    return ctx.loaders.nameUsage.load(entity.id);
  }

  @FieldResolver(() => NameForm, {
    nullable: true,
    description: 'The name it had on a date in a language, official forms first; null when no form of that language was in use then.',
  })
  async nameAt(
    @Root() entity: EntityRow,
    @Arg('date', () => DateResolver, { description: 'The day to ask about, YYYY-MM-DD.' }) date: Date,
    @Ctx() ctx: Context,
    @Arg('language', { defaultValue: 'en', description: 'ISO 639 code of the language of the name, e.g. "uk".' }) language: string,
  ) {
    return nameAt(await ctx.loaders.lists('Entity.names').load(entity.id), date.toISOString().slice(0, 10), language);
  }

  @FieldResolver(() => TimelineConnection, {
    description:
      "Events it took part in or that happened there, and claims by or about it, in time order (an event by its start, a claim by its article's date), unknown times last.",
  })
  async timeline(@Root() entity: EntityRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return toConnection(await ctx.loaders.timeline(entity.id, pageRequest(args.first, args.after)));
  }

  @FieldResolver(() => [CoMention], {
    description: 'Who and what articles name together with it, by how many articles name both, most first.',
  })
  coMentions(
    @Root() entity: EntityRow,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 10, description: `How many, at most ${MAX_CO_MENTIONS}.` }) first: number,
  ) {
    if (!(first >= 0 && first <= MAX_CO_MENTIONS)) throw new InputError('first', `must be between 0 and ${MAX_CO_MENTIONS}`);
    return ctx.loaders.coMentions(first).load(entity.id);
  }

  @FieldResolver(() => [SpeakerGroup], {
    description: 'Claims about it, and about the events at it (a place) unless `direct`, grouped by who made them, most prolific first.',
  })
  claimsBySpeaker(
    @Root() entity: EntityRow,
    @Ctx() ctx: Context,
    @Arg('direct', () => Boolean, { defaultValue: false, description: 'Only claims about the entity itself, not about events at it.' })
    direct: boolean,
  ) {
    return ctx.loaders.claimsBySpeaker(direct).load(entity.id);
  }
}

@Resolver(() => CoMention)
export class CoMentionResolver {
  @FieldResolver(() => Entity, { description: 'The entity named beside it.' })
  entity(@Root() row: CoMentionRow, @Ctx() ctx: Context) {
    return ctx.loaders.nodes.Entity.load(row.entityKey);
  }

  @FieldResolver(() => [Article], { description: 'The newest of those articles, at most three.' })
  examples(@Root() row: CoMentionRow, @Ctx() ctx: Context) {
    return loadExisting(ctx.loaders.nodes.Article, row.exampleIds);
  }
}

@Resolver(() => TimelineEntry)
export class TimelineEntryResolver {
  @FieldResolver(() => Event, { nullable: true, description: 'The event, when this entry is one; null for a claim.' })
  event(@Root() entry: TimelineRow, @Ctx() ctx: Context) {
    return entry.kind === 'Event' ? ctx.loaders.nodes.Event.load(entry.id) : null;
  }

  @FieldResolver(() => Claim, { nullable: true, description: 'The claim, when this entry is one; null for an event.' })
  claim(@Root() entry: TimelineRow, @Ctx() ctx: Context) {
    return entry.kind === 'Claim' ? ctx.loaders.nodes.Claim.load(entry.id) : null;
  }
}

@Resolver(() => SpeakerGroup)
export class SpeakerGroupResolver {
  @FieldResolver(() => Int)
  count(@Root() group: SpeakerGroupRow): number {
    return group.claimIds.length;
  }

  @FieldResolver(() => [Claim], { description: 'The claims themselves.' })
  claims(@Root() group: SpeakerGroupRow, @Ctx() ctx: Context) {
    return loadExisting(ctx.loaders.nodes.Claim, group.claimIds);
  }

  @FieldResolver(() => Speaker)
  async speaker(@Root() group: SpeakerGroupRow, @Ctx() ctx: Context) {
    return speakerOf((await ctx.loaders.nodes.Claim.load(group.claimIds[0]!))!);
  }
}

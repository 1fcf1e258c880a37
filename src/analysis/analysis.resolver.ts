import { DateResolver } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { speakerOf } from '../claims/claim.resolver.js';
import { Claim, Speaker } from '../claims/claim.type.js';
import { Entity } from '../entities/entity.type.js';
import { InputError } from '../errors.js';
import { Event } from '../events/event.type.js';
import { ENTITY_NODE_LABELS, keyOf } from '../graph/global-id.js';
import { pageRequest } from '../graph/page.js';
import type { EntityRow, EventRow } from '../graph/rows.js';
import { nameAt } from '../names/name-at.js';
import { NameForm } from '../names/name.type.js';
import type { Context } from '../server/context.js';
import { Connection, PageArgs, toConnection } from '../server/relay.js';
import { loadNode } from '../server/node.resolver.js';
import { PathNode } from '../server/subject.js';
import type { HopRow, ReportSourceRow, SpeakerGroupRow, TimelineRow } from './analysis.repository.js';
import { ConnectionPath, Corroboration, NameUsage, PathHop, ReportSource, SpeakerGroup, TimelineEntry } from './analysis.type.js';

const TimelineConnection = Connection(TimelineEntry, 'Timeline');
export const MAX_HOPS = 6;

@Resolver(() => Entity)
export class EntityAnalysisResolver {
  @FieldResolver(() => [NameUsage], { description: 'The name forms articles used for it, by outlet, most used first.' })
  nameUsage(@Root() entity: EntityRow, @Ctx() ctx: Context) {
    return ctx.loaders.nameUsage.load(entity.id);
  }

  @FieldResolver(() => NameForm, { nullable: true, description: 'The name it had on a date, in a language (default en).' })
  async nameAt(@Root() entity: EntityRow, @Arg('date', () => DateResolver) date: Date, @Ctx() ctx: Context, @Arg('language', { defaultValue: 'en' }) language: string) {
    return nameAt(await ctx.loaders.names.load(entity.id), date.toISOString().slice(0, 10), language);
  }

  @FieldResolver(() => TimelineConnection, { description: 'Events and claims about it in time order, unknown times last.' })
  async timeline(@Root() entity: EntityRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return toConnection(await ctx.loaders.timeline(entity.id, pageRequest(args.first, args.after)));
  }

  @FieldResolver(() => [SpeakerGroup], { description: 'Claims about it grouped by who made them, most prolific first.' })
  claimsBySpeaker(@Root() entity: EntityRow, @Ctx() ctx: Context) {
    return ctx.loaders.claimsBySpeaker.load(entity.id);
  }
}

@Resolver(() => TimelineEntry)
export class TimelineEntryResolver {
  @FieldResolver(() => Event, { nullable: true })
  event(@Root() entry: TimelineRow, @Ctx() ctx: Context) {
    return entry.kind === 'Event' ? ctx.loaders.event.load(entry.id) : null;
  }

  @FieldResolver(() => Claim, { nullable: true })
  claim(@Root() entry: TimelineRow, @Ctx() ctx: Context) {
    return entry.kind === 'Claim' ? ctx.loaders.claim.load(entry.id) : null;
  }
}

@Resolver(() => SpeakerGroup)
export class SpeakerGroupResolver {
  @FieldResolver(() => Int)
  count(@Root() group: SpeakerGroupRow): number {
    return group.claimIds.length;
  }

  @FieldResolver(() => [Claim])
  async claims(@Root() group: SpeakerGroupRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.claim.loadMany(group.claimIds)).filter((c) => c && !(c instanceof Error));
  }

  @FieldResolver(() => Speaker)
  async speaker(@Root() group: SpeakerGroupRow, @Ctx() ctx: Context) {
    return speakerOf((await ctx.loaders.claim.load(group.claimIds[0]!))!);
  }
}

/** Distinct outlets; articles without an outlet each count as one of their own. */
const outletsOf = (reports: ReportSourceRow[]): Set<string> => new Set(reports.map((r) => r.outlet ?? `article:${r.articleId}`));
const onlyRepeats = (report: ReportSourceRow): boolean => report.claims > 0 && report.direct === 0;

@Resolver(() => Event)
export class EventAnalysisResolver {
  @FieldResolver(() => Corroboration, { description: 'How many outlets report it, and whether some only repeat another source.' })
  async corroboration(@Root() event: EventRow, @Ctx() ctx: Context): Promise<ReportSourceRow[]> {
    return ctx.loaders.corroboration.load(event.id);
  }
}

@Resolver(() => Corroboration)
export class CorroborationResolver {
  @FieldResolver(() => Int)
  outlets(@Root() reports: ReportSourceRow[]): number {
    return outletsOf(reports).size;
  }

  @FieldResolver(() => Int)
  independentOutlets(@Root() reports: ReportSourceRow[]): number {
    return outletsOf(reports.filter((r) => !onlyRepeats(r))).size;
  }

  @FieldResolver(() => [ReportSource])
  reports(@Root() reports: ReportSourceRow[]): ReportSourceRow[] {
    return reports;
  }
}

@Resolver(() => ReportSource)
export class ReportSourceResolver {
  @FieldResolver(() => Boolean)
  onlyRepeats(@Root() report: ReportSourceRow): boolean {
    return onlyRepeats(report);
  }

  @FieldResolver(() => Article)
  article(@Root() report: ReportSourceRow, @Ctx() ctx: Context) {
    return ctx.loaders.article.load(report.articleId);
  }

  @FieldResolver(() => [Entity], { description: 'The sources its claims came through.' })
  async via(@Root() report: ReportSourceRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.entity.loadMany(report.via)).filter((e) => e && !(e instanceof Error));
  }
}

@Resolver(() => ConnectionPath)
export class ConnectionResolver {
  @Query(() => [ConnectionPath], { description: `Shortest paths between two entities through relations, shared events and claims (at most ${MAX_HOPS} hops).` })
  async connection(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Ctx() ctx: Context,
    @Arg('maxHops', () => Int, { defaultValue: 4 }) maxHops: number,
    @Arg('first', () => Int, { defaultValue: 5, description: 'At most this many paths (1–20).' }) first: number,
  ): Promise<HopRow[][]> {
    if (maxHops < 1 || maxHops > MAX_HOPS) throw new InputError('maxHops', `must be between 1 and ${MAX_HOPS}`);
    if (first < 1 || first > 20) throw new InputError('first', 'must be between 1 and 20');
    const fromKey = keyOf(from, ENTITY_NODE_LABELS, 'from');
    const toKey = keyOf(to, ENTITY_NODE_LABELS, 'to');
    return ctx.loaders.repositories.analysis.connection(fromKey, toKey, maxHops, first);
  }

  @FieldResolver(() => Int)
  length(@Root() hops: HopRow[]): number {
    return hops.length;
  }

  @FieldResolver(() => [PathHop])
  hops(@Root() hops: HopRow[]): HopRow[] {
    return hops;
  }
}

@Resolver(() => PathHop)
export class PathHopResolver {
  @FieldResolver(() => PathNode)
  from(@Root() hop: HopRow, @Ctx() ctx: Context) {
    return loadNode(ctx, hop.from.label, hop.from.id);
  }

  @FieldResolver(() => PathNode)
  to(@Root() hop: HopRow, @Ctx() ctx: Context) {
    return loadNode(ctx, hop.to.label, hop.to.id);
  }

  @FieldResolver(() => [Article], { description: 'The articles behind this step.' })
  async articles(@Root() hop: HopRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.article.loadMany(hop.articleIds)).filter((a) => a && !(a instanceof Error));
  }
}

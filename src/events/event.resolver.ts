import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';

import { Article, TextSpan } from '../articles/article.type.js';
import { Entity, Place } from '../entities/entity.type.js';
import { InputError } from '../errors.js';
import { calendarDayProblem } from '../graph/event-time.js';
import { ENTITY_NODE_LABELS } from '../graph/global-id.js';
import { DEFAULT_PAGE_SIZE, pageRequest } from '../graph/page.js';
import type { EventRow, ParticipantRow, ReportRow } from '../graph/rows.js';
import type { Context } from '../graphql/context.js';
import { loadExisting } from '../graphql/loaders.js';
import { filterIds } from '../graphql/id-arguments.js';
import { isoDay } from '../graphql/iso-day.js';
import { PageArgs, toConnection } from '../graphql/relay.js';
import { connectionAlong } from '../graphql/edge-connection.js';
import { eventLabel } from './event-label.js';
import { EventFilterInput } from './event.input.js';
import { Event, EventConnection, EventReport, EventTime, Participant } from './event.type.js';

const EVENT_FILTER_IDS = { place: ['Place'], participant: ENTITY_NODE_LABELS } as const;

/** What GraphQL's types cannot say about a filter: a day that exists, a range that is one. */
function checkDates(filter: EventFilterInput | null | undefined): void {
  const problem = filter?.onDay ? calendarDayProblem(filter.onDay.month, filter.onDay.day) : null;
  if (problem) throw new InputError('filter.onDay', problem);
  if (filter?.from && filter.to && filter.from > filter.to) throw new InputError('filter.to', 'is before filter.from');
}

@Resolver(() => Event)
export class EventResolver {
  @Query(() => EventConnection, { description: 'Events in time order (undated last), filtered.' })
  async events(
    @Args() args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => EventFilterInput, { nullable: true, description: 'Conditions on the events; absent: every event.' })
    filter?: EventFilterInput | null,
  ) {
    const request = pageRequest(args.first, args.after);
    checkDates(filter);
    const { keys, labels } = filterIds(filter, EVENT_FILTER_IDS);
    const events = {
      ...keys,
      participantLabel: labels.participant,
      type: filter?.type ?? null,
      from: isoDay(filter?.from),
      to: isoDay(filter?.to),
      onDay: filter?.onDay ?? null,
    };
    return toConnection(await ctx.prefetch.list('Event', info, (plan) => ctx.loaders.repositories.events.list(events, request, plan)));
  }

  @FieldResolver(() => EventTime)
  time(@Root() event: EventRow): EventRow {
    return event;
  }

  @FieldResolver(() => Place, {
    nullable: true,
    description: 'Where it happened: the place most of its reports name; null when none names one.',
  })
  place(@Root() event: EventRow, @Ctx() ctx: Context) {
    return event.placeKey ? ctx.loaders.nodes.Entity.load(event.placeKey) : null;
  }

  @FieldResolver(() => [Participant], {
    description: 'Every entity a report names as taking part, with its role and the articles that say so.',
  })
  participants(@Root() event: EventRow, @Ctx() ctx: Context) {
    return ctx.loaders.lists('Event.participants').load(event.id);
  }

  @FieldResolver(() => String, {
    description:
      'A short name for people: the one a person annotating a report gave, else made from its type, its place (placeless: its first participant) and its time, e.g. "Control change in Pokrovsk, 1 December 2025". Never a source\'s framing word.',
  })
  async label(@Root() event: EventRow, @Ctx() ctx: Context): Promise<string> {
    if (event.name) return event.name;
    const place = event.placeKey ? await ctx.loaders.nodes.Entity.load(event.placeKey) : null;
    const [party] = place ? [] : await ctx.loaders.lists('Event.participants').load(event.id);
    const partyRow = party ? await ctx.loaders.nodes.Entity.load(party.entityKey) : null;
    return eventLabel(event.type, event, place?.name ?? null, partyRow?.name ?? null);
  }

  @FieldResolver(() => Event, {
    nullable: true,
    description: 'The larger event it took place during (a briefing during a visit), as most of its reports say; null when none says.',
  })
  during(@Root() event: EventRow, @Ctx() ctx: Context) {
    return event.duringKey ? ctx.loaders.nodes.Event.load(event.duringKey) : null;
  }

  @FieldResolver(() => EventConnection, { description: 'The events that took place during it (see during), by id.' })
  includes(@Root() event: EventRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return connectionAlong(ctx, 'Event.includes', event.id, args);
  }

  @FieldResolver(() => [EventReport], {
    description: 'The articles that report it, each with its framing: the first `first` (0–100) by article id.',
  })
  reports(
    @Root() event: EventRow,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'At most this many reports.' }) first: number,
  ) {
    return ctx.loaders.lists('Event.reports', { first: pageRequest(first, null).first }).load(event.id);
  }
}

@Resolver(() => Participant)
export class ParticipantResolver {
  @FieldResolver(() => Entity, { description: 'Who or what took part.' })
  entity(@Root() participant: ParticipantRow, @Ctx() ctx: Context) {
    return ctx.loaders.nodes.Entity.load(participant.entityKey);
  }

  @FieldResolver(() => [Article], { description: 'The articles that state this participation.' })
  articles(@Root() participant: ParticipantRow, @Ctx() ctx: Context) {
    return loadExisting(ctx.loaders.nodes.Article, participant.articleIds);
  }
}

@Resolver(() => EventReport)
export class EventReportResolver {
  @FieldResolver(() => Article, { description: 'The reporting article.' })
  article(@Root() report: ReportRow, @Ctx() ctx: Context) {
    return ctx.loaders.nodes.Article.load(report.articleId);
  }

  @FieldResolver(() => TextSpan, { nullable: true, description: 'Where the framing word stands in the article; null when it gives none.' })
  span(@Root() report: ReportRow): TextSpan | null {
    return report.framing === null ? null : { start: report.start!, end: report.end!, text: report.framing };
  }

  @FieldResolver(() => Place, { nullable: true, description: 'Where this article says it happened.' })
  place(@Root() report: ReportRow, @Ctx() ctx: Context) {
    return report.placeKey ? ctx.loaders.nodes.Entity.load(report.placeKey) : null;
  }

  @FieldResolver(() => [Participant], { description: 'Who this article says took part, in the roles it gives.' })
  participants(@Root() report: ReportRow): ParticipantRow[] {
    return report.participantKeys.map((entityKey, i) => ({ entityKey, role: report.roles[i]!, articleIds: [report.articleId] }));
  }
}

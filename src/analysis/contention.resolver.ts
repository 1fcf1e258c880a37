import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { Claim } from '../claims/claim.type.js';
import { Entity, Place } from '../entities/entity.type.js';
import { Event, EventConnection, EventReport } from '../events/event.type.js';
import { pageRequest } from '../graph/page.js';
import type { EntityRow, EventRow, ReportRow } from '../graph/rows.js';
import type { Context } from '../graphql/context.js';
import { loadExisting } from '../graphql/loaders.js';
import { PageArgs, toConnection } from '../graphql/relay.js';
import type { ContentionRow, PositionRow } from './contention.js';
import { Contention, ContentionPosition } from './contention.type.js';

const DEFINITION = 'Each kind says what counts as a conflict; reports that agree, or only repeat one another, are no contention.';

@Resolver(() => Event)
export class EventContentionResolver {
  @FieldResolver(() => [Contention], { description: `What its articles disagree on: whether, when or where it happened. ${DEFINITION}` })
  contested(@Root() event: EventRow, @Ctx() ctx: Context): Promise<ContentionRow[]> {
    return ctx.loaders.eventContentions.load(event.id);
  }

  @Query(() => EventConnection, {
    description: `Events whose articles disagree on whether, when or where they happened, by id. ${DEFINITION}`,
  })
  async contestedEvents(@Args() args: PageArgs, @Ctx() ctx: Context) {
    const page = await ctx.loaders.repositories.contentions.list(pageRequest(args.first, args.after));
    // Their contentions are weighed already: Event.contested under them costs no query.
    for (const { node } of page.edges) ctx.loaders.eventContentions.prime(node.eventKey, node.contentions);
    const events = await ctx.loaders.nodes.Event.loadMany(page.edges.map(({ node }) => node.eventKey));
    const edges = page.edges.flatMap(({ cursor }, i) => {
      const event = events[i];
      if (event instanceof Error) throw event;
      return event ? [{ cursor, node: event }] : [];
    });
    return toConnection({ ...page, edges });
  }
}

@Resolver(() => Entity)
export class EntityContentionResolver {
  @FieldResolver(() => [Contention], {
    description: `What the articles disagree on about its events (those it took part in or that happened there), the events in time order. ${DEFINITION}`,
  })
  contested(@Root() entity: EntityRow, @Ctx() ctx: Context): Promise<ContentionRow[]> {
    return ctx.loaders.entityContentions.load(entity.id);
  }
}

@Resolver(() => Contention)
export class ContentionResolver {
  @FieldResolver(() => Event, { description: 'The event disagreed on.' })
  event(@Root() contention: ContentionRow, @Ctx() ctx: Context) {
    return ctx.loaders.nodes.Event.load(contention.eventKey);
  }
}

@Resolver(() => ContentionPosition)
export class ContentionPositionResolver {
  @FieldResolver(() => Entity, {
    nullable: true,
    description:
      "The side of a denial: the country its speaker is, or belongs to (an anonymous speaker's affiliation counts); null for reports, whose own voice has no side, and when the graph does not tell.",
  })
  side(@Root() position: PositionRow, @Ctx() ctx: Context) {
    return position.side ? ctx.loaders.nodes.Entity.load(position.side) : null;
  }

  @FieldResolver(() => Place, { nullable: true, description: 'The place it names (PLACE); null for the other kinds.' })
  place(@Root() position: PositionRow, @Ctx() ctx: Context) {
    return position.placeKey ? ctx.loaders.nodes.Entity.load(position.placeKey) : null;
  }

  @FieldResolver(() => [EventReport], { description: 'The reports that state it, the earliest article first; empty for a denial.' })
  reports(@Root() position: PositionRow): ReportRow[] {
    return position.reports;
  }

  @FieldResolver(() => [Claim], { description: 'The claims that deny it (OCCURRENCE), the earliest article first; empty otherwise.' })
  claims(@Root() position: PositionRow, @Ctx() ctx: Context) {
    return loadExisting(ctx.loaders.nodes.Claim, position.claimIds);
  }
}

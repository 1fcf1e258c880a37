import { DateResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Entity } from '../entities/entity.type.js';
import { InputError } from '../errors.js';
import { Event, EventType } from '../events/event.type.js';
import type { EntityRow, EventRow } from '../graph/rows.js';
import type { EventType as EventTypeName } from '../graph/vocabulary.js';
import type { Context } from '../graphql/context.js';
import { isoDay } from '../graphql/iso-day.js';
import type { FramingRow } from './framing.repository.js';
import { OutletFraming } from './framing.type.js';

const ORDER = 'most reports first, then the earliest first seen, then by outlet and word';

@Resolver(() => Event)
export class EventFramingResolver {
  @FieldResolver(() => [OutletFraming], {
    description: `Which outlets call it what, with how many reports and when first and last; ${ORDER}.`,
  })
  framingByOutlet(@Root() event: EventRow, @Ctx() ctx: Context): Promise<FramingRow[]> {
    return ctx.loaders.eventFramings.load(event.id);
  }
}

@Resolver(() => Entity)
export class EntityFramingResolver {
  @FieldResolver(() => [OutletFraming], {
    description: `Which outlets call its events (those it took part in or that happened there) what, all events together; ${ORDER}.`,
  })
  framingByOutlet(
    @Root() entity: EntityRow,
    @Ctx() ctx: Context,
    @Arg('eventTypes', () => [EventType], { nullable: true, description: 'Only events of these types; absent: every type.' })
    eventTypes?: EventTypeName[] | null,
    @Arg('publishedFrom', () => DateResolver, { nullable: true, description: 'Only reports published on or after this day, YYYY-MM-DD.' })
    publishedFrom?: Date | null,
    @Arg('publishedTo', () => DateResolver, { nullable: true, description: 'Only reports published on or before this day, YYYY-MM-DD.' })
    publishedTo?: Date | null,
  ): Promise<FramingRow[]> {
    if (eventTypes?.length === 0) throw new InputError('eventTypes', 'must not be empty; leave it out for every type');
    if (publishedFrom && publishedTo && publishedFrom > publishedTo) throw new InputError('publishedTo', 'is before publishedFrom');
    const filter = { types: eventTypes ?? null, from: isoDay(publishedFrom), to: isoDay(publishedTo) };
    return ctx.loaders.entityFramings(filter).load(entity.id);
  }
}

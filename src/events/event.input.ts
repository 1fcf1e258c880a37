import { DateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';

import type { EventType as EventTypeName } from '../graph/vocabulary.js';
import { EventType } from './event.type.js';

@InputType({ description: 'A day of the year, for events whose year the source does not give.' })
export class CalendarDay {
  @Field(() => Int, { description: 'Month of the year, 1–12.' })
  month!: number;

  @Field(() => Int, { description: 'Day of the month, 1–31; it must exist in that month (February 29 does).' })
  day!: number;
}

@InputType('EventFilter', { description: 'All given conditions must hold.' })
export class EventFilterInput {
  @Field(() => EventType, { nullable: true, description: 'Only events of this type (the type most of their reports give).' })
  type?: EventTypeName | null;

  @Field(() => ID, { nullable: true, description: 'Where it happened.' })
  place?: string | null;

  @Field(() => ID, { nullable: true, description: 'An entity that took part.' })
  participant?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Started on or after this day, YYYY-MM-DD (events of known year).' })
  from?: Date | null;

  @Field(() => DateResolver, { nullable: true, description: 'Started on or before this day, YYYY-MM-DD.' })
  to?: Date | null;

  @Field(() => CalendarDay, { nullable: true, description: 'On this calendar day, whatever the year (known or not).' })
  onDay?: CalendarDay | null;
}

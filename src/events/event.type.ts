import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

import { EVENT_TYPES, PARTS_OF_DAY, TIME_PRECISIONS } from '../graph/vocabulary.js';
import { enumOf } from '../server/enums.js';
import { Node } from '../server/relay.js';

export const EventType = enumOf(EVENT_TYPES);
registerEnumType(EventType, { name: 'EventType', description: 'Neutral event types; the source\'s framing word is on each report.' });
export const TimePrecision = enumOf(TIME_PRECISIONS);
registerEnumType(TimePrecision, { name: 'TimePrecision' });
export const PartOfDay = enumOf(PARTS_OF_DAY);
registerEnumType(PartOfDay, { name: 'PartOfDay' });

@ObjectType({ description: 'When an event happened, as precisely as the article says, with its own wording.' })
export class EventTime {
  @Field(() => String, { nullable: true, description: 'The article\'s wording ("evening of November 30th").', name: 'text' })
  timeText!: string | null;

  @Field(() => TimePrecision)
  precision!: keyof typeof TimePrecision;

  @Field(() => Int, { nullable: true, description: 'Null when neither the article nor its date gives it.' })
  year!: number | null;

  @Field({ description: 'True when the year was taken from the article\'s publication date.' })
  yearInferred!: boolean;

  @Field(() => Int, { nullable: true })
  month!: number | null;

  @Field(() => Int, { nullable: true })
  day!: number | null;

  @Field(() => PartOfDay, { nullable: true })
  partOfDay!: keyof typeof PartOfDay | null;

  @Field(() => String, { nullable: true, description: 'First day the time can denote (YYYY-MM-DD), when the year is known.' })
  startsAt!: string | null;
}

@ObjectType({ description: 'An entity\'s part in an event, with the articles that say so.' })
export class Participant {
  @Field({ description: 'e.g. visitor, host, gaining control: the role most of its articles give.' })
  role!: string;
}

@ObjectType({ description: 'An article reporting an event: the word it used for it, and what it states about it.' })
export class EventReport {
  @Field(() => String, { nullable: true, description: 'The source\'s own framing ("liberation", "capture").' })
  framing!: string | null;

  @Field(() => EventType, { description: 'The type this article gives the event.' })
  type!: keyof typeof EventType;

  @Field(() => EventTime, { nullable: true, description: 'When this article says it happened; null when it does not say.' })
  time!: EventTime | null;
}

@ObjectType({ implements: Node, description: 'Something that happened, reported by one or more articles.' })
export class Event extends Node {
  @Field(() => EventType)
  type!: keyof typeof EventType;

  @Field(() => EventTime)
  time!: EventTime;
}

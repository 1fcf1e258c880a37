import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

import { TextSpan } from '../articles/article.type.js';

import {
  EVENT_TYPE_MEANINGS,
  EVENT_TYPES,
  PART_OF_DAY_MEANINGS,
  PARTS_OF_DAY,
  TIME_PRECISION_MEANINGS,
  TIME_PRECISIONS,
} from '../graph/vocabulary.js';
import { describedValues, enumOf } from '../graphql/enums.js';
import { Connection, Node } from '../graphql/relay.js';
import { Stamped } from '../graphql/stamped.js';
import { EXTRACTOR_VERSION_FIELD, StatementSource } from '../graphql/statement-source.js';

export const EventType = enumOf(EVENT_TYPES);
registerEnumType(EventType, {
  name: 'EventType',
  description: "Neutral event types; the source's framing word is on each report.",
  valuesConfig: describedValues(EVENT_TYPE_MEANINGS),
});
export const TimePrecision = enumOf(TIME_PRECISIONS);
registerEnumType(TimePrecision, {
  name: 'TimePrecision',
  description: 'How precisely a time is known, from UNKNOWN to HOUR.',
  valuesConfig: describedValues(TIME_PRECISION_MEANINGS),
});
export const PartOfDay = enumOf(PARTS_OF_DAY);
registerEnumType(PartOfDay, {
  name: 'PartOfDay',
  description: 'The part of the day an article gives ("evening of November 30th"), as a word, not an hour.',
  valuesConfig: describedValues(PART_OF_DAY_MEANINGS),
});

@ObjectType({ description: 'When an event happened, as precisely as the article says, with its own wording.' })
export class EventTime {
  @Field(() => String, { nullable: true, description: 'The article\'s wording ("evening of November 30th").', name: 'text' })
  timeText!: string | null;

  @Field(() => TimePrecision, {
    description: 'The finest part of the time the article gives: DAY when day is set, MONTH when month is, and so on.',
  })
  precision!: keyof typeof TimePrecision;

  @Field(() => Int, { nullable: true, description: 'Null when neither the article nor its date gives it.' })
  year!: number | null;

  @Field({ description: "True when the year was taken from the article's publication date." })
  yearInferred!: boolean;

  @Field(() => Int, { nullable: true, description: 'Month of the year, 1–12; null when the article gives none.' })
  month!: number | null;

  @Field(() => Int, { nullable: true, description: 'Day of the month, 1–31; null when the article gives none.' })
  day!: number | null;

  @Field(() => PartOfDay, { nullable: true, description: 'Morning, afternoon, evening or night, when the article says; null otherwise.' })
  partOfDay!: keyof typeof PartOfDay | null;

  @Field(() => String, { nullable: true, description: 'First day the time can denote (YYYY-MM-DD), when the year is known.' })
  startsAt!: string | null;
}

@ObjectType({ description: "An entity's part in an event, with the articles that say so." })
export class Participant {
  @Field({ description: 'The role most of its articles give, in their words, e.g. visitor, host, gaining control.' })
  role!: string;
}

@ObjectType({ description: 'An article reporting an event: the word it used for it, and what it states about it.' })
export class EventReport {
  @Field(() => String, { nullable: true, description: 'The source\'s own framing ("liberation", "capture").' })
  framing!: string | null;

  @Field(() => [TextSpan], {
    description: 'Every word the article uses for the event ("capture", "liberation", "fall"), where it says so; the first is framing.',
  })
  framings!: TextSpan[];

  @Field(() => StatementSource, { description: 'Annotated by hand, or found by the extractor in the plain text.' })
  source!: keyof typeof StatementSource;

  @Field(() => Float, {
    nullable: true,
    description: "The extractor's confidence (0–1) that the article reports this event; null for hand annotations.",
  })
  score!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'How the extractor tied this report to an event another article reported first ("same type and place as …, 2 days apart"); null when the ids met or a person annotated it.',
  })
  identity!: string | null;

  @Field(() => Int, EXTRACTOR_VERSION_FIELD)
  extractor!: number | null;

  @Field(() => EventType, { description: 'The type this article gives the event.' })
  type!: keyof typeof EventType;

  @Field(() => EventTime, { nullable: true, description: 'When this article says it happened; null when it does not say.' })
  time!: EventTime | null;
}

@ObjectType({ implements: [Node, Stamped], description: 'Something that happened, reported by one or more articles.' })
export class Event extends Stamped {
  @Field(() => EventType, { description: "The type most of its reports give; each report's own is on reports." })
  type!: keyof typeof EventType;

  @Field(() => EventTime, {
    description:
      'The most telling time its reports give (most precise, then with a year, then with a part of the day); precision UNKNOWN when none gives one.',
  })
  time!: EventTime;

  @Field(() => String, {
    nullable: true,
    description: 'What it was, in a sentence or two, when a person annotating a report wrote it; null otherwise.',
  })
  description!: string | null;
}

/** The connection of Events, declared once so every field returning one shares it. */
export const EventConnection = Connection(Event, 'Event');

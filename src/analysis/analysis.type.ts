import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

import { Speaker } from '../claims/claim.type.js';
import { TimePrecision } from '../events/event.type.js';

@ObjectType({ description: 'How one outlet used a name form.' })
export class OutletNameUsage {
  @Field({ description: '"unknown" for articles without an outlet.' })
  outlet!: string;

  @Field(() => Int, { description: "Times this outlet's articles use the form." })
  mentions!: number;

  @Field(() => Int, { description: "This outlet's articles that use the form at least once." })
  articles!: number;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Publication date of the first dated article using it; null when none is dated.',
  })
  firstSeen!: Date | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'Publication date of the last dated article using it; null when none is dated.',
  })
  lastSeen!: Date | null;
}

@ObjectType({ description: 'A surface form articles used for an entity ("who still says Krasnoarmysk?").' })
export class NameUsage {
  @Field({ description: 'Exactly as written in the articles.' })
  form!: string;

  @Field(() => Int, { description: 'Times articles use the form, all outlets together.' })
  mentions!: number;

  @Field(() => [OutletNameUsage], { description: 'Outlets using the form, most mentions first.' })
  outlets!: OutletNameUsage[];
}

@ObjectType({ description: 'An entity named in the same articles as the one asked about.' })
export class CoMention {
  @Field(() => Int, { description: 'How many articles name both.' })
  articles!: number;
}

@ObjectType({ description: "An event or claim on an entity's timeline." })
export class TimelineEntry {
  @Field(() => String, {
    nullable: true,
    description: "YYYY-MM-DD: when the event began, or the date of the claim's article; null when unknown.",
  })
  at!: string | null;

  @Field(() => TimePrecision, { description: "An event's own precision; DAY for a claim in a dated article." })
  precision!: keyof typeof TimePrecision;
}

@ObjectType({ description: 'The claims one speaker made about an entity.' })
export class SpeakerGroup {
  @Field(() => Speaker, { description: 'Who made them: a named entity, or one anonymous description.' })
  speaker!: Speaker;

  @Field(() => Int, { description: 'How many claims about the entity this speaker made.' })
  count!: number;
}

@ObjectType({ description: 'How independently an event is reported.' })
export class Corroboration {
  @Field(() => Int, { description: 'Distinct outlets whose articles report it (articles without an outlet count once each).' })
  outlets!: number;

  @Field(() => Int, { description: 'Of those, outlets with at least one report that does not rest only on another source.' })
  independentOutlets!: number;
}

@ObjectType({ description: "One article's report of an event, and whom it relies on." })
export class ReportSource {
  @Field(() => String, { nullable: true, description: "The article's outlet; null when it names none." })
  outlet!: string | null;

  @Field({ description: 'True when every claim it carries about the event came through another source (e.g. "according to TASS").' })
  onlyRepeats!: boolean;
}

@ObjectType({ description: 'One step of a connection, with the articles behind it.' })
export class PathHop {
  @Field({ description: 'The relationship: a relation type, PARTICIPATED_IN, AT, SAID_BY or ABOUT.' })
  type!: string;
}

@ObjectType({ description: 'A shortest path between two entities.' })
export class ConnectionPath {
  @Field(() => Int, { description: 'Number of hops, at least 1.' })
  length!: number;
}

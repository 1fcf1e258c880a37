import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One outlet calling an event, or events, by one word ("liberation", "capture", "withdrawal").' })
export class OutletFraming {
  @Field({ description: 'The outlet of the reporting articles; "unknown" for articles without one.' })
  outlet!: string;

  @Field({ description: 'The framing word or phrase as the articles write it, lowercased ("claimed capture", "освободили").' })
  word!: string;

  @Field(() => Int, { description: "This outlet's reports that use the word (a report: one article's account of one event)." })
  reports!: number;

  @Field(() => Int, { description: 'Distinct events the outlet calls so: 1 for an event.' })
  events!: number;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Publication date of the first such report; null when none is dated.' })
  firstSeen!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Publication date of the last such report; null when none is dated.' })
  lastSeen!: Date | null;
}

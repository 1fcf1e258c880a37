import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { EventTime } from '../events/event.type.js';
import { describedValues, enumOf } from '../graphql/enums.js';
import { CONTENTION_KIND_MEANINGS, CONTENTION_KINDS } from './contention.js';

export const ContentionKind = enumOf(CONTENTION_KINDS);
registerEnumType(ContentionKind, {
  name: 'ContentionKind',
  description: 'What about an event its articles disagree on; each value says exactly what counts as disagreement.',
  valuesConfig: describedValues(CONTENTION_KIND_MEANINGS),
});

@ObjectType({ description: 'One position in a contention: what it holds, who holds it, and the reports and claims behind it.' })
export class ContentionPosition {
  @Field({ description: 'True for the claims that deny the event (OCCURRENCE); false for every position that states something.' })
  denies!: boolean;

  @Field(() => [String], {
    description: 'The outlets of the articles behind it, in alphabetical order; articles without one are left out.',
  })
  outlets!: string[];

  @Field(() => EventTime, { nullable: true, description: 'The time it gives (TIME); null for the other kinds.' })
  time!: EventTime | null;
}

@ObjectType({ description: 'Something about an event its articles disagree on, with each position taken.' })
export class Contention {
  @Field(() => ContentionKind, { description: 'What they disagree on.' })
  kind!: keyof typeof ContentionKind;

  @Field(() => [ContentionPosition], {
    description:
      'Two or more: OCCURRENCE the reports that state it, then the denials by side; TIME each time given, earliest first; PLACE each place named, most reports first.',
  })
  positions!: ContentionPosition[];
}

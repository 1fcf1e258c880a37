import { DateTimeResolver } from 'graphql-scalars';
import { Field, InterfaceType } from 'type-graphql';

import { Node, typeOfRow } from './relay.js';

/** The kinds of node the change log follows (src/graph/changes.ts) say when they were written and last changed. */
@InterfaceType({
  implements: Node,
  resolveType: typeOfRow,
  description: 'An article, claim, event or entity: what `changes` and the `changed` subscription report on.',
})
export abstract class Stamped extends Node {
  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When it was first written; null for what was written before the change log existed and not since.',
  })
  ingestedAt!: number | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      'When its facts last changed (a source stating it differently, a review, a merge); writing it again unchanged leaves it. Null as for ingestedAt.',
  })
  updatedAt!: number | null;
}

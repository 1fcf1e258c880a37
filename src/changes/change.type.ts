import { DateTimeResolver } from 'graphql-scalars';
import { ArgsType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

import { CHANGE_KINDS, CHANGE_NODE_KINDS, type ChangeKind as Kind, type ChangeNodeKind as NodeKindName } from '../graph/changes.js';
import { describedValues, enumOf } from '../graphql/enums.js';
import { Connection } from '../graphql/relay.js';
import { Stamped } from '../graphql/stamped.js';
import { DEFAULT_CHANGES_PAGE, MAX_CHANGES_PAGE } from './change.repository.js';

export const ChangeKind = enumOf(Object.keys(CHANGE_KINDS) as Kind[]);
registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'What happened to a node.',
  valuesConfig: describedValues(CHANGE_KINDS),
});

export const ChangeNodeKind = enumOf(Object.keys(CHANGE_NODE_KINDS) as NodeKindName[]);
registerEnumType(ChangeNodeKind, {
  name: 'ChangeNodeKind',
  description: 'The kinds of node the change log follows.',
  valuesConfig: describedValues({
    ARTICLE: 'An article.',
    CLAIM: 'A claim.',
    EVENT: 'An event.',
    ENTITY: 'A person, place or organization.',
  } satisfies Record<NodeKindName, string>),
});

@ObjectType({ description: 'One entry of the change log: what happened to which node, when, and where the entry stands in the log.' })
export class Change {
  @Field(() => ChangeKind, { description: 'Added, updated, merged away or retracted.' })
  kind!: Kind;

  @Field(() => ChangeNodeKind, { description: 'Which kind of node changed.' })
  nodeKind!: NodeKindName;

  @Field(() => Stamped, { nullable: true, description: 'The node as it is now; null when it no longer exists (RETRACTED, or gone since).' })
  node!: Stamped | null;

  @Field(() => DateTimeResolver, { description: 'When the transaction that made the change ran.' })
  at!: Date;

  @Field(() => Float, {
    description: 'Its place in the log: increasing in commit order, never reused. (Float: it outgrows a 32-bit Int.)',
  })
  sequence!: number;

  @Field({ description: 'Opaque: pass it as `after` to `changes` to read on from this entry (a subscriber catching up after a break).' })
  cursor!: string;
}

export const ChangeConnection = Connection(Change, 'Change');

@ArgsType()
export class ChangesArgs {
  @Field(() => String, {
    nullable: true,
    description: 'A cursor from a previous page, or from a change the subscription sent; the log from its start when left out.',
  })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Page size, 0–${MAX_CHANGES_PAGE} (default ${DEFAULT_CHANGES_PAGE}).` })
  first?: number | null;
}

@ArgsType()
export class ChangedArgs {
  @Field(() => [ChangeNodeKind], { nullable: true, description: 'Only changes to these kinds of node; all kinds when left out.' })
  nodeKinds?: NodeKindName[] | null;
}

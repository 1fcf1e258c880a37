import { Field, Float, Int, ObjectType } from 'type-graphql';

import { Entity } from '../entities/entity.type.js';
import { NameForm } from '../names/name.type.js';
import { PageInfo } from '../server/relay.js';

@ObjectType()
export class EntitySearchEdge {
  @Field()
  cursor!: string;

  @Field(() => Entity)
  node!: unknown;

  @Field(() => Float, { description: 'How well the name matched, raised by how often the entity is mentioned.' })
  score!: number;

  @Field(() => NameForm, { description: 'The name form that matched best.' })
  matchedName!: NameForm;
}

@ObjectType()
export class EntitySearchConnection {
  @Field(() => [EntitySearchEdge])
  edges!: EntitySearchEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Counted only when selected.' })
  totalCount!: number;

  @Field({
    description:
      'True when the name fits several entities about equally (the best two scores within 25%): ' +
      'tell them apart by country, region and description rather than taking the first.',
  })
  ambiguous!: boolean;
}

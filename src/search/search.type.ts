import { Field, Float, Int, ObjectType } from 'type-graphql';

import { Entity } from '../entities/entity.type.js';
import { NameForm } from '../names/name.type.js';
import { CONNECTION_DOCS, PageInfo } from '../graphql/relay.js';

@ObjectType({ description: 'One entity a name search found, with how well and by which name form.' })
export class EntitySearchEdge {
  @Field({ description: CONNECTION_DOCS.cursor })
  cursor!: string;

  @Field(() => Entity, { description: 'The entity found.' })
  node!: unknown;

  @Field(() => Float, { description: 'How well the name matched, raised by how often the entity is mentioned.' })
  score!: number;

  @Field(() => NameForm, { description: 'The name form that matched best.' })
  matchedName!: NameForm;
}

@ObjectType({ description: 'A page of entities matching a name, best match first, and whether the name is ambiguous.' })
export class EntitySearchConnection {
  @Field(() => [EntitySearchEdge], { description: CONNECTION_DOCS.edges })
  edges!: EntitySearchEdge[];

  @Field(() => PageInfo, { description: CONNECTION_DOCS.pageInfo })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: CONNECTION_DOCS.totalCount })
  totalCount!: number;

  @Field({
    description:
      'True when the name fits several entities about equally (the best two scores within 25%): ' +
      'tell them apart by country, region and description rather than taking the first.',
  })
  ambiguous!: boolean;
}

import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { RELATION_TYPES } from '../graph/vocabulary.js';
import { enumOf } from '../server/enums.js';
import { Node } from '../server/relay.js';

export const RelationType = enumOf(RELATION_TYPES);
registerEnumType(RelationType, { name: 'RelationType' });
export const Direction = enumOf(['OUT', 'IN'] as const);
registerEnumType(Direction, { name: 'Direction', description: 'OUT: the entity asked about is the subject ("Putin AFFILIATED_WITH Russia").' });

@ObjectType({
  implements: Node,
  description:
    'A relation between two entities, with the articles it came from, seen from one of them: ' +
    'seen from the other end it has another id, direction and other.',
})
export class Relation extends Node {
  @Field(() => RelationType)
  type!: keyof typeof RelationType;

  @Field(() => String, { nullable: true, description: 'The role most of its sources give, e.g. "President" for AFFILIATED_WITH.' })
  role!: string | null;

  @Field(() => Direction)
  direction!: keyof typeof Direction;
}

@ObjectType({ description: 'One source\'s statement of a relation: an article, or a gazetteer file.' })
export class RelationStatement {
  @Field(() => String, { nullable: true, description: 'The role this source gives; null when it gives none.' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'The gazetteer file that states it, when no article does.' })
  gazetteerFile!: string | null;
}

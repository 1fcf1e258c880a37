import { Field, ObjectType, registerEnumType } from 'type-graphql';

import { RELATION_TYPE_MEANINGS, RELATION_TYPES } from '../graph/vocabulary.js';
import { describedValues, enumOf } from '../graphql/enums.js';
import { Connection, Node } from '../graphql/relay.js';

export const RelationType = enumOf(RELATION_TYPES);
registerEnumType(RelationType, {
  name: 'RelationType',
  description: 'What a relation between two entities says; each reads from its subject to its object.',
  valuesConfig: describedValues(RELATION_TYPE_MEANINGS),
});
export const Direction = enumOf(['OUT', 'IN'] as const);
registerEnumType(Direction, {
  name: 'Direction',
  description: 'Which way a relation reads from the entity whose relations are listed.',
  valuesConfig: {
    OUT: { description: 'The entity asked about is the subject and other the object ("Putin AFFILIATED_WITH Russia" seen from Putin).' },
    IN: { description: 'The entity asked about is the object and other the subject (the same relation seen from Russia).' },
  },
});

@ObjectType({
  implements: Node,
  description:
    'A relation between two entities, with the articles it came from, seen from one of them: ' +
    'seen from the other end it has another id, direction and other.',
})
export class Relation extends Node {
  @Field(() => RelationType, {
    description: 'What the relation states, from its subject to its object (direction says which end is which).',
  })
  type!: keyof typeof RelationType;

  @Field(() => String, { nullable: true, description: 'The role most of its sources give, e.g. "President" for AFFILIATED_WITH.' })
  role!: string | null;

  @Field(() => Direction, { description: 'Whether the entity asked about is the subject (OUT) or the object (IN) of type.' })
  direction!: keyof typeof Direction;
}

@ObjectType({ description: "One source's statement of a relation: an article, or a gazetteer file." })
export class RelationStatement {
  @Field(() => String, { nullable: true, description: 'The role this source gives; null when it gives none.' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'The gazetteer file that states it, when no article does.' })
  gazetteerFile!: string | null;
}

/** The connection of Relations, declared once so every field returning one shares it. */
export const RelationConnection = Connection(Relation, 'Relation');

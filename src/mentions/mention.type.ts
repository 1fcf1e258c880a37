import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

import { MENTION_FIELD_MEANINGS, MENTION_FIELDS, STATEMENT_SOURCES } from '../graph/vocabulary.js';
import { describedValues, enumOf } from '../graphql/enums.js';
import { Connection, Node } from '../graphql/relay.js';
import { Review } from '../graphql/review.type.js';

export const MentionSource = enumOf(STATEMENT_SOURCES);
export const MentionField = enumOf(MENTION_FIELDS);
registerEnumType(MentionField, {
  name: 'MentionField',
  description: "Which of the article's texts a mention's start and end index.",
  valuesConfig: describedValues(MENTION_FIELD_MEANINGS),
});
registerEnumType(MentionSource, {
  name: 'MentionSource',
  description: 'Who linked a mention to its entity.',
  valuesConfig: {
    HAND: { description: 'Annotated by a person in the ingested document; relinking never changes it.' },
    AUTO: { description: "Found by the linker from the gazetteer and the article's context; relinking may change it." },
  },
});

@ObjectType({ implements: Node, description: 'An entity named in an article, with the exact form the article used.' })
export class Mention extends Node {
  @Field({ description: 'The surface form, exactly as written ("Krasnoarmysk").' })
  text!: string;

  @Field(() => MentionField, { description: 'The text the offsets index: the body or the title.' })
  field!: keyof typeof MentionField;

  @Field(() => Int, { description: 'Offset of the span in its field, in UTF-16 code units.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the span, in UTF-16 code units.' })
  end!: number;

  @Field(() => MentionSource, { description: 'Whether a person annotated it or the linker found it.' })
  source!: keyof typeof MentionSource;

  @Field(() => Float, { nullable: true, description: "The linker's confidence (0–1) in the entity; null for hand annotations." })
  score!: number | null;

  @Field(() => [String], { description: 'Why the linker chose the entity, or why it could not.' })
  evidence!: string[];

  @Field(() => Review, { nullable: true, description: 'Who resolved it through resolveMention, when and why; null for any other mention.' })
  review!: Review | null;
}

@ObjectType({ description: "An entity a name could denote, with the linker's score from the article's context." })
export class MentionCandidate {
  @Field(() => Float, { description: "The probability (0–1) that the name denotes this entity, given the article's context." })
  score!: number;
}

/** The connection of Mentions, declared once so every field returning one shares it. */
export const MentionConnection = Connection(Mention, 'Mention');

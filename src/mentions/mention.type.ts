import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

import { MENTION_FIELDS } from '../graph/vocabulary.js';
import { enumOf } from '../server/enums.js';
import { Node } from '../server/relay.js';

export const MentionSource = enumOf(['HAND', 'AUTO'] as const);
export const MentionField = enumOf(MENTION_FIELDS);
registerEnumType(MentionField, {
  name: 'MentionField',
  description: "Which of the article's texts start and end index: TEXT, its body; TITLE, its title.",
});
registerEnumType(MentionSource, { name: 'MentionSource', description: 'HAND: annotated by a person; AUTO: found by the linker.' });

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

  @Field(() => MentionSource)
  source!: keyof typeof MentionSource;

  @Field(() => Float, { nullable: true, description: 'The linker\'s confidence (0–1) in the entity; null for hand annotations.' })
  score!: number | null;

  @Field(() => [String], { description: 'Why the linker chose the entity, or why it could not.' })
  evidence!: string[];
}

@ObjectType({ description: 'An entity a name could denote, with the linker\'s score from the article\'s context.' })
export class MentionCandidate {
  @Field(() => Float)
  score!: number;
}

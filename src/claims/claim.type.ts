import { Field, ObjectType } from 'type-graphql';

import { TextSpan } from '../articles/article.type.js';
import { Connection, Node } from '../graphql/relay.js';

@ObjectType({ description: 'Who made a claim: a known entity, or an anonymous speaker as the article describes them.' })
export class Speaker {
  @Field({ description: 'True when the article does not name the speaker.' })
  anonymous!: boolean;

  @Field(() => String, { nullable: true, description: 'The article\'s description of an unnamed speaker ("a senior Russian diplomat").' })
  description!: string | null;
}

@ObjectType({
  description: 'Through whom a claim reached the article ("speaking to TASS"; "according to sources present at the meeting").',
})
export class ClaimChannel {
  @Field({ description: "The article's own wording." })
  description!: string;
}

@ObjectType({ implements: Node, description: 'A verbatim quote, who said it, through whom, and what it is about.' })
export class Claim extends Node {
  @Field({ description: 'The quoted words; segments interrupted by attribution are joined with " … ".' })
  quote!: string;

  @Field(() => [TextSpan], { description: 'Where each segment of the quote stands in the article.' })
  segments!: TextSpan[];
}

/** The connection of Claims, declared once so every field returning one shares it. */
export const ClaimConnection = Connection(Claim, 'Claim');

import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

import { TextSpan } from '../articles/article.type.js';
import { CLAIM_FLAG_MEANINGS, CLAIM_FLAGS } from '../graph/vocabulary.js';
import { describedValues, enumOf } from '../graphql/enums.js';
import { Connection, Node } from '../graphql/relay.js';
import { Review } from '../graphql/review.type.js';
import { Stamped } from '../graphql/stamped.js';
import { EXTRACTOR_VERSION_FIELD, StatementSource } from '../graphql/statement-source.js';

export const ClaimFlag = enumOf(CLAIM_FLAGS);
registerEnumType(ClaimFlag, {
  name: 'ClaimFlag',
  description: 'How a claim was stated, when not as a full direct quote.',
  valuesConfig: describedValues(CLAIM_FLAG_MEANINGS),
});

@ObjectType({ description: 'Who made a claim: a known entity, or an anonymous speaker as the article describes them.' })
export class Speaker {
  @Field({ description: 'True when the article does not name the speaker; with no description either, the speaker is unknown.' })
  anonymous!: boolean;

  @Field(() => String, { nullable: true, description: 'The article\'s description of an unnamed speaker ("a senior Russian diplomat").' })
  description!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The speaker\'s role as the article gives it beside the quote ("military expert"); null when it gives none.',
  })
  role!: string | null;
}

@ObjectType({
  description: 'Through whom a claim reached the article ("speaking to TASS"; "according to sources present at the meeting").',
})
export class ClaimChannel {
  @Field({ description: "The article's own wording." })
  description!: string;
}

@ObjectType({ implements: [Node, Stamped], description: 'A verbatim quote, who said it, through whom, and what it is about.' })
export class Claim extends Stamped {
  @Field({ description: 'The quoted words; segments interrupted by attribution are joined with " … ".' })
  quote!: string;

  @Field(() => [TextSpan], { description: 'Where each segment of the quote stands in the article.' })
  segments!: TextSpan[];

  @Field(() => [ClaimFlag], { description: 'PARTIAL or INDIRECT when it is not a full direct quote; empty when it is.' })
  flags!: (keyof typeof ClaimFlag)[];

  @Field(() => StatementSource, { description: 'Annotated by hand, or found by the extractor in the plain text.' })
  source!: keyof typeof StatementSource;

  @Field(() => Float, {
    nullable: true,
    description: "The extractor's confidence (0–1) in the speaker and channel; null for hand annotations.",
  })
  score!: number | null;

  @Field(() => Review, { nullable: true, description: 'Who corrected it through correctClaim, when and why; null for any other claim.' })
  review!: Review | null;

  @Field(() => [String], { nullable: true, description: 'The extractor rules that found it and its speaker; null for hand annotations.' })
  evidence!: string[] | null;

  @Field(() => Int, EXTRACTOR_VERSION_FIELD)
  extractor!: number | null;
}

/** The connection of Claims, declared once so every field returning one shares it. */
export const ClaimConnection = Connection(Claim, 'Claim');

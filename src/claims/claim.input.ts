import { Field, ID, InputType } from 'type-graphql';

@InputType('ClaimFilter', { description: 'All given conditions must hold.' })
export class ClaimFilterInput {
  @Field(() => ID, { nullable: true, description: 'An entity or event the claim is about.' })
  about?: string | null;

  @Field(() => ID, { nullable: true, description: 'The named entity who made it.' })
  speaker?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only claims by unnamed (true) or named (false) speakers.' })
  anonymous?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'The article that carries it.' })
  article?: string | null;
}

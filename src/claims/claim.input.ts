import { DateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType } from 'type-graphql';

import type { StatementSource as Source } from '../graph/vocabulary.js';
import { StatementSource } from '../graphql/statement-source.js';

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

  @Field(() => String, { nullable: true, description: 'Only claims in articles of this outlet, exactly as stored ("TASS").' })
  outlet?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only claims that reached the article through this agency or outlet (Claim.via).' })
  via?: string | null;

  @Field(() => DateResolver, { nullable: true, description: 'Only claims in articles published on or after this day, YYYY-MM-DD (UTC).' })
  publishedFrom?: Date | null;

  @Field(() => DateResolver, { nullable: true, description: 'Only claims in articles published on or before this day, YYYY-MM-DD (UTC).' })
  publishedTo?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only claims whose speaker the article gives this role, or one containing it, ignoring case ("minister").',
  })
  speakerRole?: string | null;

  @Field(() => StatementSource, { nullable: true, description: 'Only hand-annotated (HAND) or extracted (AUTO) claims.' })
  source?: Source | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Only extracted claims the extractor scored at most this (0–1): the ones to review first.',
  })
  maxScore?: number | null;
}

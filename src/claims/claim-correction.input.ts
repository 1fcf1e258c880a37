import { Field, ID, InputType, Int } from 'type-graphql';

import type { ClaimFlag as Flag } from '../graph/vocabulary.js';
import { ClaimFlag } from './claim.type.js';

@InputType('QuoteSegmentInput', { description: "A stretch of the article's text a quote stands in: [start, end) in UTF-16 code units." })
export class QuoteSegmentInput {
  @Field(() => Int, { description: 'Offset of its first character, from 0.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past its last character.' })
  end!: number;
}

@InputType('ClaimChannelInput', { description: 'Through whom a claim reached the article, as the article words it.' })
export class ClaimChannelInput {
  @Field(() => ID, { nullable: true, description: 'The agency, outlet or person it came through (TASS), when the graph has it.' })
  entity?: string | null;

  @Field({ description: 'The article\'s own wording ("speaking to TASS").' })
  description!: string;
}

@InputType('ClaimCorrectionInput', {
  description: 'What to set right in a claim; what is left out stays as it is. notAClaim stands alone.',
})
export class ClaimCorrectionInput {
  @Field(() => ID, { nullable: true, description: 'The named speaker: a person or an organization.' })
  speaker?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Or an unnamed speaker, as the article describes them ("a senior Russian diplomat").',
  })
  anonymousSpeaker?: string | null;

  @Field(() => ID, { nullable: true, description: 'What the unnamed speaker of anonymousSpeaker belongs to (a country, a body).' })
  affiliation?: string | null;

  @Field(() => ClaimChannelInput, { nullable: true, description: 'The channel it came through.' })
  via?: ClaimChannelInput | null;

  @Field(() => Boolean, { nullable: true, description: 'True: it came through no channel; the article quotes the speaker directly.' })
  direct?: boolean | null;

  @Field(() => [QuoteSegmentInput], {
    nullable: true,
    description: "The quote's segments in the article's text, in order; the quote becomes their text.",
  })
  segments?: QuoteSegmentInput[] | null;

  @Field(() => [ClaimFlag], { nullable: true, description: 'How it was stated (empty: a full direct quote).' })
  flags?: Flag[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: the span holds no claim; the claim goes, and none is extracted there again.',
  })
  notAClaim?: boolean | null;
}

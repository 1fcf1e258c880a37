import { Field, Float, InputType } from 'type-graphql';

import type { StatementSource as Source } from '../graph/vocabulary.js';
import { StatementSource } from '../graphql/statement-source.js';

@InputType('MentionFilter', { description: 'All given conditions must hold.' })
export class MentionFilterInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'Only names the linker could not settle (true: no entity, see candidates) or only settled ones (false).',
  })
  unresolved?: boolean | null;

  @Field(() => StatementSource, { nullable: true, description: 'Only hand-annotated (HAND) or linked (AUTO) mentions.' })
  source?: Source | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Only linked mentions the linker scored at most this (0–1): the ones to review first.',
  })
  maxScore?: number | null;
}

import { ArgsType, Field } from 'type-graphql';

import { PageArgs } from '../graphql/relay.js';

@ArgsType()
export class ArticlesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only articles of this outlet, exactly as stored ("TASS").' })
  outlet?: string | null;

  @Field(() => String, { nullable: true, description: 'Only articles in this language: an ISO 639 code such as "uk".' })
  language?: string | null;
}

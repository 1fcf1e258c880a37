import { Field, Int, ObjectType } from 'type-graphql';

import { Node } from '../server/relay.js';

@ObjectType({ implements: Node, description: 'An entity named in an article, with the exact form the article used.' })
export class Mention extends Node {
  @Field({ description: 'The surface form, exactly as written ("Krasnoarmysk").' })
  text!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

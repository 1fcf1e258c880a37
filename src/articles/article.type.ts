import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

import { Node } from '../server/relay.js';

@ObjectType({ implements: Node, description: 'A news article: the source of every fact in the graph.' })
export class Article extends Node {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  outlet!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field({ description: 'ISO 639 code.' })
  language!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Null when the article carries no date.' })
  publishedAt!: number | null;

  @Field({ description: 'SHA-256 of the text, to tell whether a re-ingested article changed.' })
  contentHash!: string;
}

@ObjectType({ description: 'A stretch of an article\'s text: [start, end) in UTF-16 code units.' })
export class TextSpan {
  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field()
  text!: string;
}

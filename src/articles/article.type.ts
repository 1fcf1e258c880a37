import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

import { Connection, Node } from '../graphql/relay.js';
import { Stamped } from '../graphql/stamped.js';

@ObjectType({ implements: [Node, Stamped], description: 'A news article: the source of every fact in the graph.' })
export class Article extends Stamped {
  @Field({ description: 'The headline as published.' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The publication or agency, as the document names it ("TASS"); null when not given.',
  })
  outlet!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the article was published (http or https); null when not given.' })
  url!: string | null;

  @Field({ description: 'ISO 639 code of the language it is written in, e.g. "uk".' })
  language!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Null when the article carries no date.' })
  publishedAt!: number | null;

  @Field({ description: 'SHA-256 of the text, to tell whether a re-ingested article changed.' })
  contentHash!: string;
}

@ObjectType({ description: "A stretch of an article's text: [start, end) in UTF-16 code units." })
export class TextSpan {
  @Field(() => Int, { description: 'Offset of its first character in UTF-16 code units, from 0.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past its last character, in UTF-16 code units.' })
  end!: number;

  @Field({ description: 'The text between start and end, as the article has it.' })
  text!: string;
}

/** The connection of Articles, declared once so every field returning one shares it. */
export const ArticleConnection = Connection(Article, 'Article');

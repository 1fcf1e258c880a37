import { createUnionType, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

import { Article, TextSpan } from '../articles/article.type.js';
import { Claim } from '../claims/claim.type.js';
import type { NodeRow } from '../graph/global-id.js';
import { CONNECTION_DOCS, PageInfo, typeOfRow } from '../graphql/relay.js';
import { enumOf } from '../graphql/enums.js';
import { TEXT_FIELDS } from './text-search.repository.js';
import { MAX_SPANS } from './text-spans.js';

export const TextField = enumOf(Object.keys(TEXT_FIELDS) as (keyof typeof TEXT_FIELDS)[]);
registerEnumType(TextField, {
  name: 'TextField',
  description: 'Where a text search looks.',
  valuesConfig: {
    QUOTES: { description: "Claims' quotes: a hit is the claim, with its speaker." },
    ARTICLES: { description: "Articles' text (not their titles): a hit is the article." },
  },
});

export const TextMatch = createUnionType({
  name: 'TextMatch',
  description: 'What a text search found: a claim whose quote matched, or an article whose text did.',
  types: () => [Claim, Article] as const,
  resolveType: (row) => typeOfRow(row as unknown as NodeRow),
});

@ObjectType({ description: 'One claim or article a text search found, how well, and where the words stand.' })
export class TextSearchEdge {
  @Field({ description: CONNECTION_DOCS.cursor })
  cursor!: string;

  @Field(() => TextMatch, { description: 'The claim or article found.' })
  node!: unknown;

  @Field(() => Float, {
    description: "Lucene's relevance score; higher is better. Claims and articles share one index, so theirs compare.",
  })
  score!: number;

  @Field(() => [TextSpan], {
    description:
      "Where the query's words stand in the article's text (a claim's: its article's), in text order, at most " +
      `${MAX_SPANS}: every occurrence of each word, phrase or word start of the query, found again in the stored text ` +
      'as the index cuts words (lower case, no stemming). A phrase across the parts of an interrupted quote gives one span per part. ' +
      'Empty only if the words could not be placed again.',
  })
  spans!: TextSpan[];
}

@ObjectType({ description: 'A page of claims and articles matching a text search, best match first.' })
export class TextSearchConnection {
  @Field(() => [TextSearchEdge], { description: CONNECTION_DOCS.edges })
  edges!: TextSearchEdge[];

  @Field(() => PageInfo, { description: CONNECTION_DOCS.pageInfo })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: CONNECTION_DOCS.totalCount })
  totalCount!: number;
}

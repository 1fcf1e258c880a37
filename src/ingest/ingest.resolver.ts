import { JSONObjectResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import type { Context } from '../graphql/context.js';

@ObjectType({ description: 'What ingestArticle stored.' })
class IngestResult {
  @Field(() => Article, { description: 'The article as stored now.' })
  article!: unknown;

  @Field(() => Int, { description: 'Mentions it now has: hand-annotated plus those the linker found.' })
  mentions!: number;

  @Field(() => Int, { description: 'Claims it now carries.' })
  claims!: number;

  @Field(() => Int, { description: 'Events it now reports.' })
  events!: number;
}

@Resolver()
export class IngestResolver {
  @Authorized()
  @Mutation(() => IngestResult, {
    description:
      'Loads one article in the seed format (README: "Seed format"), text inline, in one transaction: ' +
      're-ingesting the same id replaces everything it stated: what it no longer states goes. Needs the x-api-key header.',
  })
  async ingestArticle(
    @Arg('document', () => JSONObjectResolver, {
      description: 'The article as one document in the seed format, with its text inline in `text`.',
    })
    document: Record<string, unknown>,
    @Ctx() ctx: Context,
  ) {
    const result = await ctx.ingest.ingestArticle(document, 'document');
    return { ...result, article: await ctx.loaders.nodes.Article.load(result.articleId) };
  }
}

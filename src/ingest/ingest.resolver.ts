import { JSONObjectResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Resolver } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import type { Context } from '../server/context.js';

@ObjectType()
class IngestResult {
  @Field(() => Article)
  article!: unknown;

  @Field(() => Int)
  mentions!: number;

  @Field(() => Int)
  claims!: number;

  @Field(() => Int)
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
  async ingestArticle(@Arg('document', () => JSONObjectResolver) document: Record<string, unknown>, @Ctx() ctx: Context) {
    const result = await ctx.ingest.ingestArticle(document, 'document');
    return { ...result, article: await ctx.loaders.article.load(result.articleId) };
  }
}

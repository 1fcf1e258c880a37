import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';

import { InputError } from '../errors.js';
import { decodeId, ifLabelled } from '../graph/global-id.js';
import { pageRequest } from '../graph/page.js';
import type { ArticleRow } from '../graph/rows.js';
import type { Context } from '../graphql/context.js';
import { toConnection } from '../graphql/relay.js';
import { ArticlesArgs } from './article.input.js';
import { Article, ArticleConnection } from './article.type.js';

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: 'An article by id; null when no article has it.' })
  async article(
    @Arg('id', () => ID, { description: "The article's id (Article.id)." }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ArticleRow | null> {
    const { label, key } = decodeId(id, ['Article']);
    return ifLabelled(await ctx.prefetch.node('Article', key, info), label);
  }

  @Query(() => ArticleConnection, { description: 'Articles, newest first by publishedAt, undated ones last.' })
  async articles(@Args() args: ArticlesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // Like an empty id: no article has an empty outlet or language, and leaving it out means any.
    for (const field of ['outlet', 'language'] as const)
      if (args[field] === '') throw new InputError(field, 'must not be empty; leave it out for any');
    const request = pageRequest(args.first, args.after);
    return toConnection(await ctx.prefetch.list('Article', info, (plan) => ctx.loaders.repositories.articles.list(args, request, plan)));
  }

  @FieldResolver(() => String, { description: 'The full text; spans index into it.' })
  async text(@Root() article: ArticleRow, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.articleText.load(article.id)) ?? '';
  }
}

import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { Entity } from '../entities/entity.type.js';
import { pageRequest } from '../graph/page.js';
import type { ArticleRow, EntityRow } from '../graph/rows.js';
import type { Context } from '../graphql/context.js';
import { PageArgs, toConnection } from '../graphql/relay.js';
import { ClaimConnection } from './claim.type.js';

/**
 * The claim lists of articles and entities: declared by this feature, so that articles/ and
 * entities/ import nothing of it (no folder of src/ imports one that imports it back).
 */
@Resolver(() => Article)
export class ArticleClaimsResolver {
  @FieldResolver(() => ClaimConnection, { description: 'The quotes it carries, in a stable order (by id).' })
  async claims(@Root() article: ArticleRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return toConnection(await ctx.loaders.articleClaims(article.id, pageRequest(args.first, args.after)));
  }
}

@Resolver(() => Entity)
export class EntityClaimsResolver {
  @FieldResolver(() => ClaimConnection, { description: 'Claims this entity made.' })
  async claimsBy(@Root() entity: EntityRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return toConnection(await ctx.loaders.claimsBy(entity.id, pageRequest(args.first, args.after)));
  }

  @FieldResolver(() => ClaimConnection, { description: 'Claims about this entity.' })
  async claimsAbout(@Root() entity: EntityRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return toConnection(await ctx.loaders.claimsAbout(entity.id, pageRequest(args.first, args.after)));
  }
}

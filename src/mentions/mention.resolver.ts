import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { Entity } from '../entities/entity.type.js';
import type { MentionRow } from '../graph/rows.js';
import type { Context } from '../server/context.js';
import { Mention } from './mention.type.js';

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Article)
  article(@Root() mention: MentionRow, @Ctx() ctx: Context) {
    return ctx.loaders.article.load(mention.articleId);
  }

  @FieldResolver(() => Entity)
  entity(@Root() mention: MentionRow, @Ctx() ctx: Context) {
    return ctx.loaders.entity.load(mention.entityKey);
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { Entity } from '../entities/entity.type.js';
import type { RelationRow } from '../graph/rows.js';
import type { Context } from '../server/context.js';
import { Relation } from './relation.type.js';

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => Entity, { description: 'The entity at the other end.' })
  other(@Root() relation: RelationRow, @Ctx() ctx: Context) {
    return ctx.loaders.entity.load(relation.otherKey);
  }

  @FieldResolver(() => [Article], { description: 'Articles that state it; empty for reference (gazetteer) facts.' })
  async articles(@Root() relation: RelationRow, @Ctx() ctx: Context) {
    const articles = await ctx.loaders.article.loadMany(relation.articleIds);
    return articles.filter((a) => a && !(a instanceof Error));
  }
}

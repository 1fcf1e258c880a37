import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { Entity } from '../entities/entity.type.js';
import type { ArticleRow, EntityRow } from '../graph/rows.js';
import type { Context } from '../graphql/context.js';
import { connectionAlong } from '../graphql/edge-connection.js';
import { PageArgs } from '../graphql/relay.js';
import { MentionConnection } from './mention.type.js';

/**
 * The mention lists of articles and entities: declared by this feature, so that articles/ and
 * entities/ import nothing of it (no folder of src/ imports one that imports it back).
 */
@Resolver(() => Article)
export class ArticleMentionsResolver {
  @FieldResolver(() => MentionConnection, {
    description: 'The names of entities it contains, hand-annotated and linked, in a stable order (by id).',
  })
  mentions(@Root() article: ArticleRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return connectionAlong(ctx, 'Article.mentions', article.id, args);
  }
}

@Resolver(() => Entity)
export class EntityMentionsResolver {
  @FieldResolver(() => MentionConnection, { description: 'Where articles name it, with the form each used.' })
  mentions(@Root() entity: EntityRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return connectionAlong(ctx, 'Entity.mentions', entity.id, args);
  }
}

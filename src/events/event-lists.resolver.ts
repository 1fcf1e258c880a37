import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { Entity } from '../entities/entity.type.js';
import type { ArticleRow, EntityRow } from '../graph/rows.js';
import type { Context } from '../graphql/context.js';
import { connectionAlong } from '../graphql/edge-connection.js';
import { PageArgs } from '../graphql/relay.js';
import { EventConnection } from './event.type.js';

/**
 * The event lists of articles and entities: declared by this feature, so that articles/ and
 * entities/ import nothing of it (no folder of src/ imports one that imports it back).
 */
@Resolver(() => Article)
export class ArticleEventsResolver {
  @FieldResolver(() => EventConnection, {
    description: 'The events it reports, in a stable order (by id); its own account of each is in Event.reports.',
  })
  events(@Root() article: ArticleRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return connectionAlong(ctx, 'Article.events', article.id, args);
  }
}

@Resolver(() => Entity)
export class EntityEventsResolver {
  @FieldResolver(() => EventConnection, { description: 'Events it took part in, or that happened there.' })
  events(@Root() entity: EntityRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return connectionAlong(ctx, 'Entity.events', entity.id, args);
  }
}

import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { Entity } from '../entities/entity.type.js';
import { pageRequest } from '../graph/page.js';
import type { ArticleRow, EntityRow } from '../graph/rows.js';
import type { Context } from '../graphql/context.js';
import { PageArgs, toConnection } from '../graphql/relay.js';
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
  async events(@Root() article: ArticleRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return toConnection(await ctx.loaders.articleEvents(article.id, pageRequest(args.first, args.after)));
  }
}

@Resolver(() => Entity)
export class EntityEventsResolver {
  @FieldResolver(() => EventConnection, { description: 'Events it took part in, or that happened there.' })
  async events(@Root() entity: EntityRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return toConnection(await ctx.loaders.entityEvents(entity.id, pageRequest(args.first, args.after)));
  }
}

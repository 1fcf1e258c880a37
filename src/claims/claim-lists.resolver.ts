import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { Entity } from '../entities/entity.type.js';
import { Event } from '../events/event.type.js';
import type { ArticleRow, EntityRow, EventRow } from '../graph/rows.js';
import type { Context } from '../graphql/context.js';
import { connectionAlong } from '../graphql/edge-connection.js';
import { PageArgs } from '../graphql/relay.js';
import { ClaimConnection } from './claim.type.js';

/**
 * The claim lists of articles, entities and events: declared by this feature, so that articles/ and
 * entities/ import nothing of it (no folder of src/ imports one that imports it back).
 */
@Resolver(() => Article)
export class ArticleClaimsResolver {
  @FieldResolver(() => ClaimConnection, { description: 'The quotes it carries, in a stable order (by id).' })
  claims(@Root() article: ArticleRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return connectionAlong(ctx, 'Article.claims', article.id, args);
  }
}

@Resolver(() => Entity)
export class EntityClaimsResolver {
  @FieldResolver(() => ClaimConnection, { description: 'Claims this entity made.' })
  claimsBy(@Root() entity: EntityRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return connectionAlong(ctx, 'Entity.claimsBy', entity.id, args);
  }

  @FieldResolver(() => ClaimConnection, { description: 'Claims about this entity, and about the events at it (a place) unless `direct`.' })
  claimsAbout(
    @Root() entity: EntityRow,
    @Args() args: PageArgs,
    @Ctx() ctx: Context,
    @Arg('direct', () => Boolean, { defaultValue: false, description: 'Only claims about the entity itself, not about events at it.' })
    direct: boolean,
  ) {
    return connectionAlong(ctx, 'Entity.claimsAbout', entity.id, args, { direct });
  }
}

@Resolver(() => Event)
export class EventClaimsResolver {
  @FieldResolver(() => ClaimConnection, { description: 'Claims made at it (words said at a meeting, a briefing, in an address), by id.' })
  claimsMadeAt(@Root() event: EventRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return connectionAlong(ctx, 'Event.claimsMadeAt', event.id, args);
  }
}

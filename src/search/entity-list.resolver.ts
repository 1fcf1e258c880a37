import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';

import { Entity, EntityKind } from '../entities/entity.type.js';
import { pageRequest } from '../graph/page.js';
import type { EntityKind as EntityKindName } from '../graph/vocabulary.js';
import type { Context } from '../graphql/context.js';
import { PageArgs, toConnection } from '../graphql/relay.js';
import type { EntityOrder } from './entity-list.cypher.js';
import { EntityConnection, EntitySort } from './entity-list.type.js';
import { searchFilter } from './search.input.js';

@Resolver(() => Entity)
export class EntityListResolver {
  @Query(() => EntityConnection, { description: 'Entities by kind, country and admin area, by name or by how often articles name them.' })
  async entities(
    @Args() args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('kinds', () => [EntityKind], { nullable: true, description: 'Only these kinds (default: all).' }) kinds?: EntityKindName[] | null,
    @Arg('country', () => String, { nullable: true, description: 'Only entities of this country: ISO 3166-1 alpha-2, e.g. "UA".' })
    country?: string | null,
    @Arg('adminArea', () => String, { nullable: true, description: 'Only entities whose adminArea is this, ignoring case.' })
    adminArea?: string | null,
    @Arg('sort', () => EntitySort, { defaultValue: 'NAME', description: 'The order; a cursor belongs to the order it came from.' })
    sort: EntityOrder = 'NAME',
  ) {
    const filter = searchFilter(kinds, country, adminArea);
    const request = pageRequest(args.first, args.after);
    return toConnection(
      await ctx.prefetch.list('Entity', info, (plan) => ctx.loaders.repositories.entityList.list(filter, sort, request, plan)),
    );
  }
}

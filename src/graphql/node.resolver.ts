import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';

import { fromGlobalId, ifLabelled, kindOf, type NodeRow } from '../graph/global-id.js';
import type { Context } from './context.js';
import { globalIdOf, Node } from './relay.js';

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its id; null when it no longer exists.' })
  async node(
    @Arg('id', () => ID, { description: 'Any Node.id this API gave out.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRow | null> {
    const { label, key } = fromGlobalId(id);
    // A relation's key names the entity it is seen from; its fields load through the loaders.
    if (label === 'Relation') return ctx.loaders.relation.load(key);
    return ifLabelled(await ctx.prefetch.node(kindOf(label), key, info), label);
  }

  @FieldResolver(() => ID)
  id(@Root() row: NodeRow): string {
    return globalIdOf(row);
  }
}

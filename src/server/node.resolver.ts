import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';

import type { NodeKind } from '../graph/edges.js';
import { ENTITY_NODE_LABELS, fromGlobalId, type NodeRow } from '../graph/global-id.js';
import type { Context } from './context.js';
import { globalIdOf, Node } from './relay.js';

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its id; null when it no longer exists.' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<NodeRow | null> {
    const { label, key } = fromGlobalId(id);
    const kind = (ENTITY_NODE_LABELS as readonly string[]).includes(label) ? 'Entity' : (label as NodeKind);
    const row = await ctx.prefetch.node<NodeRow>(kind, key, info);
    return row?.label === label ? row : null;
  }

  @FieldResolver(() => ID)
  id(@Root() row: NodeRow): string {
    return globalIdOf(row);
  }
}

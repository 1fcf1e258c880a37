import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';

import type { NodeKind } from '../graph/edges.js';
import { ENTITY_NODE_LABELS, fromGlobalId, type NodeLabel, type NodeRow } from '../graph/global-id.js';
import type { Context } from './context.js';
import { globalIdOf, Node } from './relay.js';

/** The loader that fetches each kind of node by its stored key. */
const LOADER_OF: Record<NodeLabel, (ctx: Context, key: string) => Promise<unknown>> = {
  Article: (ctx, key) => ctx.loaders.article.load(key),
  Person: (ctx, key) => loadEntity(ctx, key, 'Person'),
  Place: (ctx, key) => loadEntity(ctx, key, 'Place'),
  Organization: (ctx, key) => loadEntity(ctx, key, 'Organization'),
  Mention: (ctx, key) => ctx.loaders.mention.load(key),
  Claim: (ctx, key) => ctx.loaders.claim.load(key),
  Event: (ctx, key) => ctx.loaders.event.load(key),
};

/** Any node by label and stored key, through the request's loaders. */
export const loadNode = (ctx: Context, label: NodeLabel, key: string): Promise<unknown> => LOADER_OF[label](ctx, key);

async function loadEntity(ctx: Context, key: string, label: NodeLabel): Promise<unknown> {
  const entity = await ctx.loaders.entity.load(key);
  return entity?.label === label ? entity : null;
}

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

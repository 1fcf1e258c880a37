import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { InputError } from '../errors.js';
import { ENTITY_NODE_LABELS, keyOf } from '../graph/global-id.js';
import type { Context } from '../server/context.js';
import { loadNode } from '../server/node.resolver.js';
import { PathNode } from '../server/subject.js';
import type { HopRow } from './analysis.repository.js';
import { ConnectionPath, PathHop } from './analysis.type.js';


export const MAX_HOPS = 6;

@Resolver(() => ConnectionPath)
export class ConnectionResolver {
  @Query(() => [ConnectionPath], { description: `Shortest paths between two entities through relations, shared events and claims (at most ${MAX_HOPS} hops).` })
  async connection(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Ctx() ctx: Context,
    @Arg('maxHops', () => Int, { defaultValue: 4 }) maxHops: number,
    @Arg('first', () => Int, { defaultValue: 5, description: 'At most this many paths (1–20).' }) first: number,
  ): Promise<HopRow[][]> {
    if (maxHops < 1 || maxHops > MAX_HOPS) throw new InputError('maxHops', `must be between 1 and ${MAX_HOPS}`);
    if (first < 1 || first > 20) throw new InputError('first', 'must be between 1 and 20');
    const fromKey = keyOf(from, ENTITY_NODE_LABELS, 'from');
    const toKey = keyOf(to, ENTITY_NODE_LABELS, 'to');
    return ctx.loaders.repositories.analysis.connection(fromKey, toKey, maxHops, first);
  }

  @FieldResolver(() => Int)
  length(@Root() hops: HopRow[]): number {
    return hops.length;
  }

  @FieldResolver(() => [PathHop])
  hops(@Root() hops: HopRow[]): HopRow[] {
    return hops;
  }
}

@Resolver(() => PathHop)
export class PathHopResolver {
  @FieldResolver(() => PathNode)
  from(@Root() hop: HopRow, @Ctx() ctx: Context) {
    return loadNode(ctx, hop.from.label, hop.from.id);
  }

  @FieldResolver(() => PathNode)
  to(@Root() hop: HopRow, @Ctx() ctx: Context) {
    return loadNode(ctx, hop.to.label, hop.to.id);
  }

  @FieldResolver(() => [Article], { description: 'The articles behind this step.' })
  async articles(@Root() hop: HopRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.article.loadMany(hop.articleIds)).filter((a) => a && !(a instanceof Error));
  }
}

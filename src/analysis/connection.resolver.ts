import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { InputError } from '../errors.js';
import { ENTITY_NODE_LABELS } from '../graph/global-id.js';
import type { Context } from '../server/context.js';
import { lookUpId } from '../server/id-arguments.js';
import { PathNode } from '../server/subject.js';
import { MAX_HOPS } from './analysis.cypher.js';
import type { HopRow } from './analysis.repository.js';
import { ConnectionPath, PathHop } from './analysis.type.js';

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
    const [start, end] = await Promise.all([lookUpId(ctx, from, ENTITY_NODE_LABELS, 'from'), lookUpId(ctx, to, ENTITY_NODE_LABELS, 'to')]);
    // An id that names nothing is connected to nothing.
    if (!start.node || !end.node) return [];
    // A path from an entity to itself is no question; merged ids of one entity are one entity.
    if (start.node.id === end.node.id) throw new InputError('to', 'names the same entity as from');
    return ctx.loaders.repositories.analysis.connection(start.node.id, end.node.id, maxHops, first);
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

/** The connection query returns each hop complete, so these only hand its parts on. */
@Resolver(() => PathHop)
export class PathHopResolver {
  @FieldResolver(() => PathNode)
  from(@Root() hop: HopRow): HopRow['from'] {
    return hop.from;
  }

  @FieldResolver(() => PathNode)
  to(@Root() hop: HopRow): HopRow['to'] {
    return hop.to;
  }

  @FieldResolver(() => [Article], { description: 'The articles behind this step.' })
  articles(@Root() hop: HopRow): HopRow['articles'] {
    return hop.articles;
  }
}

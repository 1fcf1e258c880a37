import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';

import { Article } from '../articles/article.type.js';
import { InputError } from '../errors.js';
import { decodeId, ENTITY_NODE_LABELS, ifLabelled } from '../graph/global-id.js';
import { DEFAULT_PAGE_SIZE, pageRequest } from '../graph/page.js';
import type { Context } from '../graphql/context.js';
import { selectionOf } from '../graphql/selection-plan.js';
import { PathNode } from './path-node.type.js';
import { MAX_HOPS } from './analysis.cypher.js';
import type { HopRow } from './analysis.repository.js';
import { ConnectionPath, PathHop } from './analysis.type.js';

@Resolver(() => ConnectionPath)
export class ConnectionResolver {
  @Query(() => [ConnectionPath], {
    description: `Shortest paths between two entities through relations, shared events and claims (at most ${MAX_HOPS} hops).`,
  })
  async connection(
    @Arg('from', () => ID, { description: 'The entity the paths start from.' }) from: string,
    @Arg('to', () => ID, { description: 'The entity the paths lead to; not the same as from.' }) to: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('maxHops', () => Int, { defaultValue: 4, description: `Longest path to look for, 1–${MAX_HOPS} hops.` }) maxHops: number,
    @Arg('first', () => Int, { defaultValue: 5, description: 'At most this many paths (1–20).' }) first: number,
  ): Promise<HopRow[][]> {
    if (maxHops < 1 || maxHops > MAX_HOPS) throw new InputError('maxHops', `must be between 1 and ${MAX_HOPS}`);
    if (first < 1 || first > 20) throw new InputError('first', 'must be between 1 and 20');
    const start = decodeId(from, ENTITY_NODE_LABELS, 'from');
    const end = decodeId(to, ENTITY_NODE_LABELS, 'to');
    // A path from an entity to itself is no question (and allShortestPaths fails on it).
    if (start.key === end.key) throw new InputError('to', 'names the same entity as from');
    const paths = await ctx.loaders.repositories.analysis.connection(start.key, end.key, maxHops, first, articlesAsked(info));
    // All paths share their two ends: if these lack the ids' labels, the ids name nothing, and
    // nothing is connected. Checked on what the query returns, so it costs no round trip.
    const [path] = paths;
    return path && ifLabelled(path[0]!.from, start.label) && ifLabelled(path.at(-1)!.to, end.label) ? paths : [];
  }

  @FieldResolver(() => Int)
  length(@Root() hops: HopRow[]): number {
    return hops.length;
  }

  @FieldResolver(() => [PathHop], { description: 'The steps from the first entity to the second, in order.' })
  hops(@Root() hops: HopRow[]): HopRow[] {
    return hops;
  }
}

/** The connection query returns each hop complete, so these only hand its parts on. */
@Resolver(() => PathHop)
export class PathHopResolver {
  @FieldResolver(() => PathNode, { description: "Where this step starts: the first entity, or the previous step's to." })
  from(@Root() hop: HopRow): HopRow['from'] {
    return hop.from;
  }

  @FieldResolver(() => PathNode, { description: "Where this step ends: the next step's from, or the second entity." })
  to(@Root() hop: HopRow): HopRow['to'] {
    return hop.to;
  }

  @FieldResolver(() => [Article], { description: `The articles behind this step, by id: the first \`first\` (0–100).` })
  articles(
    @Root() hop: HopRow,
    @Arg('first', () => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'At most this many articles.' }) first: number,
  ): HopRow['articles'] {
    return hop.articles.slice(0, pageRequest(first, null).first);
  }
}

/**
 * The most articles any hops { articles(first) } of the query asks for (aliases may ask for
 * different numbers): the query reads that many per hop, each field takes its own first ones.
 */
function articlesAsked(info: GraphQLResolveInfo): number {
  const firsts = Object.values(selectionOf(info).fieldsByTypeName)
    .flatMap((fields) => Object.values(fields))
    .filter((field) => field.name === 'hops')
    .flatMap((hops) => Object.values(hops.fieldsByTypeName).flatMap((fields) => Object.values(fields)))
    .filter((field) => field.name === 'articles')
    .map((articles) => pageRequest(articles.args['first'] as number, null).first);
  return Math.max(0, ...firsts);
}

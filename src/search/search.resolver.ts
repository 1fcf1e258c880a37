import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';

import { EntityKind } from '../entities/entity.type.js';
import { InputError } from '../errors.js';
import { pageRequest } from '../graph/page.js';
import type { EntityKind as EntityKindName } from '../graph/vocabulary.js';
import type { Context } from '../server/context.js';
import { PageArgs, toConnection } from '../server/relay.js';
import { EntitySearchConnection } from './search.type.js';

const MAX_QUERY_LENGTH = 200;
/** Scores this close say the name alone does not decide between the entities. */
const AMBIGUITY_RATIO = 0.75;

@Resolver()
export class SearchResolver {
  @Query(() => EntitySearchConnection, {
    description: 'Entities by any form of their name (any language, script, former name or common misspelling), best match first.',
  })
  async searchEntities(
    @Arg('query') query: string,
    @Args() args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('types', () => [EntityKind], { nullable: true, description: 'Only these kinds (default: all).' })
    types?: EntityKindName[] | null,
  ) {
    if (query.length > MAX_QUERY_LENGTH) throw new InputError('query', `must be at most ${MAX_QUERY_LENGTH} characters`);
    const plan = ctx.prefetch.planBelow('Entity', info);
    const page = await ctx.search.searchEntities(query, types?.length ? types : null, pageRequest(args.first, args.after), plan);
    ctx.prefetch.primeBelow(plan, page.readAhead);
    const [best, second] = page.edges.map((edge) => edge.node.score);
    const connection = toConnection({
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: node.entity, score: node.score, matchedName: node.matchedName })),
    });
    // Not spread: that would run the totalCount getter, and its query, unasked.
    return Object.assign(connection, { ambiguous: second !== undefined && second >= AMBIGUITY_RATIO * best! });
  }
}

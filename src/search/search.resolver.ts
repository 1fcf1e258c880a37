import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';

import { EntityKind } from '../entities/entity.type.js';
import { pageRequest } from '../graph/page.js';
import type { EntityKind as EntityKindName } from '../graph/vocabulary.js';
import type { Context } from '../graphql/context.js';
import { PageArgs, toConnection } from '../graphql/relay.js';
import { checkQuery, MAX_QUERY_LENGTH, searchFilter } from './search.input.js';
import { EntitySearchConnection } from './search.type.js';

/** Scores this close say the name alone does not decide between the entities. */
const AMBIGUITY_RATIO = 0.75;

@Resolver()
export class SearchResolver {
  @Query(() => EntitySearchConnection, {
    description:
      'Entities by any form of their name (any language, script, former name or common misspelling), best match first. ' +
      'A name may be given in part: its last word may be the start of a longer one ("Krasnoarm", "Покров"). ' +
      'The query is first read as one name ("Donetsk People\'s Republic"); only when no name matches it whole is it read as a ' +
      'name followed by context words ("Pokrovsk Ukraine", "Volchansk Sverdlovsk"; commas separate the parts: ' +
      '"Pokrovsk, Donetsk Oblast"). Context filters, it does not merely boost: every context word must be the ' +
      "entity's country code, a word of its adminArea, or a word of a name of its country or of a place it lies in " +
      '(LOCATED_IN or PART_OF), in any language the graph holds.',
  })
  async searchEntities(
    @Arg('query', {
      description: `A name or its start, in any language or script, optionally followed by context words; at most ${MAX_QUERY_LENGTH} characters.`,
    })
    query: string,
    @Args() args: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('types', () => [EntityKind], { nullable: true, description: 'Only these kinds (default: all).' })
    types?: EntityKindName[] | null,
    @Arg('country', () => String, {
      nullable: true,
      description: 'Only entities of this country: an ISO 3166-1 alpha-2 code such as "UA".',
    })
    country?: string | null,
    @Arg('adminArea', () => String, {
      nullable: true,
      description: 'Only entities whose adminArea is this, ignoring case (e.g. "Donetsk Oblast").',
    })
    adminArea?: string | null,
  ) {
    checkQuery(query);
    const filter = searchFilter(types, country, adminArea);
    const request = pageRequest(args.first, args.after);
    const page = await ctx.prefetch.list('Entity', info, (plan) => ctx.search.searchEntities(query, filter, request, plan));
    const [best, second] = page.edges.map((edge) => edge.node.score);
    const connection = toConnection({
      ...page,
      edges: page.edges.map(({ cursor, node }) => ({ cursor, node: node.entity, score: node.score, matchedName: node.matchedName })),
    });
    // Not spread: that would run the totalCount getter, and its query, unasked.
    return Object.assign(connection, { ambiguous: second !== undefined && second >= AMBIGUITY_RATIO * best! });
  }
}

import { Args, Ctx, Query, Resolver } from 'type-graphql';

import type { Context } from '../graphql/context.js';
import { toConnection } from '../graphql/relay.js';
import { MAX_TEXT_PAGE, TextSearchArgs, textPageRequest, textSearchOf } from './text-search.input.js';
import { TextSearchConnection } from './text-search.type.js';

@Resolver()
export class TextSearchResolver {
  @Query(() => TextSearchConnection, {
    description:
      "Claims whose quote and articles whose text hold the query's words (\"who said 'irreversible'\"), best match first, " +
      'each with the spans of the article text that match. Words match as written, ignoring case: there is no stemming ' +
      '(no analyzer serves English, Russian and Ukrainian alike), so reach inflected forms with a word start: ' +
      `"незворотн*". Pages of at most ${MAX_TEXT_PAGE}.`,
  })
  async textSearch(@Args() args: TextSearchArgs, @Ctx() ctx: Context) {
    const page = await ctx.loaders.repositories.textSearch.search(textSearchOf(args), textPageRequest(args));
    return toConnection({ ...page, edges: page.edges.map(({ cursor, node: hit }) => ({ cursor, ...hit })) });
  }
}

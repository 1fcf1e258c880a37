import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';

import { decodeId } from '../graph/global-id.js';
import type { Context } from '../graphql/context.js';
import { RelinkService, type Relinked } from './relink.service.js';

@ObjectType({
  description: 'What relinkArticles or reextractArticles changed. Only AUTO statements change; mentions are counted by their span.',
})
class RelinkResult implements Relinked {
  @Field(() => Int, { description: 'Articles linked again.' })
  articles!: number;

  @Field(() => Int, { description: 'Spans the linker names now and did not before.' })
  mentionsAdded!: number;

  @Field(() => Int, { description: 'Spans the linker named before and no longer does.' })
  mentionsRemoved!: number;

  @Field(() => Int, { description: 'Spans named before and now, with another entity, score, evidence or candidates.' })
  mentionsChanged!: number;

  @Field(() => Int, {
    description:
      'Only reextractArticles counts it: articles whose AUTO claims, event reports or new speakers came out otherwise, and were rewritten.',
  })
  extractionsChanged!: number;
}

@Resolver()
export class RelinkResolver {
  @Authorized()
  @Mutation(() => RelinkResult, {
    description:
      'Links stored articles again against the gazetteer as it is now (after loading places, merging entities), ' +
      'replacing their AUTO mentions; HAND mentions, claims, events and relations stay exactly as they are. ' +
      'In batches of 100 articles, one transaction each. Needs the x-api-key header.',
  })
  relinkArticles(
    @Arg('ids', () => [ID], { nullable: true, description: 'The articles to relink; all of them when absent.' }) ids: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<Relinked> {
    return new RelinkService(ctx.db, ctx.ingest).relink(articleKeys(ids));
  }

  @Authorized()
  @Mutation(() => RelinkResult, {
    description:
      'Links and extracts stored articles again (after the extractor or the gazetteer changed): their AUTO mentions, ' +
      'AUTO claims, AUTO event reports and the speakers the extractor introduced are replaced where they come out otherwise; ' +
      'what a person annotated stays. In batches of 100 articles, one transaction each. Needs the x-api-key header.',
  })
  reextractArticles(
    @Arg('ids', () => [ID], { nullable: true, description: 'The articles to re-extract; all of them when absent.' }) ids: string[] | null,
    @Ctx() ctx: Context,
  ): Promise<Relinked> {
    return new RelinkService(ctx.db, ctx.ingest, { extract: true }).relink(articleKeys(ids));
  }
}

const articleKeys = (ids: string[] | null): string[] | null => ids?.map((id, i) => decodeId(id, ['Article'], `ids[${i}]`).key) ?? null;

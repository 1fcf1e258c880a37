import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';

import { ENTITY_NODE_LABELS, keyOf } from '../graph/global-id.js';
import type { EntityRow } from '../graph/rows.js';
import type { Context } from '../server/context.js';
import { Entity } from './entity.type.js';

@Resolver()
export class MergeResolver {
  @Authorized()
  @Mutation(() => Entity, {
    description:
      'Folds `remove` into `keep` in one transaction: names, mentions, claims, events and relations move; ' +
      'the removed id keeps resolving to the kept entity. Needs the x-api-key header.',
  })
  async mergeEntities(@Arg('keep', () => ID) keep: string, @Arg('remove', () => ID) remove: string, @Ctx() ctx: Context): Promise<EntityRow | null> {
    const keepKey = keyOf(keep, ENTITY_NODE_LABELS, 'keep');
    await ctx.loaders.repositories.merge.merge(keepKey, keyOf(remove, ENTITY_NODE_LABELS, 'remove'));
    return ctx.loaders.entity.load(keepKey);
  }
}

import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';

import { InputError } from '../errors.js';
import { ENTITY_NODE_LABELS } from '../graph/global-id.js';
import { lookUpId } from '../graphql/id-arguments.js';
import type { EntityRow } from '../graph/rows.js';
import type { Context } from '../graphql/context.js';
import { Entity } from './entity.type.js';

/** The key as given (the merge tells an entity from one merged already), once the id is known to name an entity. */
async function existingKey(ctx: Context, id: string, field: string): Promise<string> {
  const { key, node } = await lookUpId(ctx, id, ENTITY_NODE_LABELS, field);
  if (!node) throw new InputError(field, 'no such entity');
  return key;
}

@Resolver()
export class MergeResolver {
  @Authorized()
  @Mutation(() => Entity, {
    description:
      'Folds `remove` into `keep` in one transaction: names, mentions, claims, events and relations move; ' +
      'the removed id keeps resolving to the kept entity. Either may be a merged id (the entity it was merged into); ' +
      'merging an id into the entity it went to already changes nothing. Needs the x-api-key header.',
  })
  async mergeEntities(
    @Arg('keep', () => ID, { description: 'The entity that stays, with its id and properties.' }) keep: string,
    @Arg('remove', () => ID, { description: 'The duplicate folded into keep; its id then resolves to keep.' }) remove: string,
    @Ctx() ctx: Context,
  ): Promise<EntityRow | null> {
    const [keepKey, removeKey] = await Promise.all([existingKey(ctx, keep, 'keep'), existingKey(ctx, remove, 'remove')]);
    const kept = await ctx.loaders.repositories.merge.merge(keepKey, removeKey);
    // Loaded before the merge to check the id; read again for what the merge changed.
    return ctx.loaders.nodes.Entity.clear(kept).load(kept);
  }
}

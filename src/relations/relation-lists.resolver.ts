import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { Entity } from '../entities/entity.type.js';
import type { EntityRow } from '../graph/rows.js';
import type { RelationType as RelationTypeName } from '../graph/vocabulary.js';
import type { Context } from '../graphql/context.js';
import { connectionAlong } from '../graphql/edge-connection.js';
import { PageArgs } from '../graphql/relay.js';
import { RelationConnection, RelationType } from './relation.type.js';

/**
 * An entity's relations: declared by this feature, so that entities/ imports nothing of it (no
 * folder of src/ imports one that imports it back).
 */
@Resolver(() => Entity)
export class EntityRelationsResolver {
  @FieldResolver(() => RelationConnection, { description: 'Relations to other entities, in both directions.' })
  relations(
    @Root() entity: EntityRow,
    @Args() args: PageArgs,
    @Ctx() ctx: Context,
    @Arg('types', () => [RelationType], { nullable: true, description: 'Only these types (default: all).' })
    types?: RelationTypeName[] | null,
  ) {
    return connectionAlong(ctx, 'Entity.relations', entity.id, args, { types });
  }
}

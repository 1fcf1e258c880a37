import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';

import { decodeId, ENTITY_NODE_LABELS, ifLabelled } from '../graph/global-id.js';
import type { EntityRow } from '../graph/rows.js';
import { NameForm } from '../names/name.type.js';
import type { Context } from '../graphql/context.js';
import { Entity, ExternalId } from './entity.type.js';

const EXTERNAL_URLS = {
  wikidata: (id: string) => `https://www.wikidata.org/wiki/${id}`,
  geonames: (id: string) => `https://www.geonames.org/${id}`,
};

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'A person, place or organization by id; null when no entity has it.' })
  async entity(
    @Arg('id', () => ID, { description: 'The id of a Person, Place or Organization; a merged-away id finds the entity it went into.' })
    id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EntityRow | null> {
    const { label, key } = decodeId(id, ENTITY_NODE_LABELS);
    return ifLabelled(await ctx.prefetch.node('Entity', key, info), label);
  }

  @FieldResolver(() => [ExternalId], { description: 'Its ids in Wikidata and GeoNames, where known; empty when neither is.' })
  externalIds(@Root() entity: EntityRow): ExternalId[] {
    return (['wikidata', 'geonames'] as const)
      .filter((source) => entity[source])
      .map((source) => ({ source, id: entity[source]!, url: EXTERNAL_URLS[source](entity[source]!) }));
  }

  @FieldResolver(() => [NameForm], { description: 'Every form of the name: languages, scripts, former names, exonyms.' })
  names(@Root() entity: EntityRow, @Ctx() ctx: Context) {
    return ctx.loaders.lists('Entity.names').load(entity.id);
  }
}

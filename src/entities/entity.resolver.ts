import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';

import { decodeId, ENTITY_NODE_LABELS, ifLabelled } from '../graph/global-id.js';
import { pageRequest } from '../graph/page.js';
import type { EntityRow } from '../graph/rows.js';
import { RELATION_TYPES, type RelationType as RelationTypeName } from '../graph/vocabulary.js';
import { NameForm } from '../names/name.type.js';
import { RelationType } from '../relations/relation.type.js';
import type { Context } from '../graphql/context.js';
import { PageArgs, toConnection } from '../graphql/relay.js';
import { ClaimConnection } from '../claims/claim.type.js';
import { EventConnection } from '../events/event.type.js';
import { MentionConnection } from '../mentions/mention.type.js';
import { RelationConnection } from '../relations/relation.type.js';
import { Entity, ExternalId } from './entity.type.js';

const EXTERNAL_URLS = {
  wikidata: (id: string) => `https://www.wikidata.org/wiki/${id}`,
  geonames: (id: string) => `https://www.geonames.org/${id}`,
};

@Resolver(() => Entity)
export class EntityResolver {
  @Query(() => Entity, { nullable: true, description: 'A person, place or organization by id; null when no entity has it.' })
  async entity(@Arg('id', () => ID, { description: 'The id of a Person, Place or Organization; a merged-away id finds the entity it went into.' }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<EntityRow | null> {
    const { label, key } = decodeId(id, ENTITY_NODE_LABELS);
    return ifLabelled(await ctx.prefetch.node<EntityRow>('Entity', key, info), label);
  }

  @FieldResolver(() => [ExternalId], { description: 'Its ids in Wikidata and GeoNames, where known; empty when neither is.' })
  externalIds(@Root() entity: EntityRow): ExternalId[] {
    return (['wikidata', 'geonames'] as const)
      .filter((source) => entity[source])
      .map((source) => ({ source, id: entity[source]!, url: EXTERNAL_URLS[source](entity[source]!) }));
  }

  @FieldResolver(() => [NameForm], { description: 'Every form of the name: languages, scripts, former names, exonyms.' })
  names(@Root() entity: EntityRow, @Ctx() ctx: Context) {
    return ctx.loaders.names.load(entity.id);
  }

  @FieldResolver(() => MentionConnection, { description: 'Where articles name it, with the form each used.' })
  async mentions(@Root() entity: EntityRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return toConnection(await ctx.loaders.entityMentions(entity.id, pageRequest(args.first, args.after)));
  }

  @FieldResolver(() => ClaimConnection, { description: 'Claims this entity made.' })
  async claimsBy(@Root() entity: EntityRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return toConnection(await ctx.loaders.claimsBy(entity.id, pageRequest(args.first, args.after)));
  }

  @FieldResolver(() => ClaimConnection, { description: 'Claims about this entity.' })
  async claimsAbout(@Root() entity: EntityRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return toConnection(await ctx.loaders.claimsAbout(entity.id, pageRequest(args.first, args.after)));
  }

  @FieldResolver(() => EventConnection, { description: 'Events it took part in, or that happened there.' })
  async events(@Root() entity: EntityRow, @Args() args: PageArgs, @Ctx() ctx: Context) {
    return toConnection(await ctx.loaders.entityEvents(entity.id, pageRequest(args.first, args.after)));
  }

  @FieldResolver(() => RelationConnection, { description: 'Relations to other entities, in both directions.' })
  async relations(
    @Root() entity: EntityRow,
    @Args() args: PageArgs,
    @Ctx() ctx: Context,
    @Arg('types', () => [RelationType], { nullable: true, description: 'Only these types (default: all).' })
    types?: RelationTypeName[] | null,
  ) {
    const loader = ctx.loaders.relations(types?.length ? types : RELATION_TYPES);
    return toConnection(await loader(entity.id, pageRequest(args.first, args.after)));
  }
}

import { Field, Float, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';

import type { EntityRow } from '../graph/rows.js';
import { ENTITY_KINDS } from '../graph/vocabulary.js';
import { enumOf } from '../server/enums.js';
import { Node } from '../server/relay.js';

export const EntityKind = enumOf(ENTITY_KINDS);
registerEnumType(EntityKind, { name: 'EntityKind' });

@ObjectType({ description: 'An id of the same thing in another knowledge base.' })
export class ExternalId {
  @Field({ description: 'wikidata or geonames' })
  source!: string;

  @Field()
  id!: string;

  @Field({ description: 'Where to read about it.' })
  url!: string;
}

@InterfaceType({
  implements: Node,
  resolveType: (row: EntityRow) => row.label,
  description: 'A person, place or organization named in articles.',
})
export abstract class Entity extends Node {
  @Field({ description: 'Canonical name (English).' })
  name!: string;

  @Field(() => EntityKind)
  kind!: keyof typeof EntityKind;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

@ObjectType({ implements: [Node, Entity] })
export class Person extends Entity {}

@ObjectType({ implements: [Node, Entity] })
export class Organization extends Entity {}

@ObjectType({ implements: [Node, Entity], description: 'Homonyms are told apart by country, admin area and coordinates.' })
export class Place extends Entity {
  @Field(() => String, { nullable: true, description: 'ISO 3166 alpha-2.' })
  country!: string | null;

  @Field(() => String, { nullable: true, description: 'Region, oblast or province.' })
  adminArea!: string | null;

  @Field(() => Float, { nullable: true })
  latitude!: number | null;

  @Field(() => Float, { nullable: true })
  longitude!: number | null;

  @Field(() => Int, { nullable: true, description: 'Inhabitants, as GeoNames gives them.' })
  population!: number | null;

  @Field(() => String, { nullable: true, description: 'GeoNames feature class: P populated place, A administrative area (a country: A with code PCL).' })
  featureClass!: string | null;

  @Field(() => String, { nullable: true, description: 'GeoNames feature code, e.g. PPLC (capital), PPLA2 (seat of a second-order division), PPL.' })
  featureCode!: string | null;
}

/** Rows of each kind resolve to their own type; the map keeps the classes referenced for the schema. */
export const ENTITY_TYPES = { Person, Place, Organization };

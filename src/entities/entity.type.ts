import { Field, Float, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';

import { ENTITY_KIND_MEANINGS, ENTITY_KINDS } from '../graph/vocabulary.js';
import { describedValues, enumOf } from '../graphql/enums.js';
import { Node, typeOfRow } from '../graphql/relay.js';
import { Stamped } from '../graphql/stamped.js';

export const EntityKind = enumOf(ENTITY_KINDS);
registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'What kind of thing an entity is; each kind is its own type (Person, Place, Organization).',
  valuesConfig: describedValues(ENTITY_KIND_MEANINGS),
});

@ObjectType({ description: 'An id of the same thing in another knowledge base.' })
export class ExternalId {
  @Field({ description: 'The knowledge base: "wikidata" or "geonames".' })
  source!: string;

  @Field({ description: 'The id in that knowledge base, e.g. Q7747 (Wikidata) or 704422 (GeoNames).' })
  id!: string;

  @Field({ description: 'Where to read about it.' })
  url!: string;
}

@InterfaceType({
  implements: [Node, Stamped],
  resolveType: typeOfRow,
  description: 'A person, place or organization named in articles.',
})
export abstract class Entity extends Stamped {
  @Field({ description: 'The canonical name, in English ("Pokrovsk"); every other form is in names.' })
  name!: string;

  @Field(() => EntityKind, { description: "Person, place or organization: the same as the object's type." })
  kind!: keyof typeof EntityKind;

  @Field(() => String, {
    nullable: true,
    description: 'A short description that tells it apart from namesakes ("Capital city of Russia"); null when its source gives none.',
  })
  description!: string | null;

  @Field({
    description:
      'True for a speaker the claim extractor introduced because the gazetteer knew no one by that name (its description is the role the article gave): merge it into the right entity when there is one.',
  })
  extracted!: boolean;
}

@ObjectType({ implements: [Node, Stamped, Entity], description: ENTITY_KIND_MEANINGS.PERSON })
export class Person extends Entity {}

@ObjectType({ implements: [Node, Stamped, Entity], description: ENTITY_KIND_MEANINGS.ORGANIZATION })
export class Organization extends Entity {}

@ObjectType({
  implements: [Node, Stamped, Entity],
  description: `${ENTITY_KIND_MEANINGS.PLACE} Homonyms are told apart by country, admin area and coordinates.`,
})
export class Place extends Entity {
  @Field(() => String, {
    nullable: true,
    description: "ISO 3166-1 alpha-2 code of the country it lies in (a country's own code), e.g. UA; null when unknown.",
  })
  country!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The first-level region, oblast or province it lies in, by the name the gazetteer gives it ("Donetsk Oblast"); null when unknown.',
  })
  adminArea!: string | null;

  @Field(() => Float, { nullable: true, description: 'Decimal degrees north (WGS 84); null when the gazetteer gives no coordinates.' })
  latitude!: number | null;

  @Field(() => Float, { nullable: true, description: 'Decimal degrees east (WGS 84); null when the gazetteer gives no coordinates.' })
  longitude!: number | null;

  @Field(() => Int, { nullable: true, description: 'Inhabitants, as GeoNames gives them.' })
  population!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'GeoNames feature class: P populated place, A administrative area (a country: A with code PCL).',
  })
  featureClass!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'GeoNames feature code, e.g. PPLC (capital), PPLA2 (seat of a second-order division), PPL.',
  })
  featureCode!: string | null;
}

/** Rows of each kind resolve to their own type; the map keeps the classes referenced for the schema. */
export const ENTITY_TYPES = { Person, Place, Organization };

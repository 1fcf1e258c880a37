/**
 * The fixed vocabulary of the graph. Labels, relationship types and enum values used in Cypher
 * come only from these lists, never from user input.
 */
export const ENTITY_KINDS = ['PERSON', 'PLACE', 'ORGANIZATION'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Neo4j label of each entity kind; every entity also carries the `Entity` label. */
export const ENTITY_LABELS: Record<EntityKind, string> = {
  PERSON: 'Person',
  PLACE: 'Place',
  ORGANIZATION: 'Organization',
};

export const NAME_KINDS = ['OFFICIAL', 'FORMER', 'COLLOQUIAL', 'EXONYM', 'TRANSLITERATION'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/** The language of a name whose source does not say (ISO 639-2 "undetermined"): GeoNames' main table. */
export const UNDETERMINED_LANGUAGE = 'und';

/** Which of an article's texts a mention's offsets index: its body or its title. */
export const MENTION_FIELDS = ['TEXT', 'TITLE'] as const;
export type MentionField = (typeof MENTION_FIELDS)[number];

/** Relations between entities; each is a Neo4j relationship type of the same name. */
export const RELATION_TYPES = ['AFFILIATED_WITH', 'LOCATED_IN', 'PART_OF', 'SPOKE_TO'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Neutral event types; the source's own framing word is kept beside it on each report. */
export const EVENT_TYPES = [
  'CONTROL_CHANGE',
  'VISIT',
  'BRIEFING',
  'MEETING',
  'STATEMENT',
  'ATTACK',
  'PROTEST',
  'OTHER',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const TIME_PRECISIONS = ['UNKNOWN', 'YEAR', 'MONTH', 'DAY', 'HOUR'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

export const PARTS_OF_DAY = ['MORNING', 'AFTERNOON', 'EVENING', 'NIGHT'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

/**
 * The fixed vocabulary of the graph. Labels, relationship types and enum values used in Cypher
 * come only from these lists, never from user input.
 */
export const ENTITY_KINDS = ['PERSON', 'PLACE', 'ORGANIZATION'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * What each value means to an analyst, shown in the API's docs. Each list below has such a table
 * beside it, typed by the list, so a value added without its meaning fails to compile.
 */
export const ENTITY_KIND_MEANINGS: Record<EntityKind, string> = {
  PERSON: 'A named individual: a leader, minister, commander, spokesperson.',
  PLACE: 'A country, region, city, village or other place with a location.',
  ORGANIZATION: 'A state body, armed force or unit, party, international body or news outlet.',
};

/** Neo4j label of each entity kind; every entity also carries the `Entity` label. */
export const ENTITY_LABELS: Record<EntityKind, string> = {
  PERSON: 'Person',
  PLACE: 'Place',
  ORGANIZATION: 'Organization',
};

export const NAME_KINDS = ['OFFICIAL', 'FORMER', 'COLLOQUIAL', 'EXONYM', 'TRANSLITERATION'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

export const NAME_KIND_MEANINGS: Record<NameKind, string> = {
  OFFICIAL: 'The name in official use, in its language (during usedFrom–usedUntil when those are given).',
  FORMER: 'A name no longer official, e.g. Krasnoarmeysk before 2016; usedUntil says when it stopped, usedBy who still uses it.',
  COLLOQUIAL: 'An informal or short form, e.g. Donetsk for Donetsk Oblast, Харківщина for Kharkiv Oblast.',
  EXONYM: 'A form other languages use instead of the local one, e.g. Kiev, Kijów.',
  TRANSLITERATION: 'A rendering of a name in another script, e.g. Krasnoarmysk for Красноармейск.',
};

/** The language of a name whose source does not say (ISO 639-2 "undetermined"): GeoNames' main table. */
export const UNDETERMINED_LANGUAGE = 'und';

/** Which of an article's texts a mention's offsets index: its body or its title. */
export const MENTION_FIELDS = ['TEXT', 'TITLE'] as const;
export type MentionField = (typeof MENTION_FIELDS)[number];

export const MENTION_FIELD_MEANINGS: Record<MentionField, string> = {
  TEXT: "The offsets index the article's body (Article.text).",
  TITLE: "The offsets index the article's title (Article.title).",
};

/** Relations between entities; each is a Neo4j relationship type of the same name. */
export const RELATION_TYPES = ['AFFILIATED_WITH', 'LOCATED_IN', 'PART_OF', 'SPOKE_TO'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const RELATION_TYPE_MEANINGS: Record<RelationType, string> = {
  AFFILIATED_WITH:
    'A person or body belongs to or serves another, with the office as its role (Putin, President, of Russia); every organization is affiliated with its country.',
  LOCATED_IN: 'A place lies within another, e.g. Pokrovsk in Donetsk Oblast.',
  PART_OF: 'A body or area is part of a larger one: a branch of an armed force, a region of its country.',
  SPOKE_TO: 'A person spoke to another entity, as an article reports, e.g. to a news agency.',
};

/** Neutral event types; the source's own framing word is kept beside it on each report. */
export const EVENT_TYPES = ['CONTROL_CHANGE', 'VISIT', 'BRIEFING', 'MEETING', 'STATEMENT', 'ATTACK', 'PROTEST', 'OTHER'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_TYPE_MEANINGS: Record<EventType, string> = {
  CONTROL_CHANGE:
    'A place passing from one side\'s control to the other\'s, whatever the source calls it ("liberation", "capture", "occupation").',
  VISIT: 'Someone going to a place or to another party, e.g. a leader visiting troops.',
  BRIEFING: "An official account given to the press, e.g. a ministry's daily briefing.",
  MEETING: 'Two or more parties meeting or holding talks.',
  STATEMENT: 'A declaration made as an event in itself (an address, an announcement).',
  ATTACK: 'A strike, shelling, assault or other armed attack.',
  PROTEST: 'A demonstration, rally or other public protest.',
  OTHER: 'Any event none of the other types fits.',
};

/** From least to most precise: the order that decides which report's time is the most telling. */
export const TIME_PRECISIONS = ['UNKNOWN', 'YEAR', 'MONTH', 'DAY', 'HOUR'] as const;
export type TimePrecision = (typeof TIME_PRECISIONS)[number];

export const TIME_PRECISION_MEANINGS: Record<TimePrecision, string> = {
  UNKNOWN: 'The article gives no time at all.',
  YEAR: 'Only the year is known.',
  MONTH: 'The month is known (and the year, unless year is null), not the day.',
  DAY: 'The day is known (and the year, unless year is null); partOfDay may narrow it.',
  HOUR: 'The hour is known. Reserved: the seed format has no hour yet, so no time has this precision today.',
};

export const PARTS_OF_DAY = ['MORNING', 'AFTERNOON', 'EVENING', 'NIGHT'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

export const PART_OF_DAY_MEANINGS: Record<PartOfDay, string> = {
  MORNING: 'The article says it happened in the morning.',
  AFTERNOON: 'The article says it happened in the afternoon.',
  EVENING: 'The article says it happened in the evening.',
  NIGHT: 'The article says it happened at night.',
};

/** Who stated a mention, claim or event report: a person, in the ingested document, or the extractor. */
export const STATEMENT_SOURCES = ['HAND', 'AUTO'] as const;
export type StatementSource = (typeof STATEMENT_SOURCES)[number];

export const STATEMENT_SOURCE_MEANINGS: Record<StatementSource, string> = {
  HAND: 'Annotated by a person in the ingested document; relinking and re-extraction never change it.',
  AUTO: 'Found from the plain text (the linker, the claim and event extractor); relinking or re-extraction may change it.',
};

/** How a claim was stated, beyond a full direct quote. */
export const CLAIM_FLAGS = ['PARTIAL', 'INDIRECT', 'DENIAL'] as const;
export type ClaimFlag = (typeof CLAIM_FLAGS)[number];

export const CLAIM_FLAG_MEANINGS: Record<ClaimFlag, string> = {
  PARTIAL: 'Quoted fragments inside the reporter\'s own sentence ("calling the operation \u2018strategic\u2019"), not a whole utterance.',
  INDIRECT: 'Reported speech without quote marks ("X said that …", "по словам X"): the segments are the reporter\'s wording.',
  DENIAL: 'The speaker denies what the segments state ("Ukraine denies that …"): a claim about the event, never a report of it.',
};

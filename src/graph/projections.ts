/**
 * Cypher map projections shared by the repositories, so every query returns a node in the same
 * plain shape (see the *Row types). Constant text only: values always travel as parameters.
 */
/** When a node was first written and last changed (src/graph/changes.ts), as epoch milliseconds like publishedAt. */
const STAMPS = (v: string): string => `ingestedAt: ${v}.ingestedAt.epochMillis, updatedAt: ${v}.updatedAt.epochMillis`;

export const ENTITY = (v: string): string =>
  `${v} { .*, label: [l IN labels(${v}) WHERE l <> 'Entity'][0], extracted: coalesce(${v}.source = 'AUTO', false), ${STAMPS(v)} }`;

/** publishedAt as epoch milliseconds: the driver decodes a DateTime several times slower than a number. */
export const ARTICLE = (v: string): string =>
  `${v} { .id, .title, .outlet, .url, .language, publishedAt: ${v}.publishedAt.epochMillis, .contentHash, label: 'Article', ${STAMPS(v)} }`;

export const MENTION = (v: string): string =>
  `${v} { .id, .text, .start, .end, .score, .evidence, label: 'Mention', source: coalesce(${v}.source, 'HAND'), field: coalesce(${v}.field, 'TEXT'),
     articleId: [(a:Article)-[:HAS_MENTION]->(${v}) | a.id][0],
     entityKey: [(${v})-[:REFERS_TO]->(e:Entity) | e.id][0],
     candidates: [(${v})-[c:CANDIDATE]->(e:Entity) | { entityKey: e.id, score: c.score }] }`;

export const CLAIM = (v: string): string =>
  `${v} { .id, .quote, .anonymous, .speakerDescription, .speakerRole, .viaDescription, .score, .evidence, .extractor, label: 'Claim',
     source: coalesce(${v}.source, 'HAND'), flags: coalesce(${v}.flags, []),
     segments: [i IN range(0, size(${v}.segmentStarts) - 1) |
       { start: ${v}.segmentStarts[i], end: ${v}.segmentEnds[i], text: ${v}.segmentTexts[i] }],
     articleId: [(a:Article)-[:HAS_CLAIM]->(${v}) | a.id][0],
     speakerKey: [(${v})-[:SAID_BY]->(s:Entity) | s.id][0],
     affiliationKey: [(${v})-[:SPEAKER_AFFILIATION]->(s:Entity) | s.id][0],
     viaKey: [(${v})-[:VIA]->(s:Entity) | s.id][0],
     about: [(${v})-[:ABOUT]->(x) | { id: x.id, isEvent: x:Event }],
     madeAtKey: [(${v})-[:MADE_AT]->(e:Event) | e.id][0], ${STAMPS(v)} }`;

export const EVENT = (v: string): string =>
  `${v} { .id, .type, .timeText, .year, .month, .day, .partOfDay, .startsAt, label: 'Event',
     // An event no article dates has no time properties at all.
     precision: coalesce(${v}.precision, 'UNKNOWN'), yearInferred: coalesce(${v}.yearInferred, false),
     placeKey: [(${v})-[:AT]->(p:Place) | p.id][0], name: ${v}.name, description: ${v}.description,
     duringKey: [(${v})-[:DURING]->(d:Event) | d.id][0], ${STAMPS(v)} }`;

export const NAME = (v: string): string => `${v} { .form, .language, .script, .kind, .usedFrom, .usedUntil, .usedBy }`;

/** A relationship `r` between entities, seen from `from`: the other end is bound to `other`. */
export const RELATION = (r: string, from: string, other: string): string =>
  `{ label: 'Relation', id: ${r}.id, type: type(${r}), role: ${r}.role, articleIds: ${r}.articleIds, viewpointKey: ${from}.id, otherKey: ${other}.id,
     sources: ${r}.sources, roles: ${r}.roles,
     direction: CASE WHEN startNode(${r}) = ${from} THEN 'OUT' ELSE 'IN' END }`;

/**
 * An article's REPORTS relationship `r` (its article bound to `${r}_article`): its framing and
 * everything it states about the event. A report that gives no time has no time fields at all.
 */
export const REPORT = (r: string): string =>
  `{ articleId: ${r}_article.id, framing: ${r}.framing, start: ${r}.start, end: ${r}.end, type: ${r}.type,
     source: coalesce(${r}.source, 'HAND'), score: ${r}.score, identity: ${r}.identity, extractor: ${r}.extractor,
     framings: [i IN range(0, size(coalesce(${r}.framingTexts, [])) - 1) |
       { start: ${r}.framingStarts[i], end: ${r}.framingEnds[i], text: ${r}.framingTexts[i] }],
     placeKey: ${r}.place, participantKeys: coalesce(${r}.participants, []), roles: coalesce(${r}.roles, []),
     time: CASE WHEN ${r}.timeDetail IS NULL THEN null ELSE ${r} { .timeText, .year, .month, .day, .partOfDay, .precision, .yearInferred, .startsAt } END }`;

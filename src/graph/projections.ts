import type { RowKind, RowOfKind } from './nodes.js';

/**
 * One line of a row's projection: the Cypher of one row field for the row bound to `v` (its
 * parent row bound to `p`), and the GraphQL fields of the row's types that read it.
 */
interface ProjectionLine {
  cypher: (v: string, p: string) => string;
  for: readonly string[];
  /** Read whatever was selected: what ids, union types and cursors are made of. */
  always?: true;
  /** The stored property it reads as it is, so a map projection can name it short (`.title`). */
  property?: string;
}

type RowProjection<R> = { readonly [F in keyof R]-?: ProjectionLine };

/** A stored property, read by the GraphQL field of its name or by the fields given. */
const prop = (name: string, ...fields: string[]): ProjectionLine => ({
  cypher: (v) => `${v}.${name}`,
  for: fields.length ? fields : [name],
  property: name,
});
/** A line every projection of the row reads, listing the fields that need nothing else. */
const always = (cypher: ProjectionLine['cypher'], ...fields: string[]): ProjectionLine => ({ cypher, for: fields, always: true });
/** The id line: always read, and by the fields given (those that need nothing else of the row). */
const id = (...fields: string[]): ProjectionLine => ({ ...prop('id', ...fields), always: true });
/** A reviewer's metadata (src/graphql/review-note.ts), null unless a review mutation wrote the node. */
const review: ProjectionLine = {
  cypher: (v) =>
    `CASE WHEN ${v}.reviewedAt IS NULL THEN null ELSE { reviewedAt: ${v}.reviewedAt.epochMillis, note: ${v}.reviewNote, requestId: ${v}.reviewRequest } END`,
  for: ['review'],
};
/** When a node was first written and last changed (src/graph/changes.ts), as epoch milliseconds like publishedAt. */
const stamp = (name: 'ingestedAt' | 'updatedAt'): ProjectionLine => ({ cypher: (v) => `${v}.${name}.epochMillis`, for: [name] });
const STAMPS = { ingestedAt: stamp('ingestedAt'), updatedAt: stamp('updatedAt') };
/** An event's time: its EventTime and the label made from it. */
const TIME = ['time', 'label'];
const timeProp = (name: string): ProjectionLine => ({ ...prop(name), for: TIME });

/**
 * ROW_PROJECTIONS[kind]: every field of the kind's row (rows.ts; tsc checks none is missing),
 * the Cypher that yields it and the GraphQL fields that need it; a statement reads only the
 * lines its request's selection needs (projectionOf). A GraphQL field that needs only the row's
 * id is listed on the `id` line. tests/graph/row-projections.test.ts fails naming any GraphQL
 * field of a row's types that no line lists. Constant text only: values travel as parameters.
 */
export const ROW_PROJECTIONS: { readonly [K in RowKind]: RowProjection<RowOfKind[K]> } = {
  Entity: {
    label: always((v) => `[l IN labels(${v}) WHERE l <> 'Entity'][0]`),
    id: id(
      ...['id', 'names', 'mentions', 'claimsAbout', 'claimsBy', 'claimsBySpeaker', 'coMentions', 'contested', 'events'],
      ...['framingByOutlet', 'nameAt', 'nameUsage', 'relations', 'timeline'],
    ),
    kind: prop('kind'),
    name: prop('name'),
    description: prop('description'),
    extracted: { cypher: (v) => `coalesce(${v}.source = 'AUTO', false)`, for: ['extracted'] },
    wikidata: prop('wikidata', 'externalIds'),
    geonames: prop('geonames', 'externalIds'),
    country: prop('country'),
    adminArea: prop('adminArea'),
    latitude: prop('latitude'),
    longitude: prop('longitude'),
    population: prop('population'),
    featureClass: prop('featureClass'),
    featureCode: prop('featureCode'),
    ...STAMPS,
  },
  Article: {
    label: always(() => `'Article'`),
    id: id('id', 'text', 'mentions', 'claims', 'events'),
    title: prop('title'),
    outlet: prop('outlet'),
    url: prop('url'),
    language: prop('language'),
    // Epoch milliseconds: the driver decodes a DateTime several times slower than a number.
    publishedAt: { cypher: (v) => `${v}.publishedAt.epochMillis`, for: ['publishedAt'] },
    contentHash: prop('contentHash'),
    ...STAMPS,
  },
  Mention: {
    label: always(() => `'Mention'`),
    id: id('id'),
    text: prop('text'),
    start: prop('start'),
    end: prop('end'),
    score: prop('score'),
    evidence: prop('evidence'),
    source: { cypher: (v) => `coalesce(${v}.source, 'HAND')`, for: ['source'] },
    field: { cypher: (v) => `coalesce(${v}.field, 'TEXT')`, for: ['field'] },
    articleId: { cypher: (v) => `[(a:Article)-[:HAS_MENTION]->(${v}) | a.id][0]`, for: ['article'] },
    entityKey: { cypher: (v) => `[(${v})-[:REFERS_TO]->(e:Entity) | e.id][0]`, for: ['entity'] },
    candidates: {
      cypher: (v) => `[(${v})-[c:CANDIDATE]->(e:Entity) | { entityKey: e.id, score: c.score }]`,
      for: ['candidates'],
    },
    review,
  },
  Claim: {
    label: always(() => `'Claim'`),
    id: id('id'),
    quote: prop('quote'),
    anonymous: prop('anonymous', 'speaker'),
    speakerDescription: prop('speakerDescription', 'speaker'),
    speakerRole: prop('speakerRole', 'speaker'),
    viaDescription: prop('viaDescription', 'via'),
    score: prop('score'),
    evidence: prop('evidence'),
    extractor: prop('extractor', 'extractorVersion'),
    source: { cypher: (v) => `coalesce(${v}.source, 'HAND')`, for: ['source'] },
    flags: { cypher: (v) => `coalesce(${v}.flags, [])`, for: ['flags'] },
    segments: {
      cypher: (v) => `[i IN range(0, size(${v}.segmentStarts) - 1) |
       { start: ${v}.segmentStarts[i], end: ${v}.segmentEnds[i], text: ${v}.segmentTexts[i] }]`,
      for: ['segments'],
    },
    articleId: { cypher: (v) => `[(a:Article)-[:HAS_CLAIM]->(${v}) | a.id][0]`, for: ['article'] },
    speakerKey: { cypher: (v) => `[(${v})-[:SAID_BY]->(s:Entity) | s.id][0]`, for: ['speaker'] },
    affiliationKey: { cypher: (v) => `[(${v})-[:SPEAKER_AFFILIATION]->(s:Entity) | s.id][0]`, for: ['speaker'] },
    viaKey: { cypher: (v) => `[(${v})-[:VIA]->(s:Entity) | s.id][0]`, for: ['via'] },
    about: { cypher: (v) => `[(${v})-[:ABOUT]->(x) | { id: x.id, isEvent: x:Event }]`, for: ['about'] },
    madeAtKey: { cypher: (v) => `[(${v})-[:MADE_AT]->(e:Event) | e.id][0]`, for: ['madeAt'] },
    review,
    ...STAMPS,
  },
  Event: {
    label: always(() => `'Event'`),
    id: id(...['id', 'claimsMadeAt', 'contested', 'corroboration', 'framingByOutlet', 'includes', 'participants', 'reports']),
    type: prop('type', 'type', 'label'),
    // An event no article dates has no time properties at all.
    timeText: timeProp('timeText'),
    year: timeProp('year'),
    month: timeProp('month'),
    day: timeProp('day'),
    partOfDay: timeProp('partOfDay'),
    startsAt: timeProp('startsAt'),
    precision: { cypher: (v) => `coalesce(${v}.precision, 'UNKNOWN')`, for: TIME },
    yearInferred: { cypher: (v) => `coalesce(${v}.yearInferred, false)`, for: TIME },
    placeKey: { cypher: (v) => `[(${v})-[:AT]->(p:Place) | p.id][0]`, for: ['place', 'label'] },
    name: prop('name', 'label'),
    description: prop('description'),
    duringKey: { cypher: (v) => `[(${v})-[:DURING]->(d:Event) | d.id][0]`, for: ['during'] },
    ...STAMPS,
  },
  Name: {
    form: prop('form'),
    language: prop('language'),
    script: prop('script'),
    kind: prop('kind'),
    usedFrom: prop('usedFrom'),
    usedUntil: prop('usedUntil'),
    usedBy: prop('usedBy'),
  },
  /** A relationship `v` between entities, seen from `p`; its other end is bound to `${v}_other`. */
  Relation: {
    label: always(() => `'Relation'`),
    // What the relation's own id is made of (relation-key.ts).
    id: id('id'),
    type: always((v) => `type(${v})`, 'type'),
    viewpointKey: always((_, p) => `${p}.id`),
    otherKey: always((v) => `${v}_other.id`, 'other'),
    direction: always((v, p) => `CASE WHEN startNode(${v}) = ${p} THEN 'OUT' ELSE 'IN' END`, 'direction'),
    role: prop('role'),
    articleIds: prop('articleIds', 'articles'),
    sources: prop('sources', 'statements'),
    roles: prop('roles', 'statements'),
  },
  /** An entity's PARTICIPATED_IN relationship `v`, the entity bound to `${v}_entity`. */
  Participant: {
    entityKey: { cypher: (v) => `${v}_entity.id`, for: ['entity'] },
    role: prop('role'),
    articleIds: prop('articleIds', 'articles'),
  },
  /**
   * An article's REPORTS relationship `v` (its article bound to `${v}_article`): its framing and
   * everything it states about the event. A report that gives no time has no time fields at all.
   */
  Report: {
    articleId: always((v) => `${v}_article.id`, 'article', 'participants'),
    framing: prop('framing', 'framing', 'span'),
    start: prop('start', 'span'),
    end: prop('end', 'span'),
    type: prop('type'),
    source: { cypher: (v) => `coalesce(${v}.source, 'HAND')`, for: ['source'] },
    score: prop('score'),
    identity: prop('identity'),
    extractor: prop('extractor', 'extractorVersion'),
    framings: {
      cypher: (v) => `[i IN range(0, size(coalesce(${v}.framingTexts, [])) - 1) |
       { start: ${v}.framingStarts[i], end: ${v}.framingEnds[i], text: ${v}.framingTexts[i] }]`,
      for: ['framings'],
    },
    placeKey: prop('place', 'place'),
    participantKeys: { cypher: (v) => `coalesce(${v}.participants, [])`, for: ['participants'] },
    roles: { cypher: (v) => `coalesce(${v}.roles, [])`, for: ['participants'] },
    time: {
      cypher: (v) =>
        `CASE WHEN ${v}.timeDetail IS NULL THEN null ELSE ${v} { .timeText, .year, .month, .day, .partOfDay, .precision, .yearInferred, .startsAt } END`,
      for: ['time'],
    },
  },
};

/**
 * The map of a row of `kind` bound to `v` (parent `p`, neither null), with the lines `fields`
 * (GraphQL field names of the kind's types) need, or every line when the selection is not known;
 * but none of `omit`.
 * A map projection (`v { .id, .title, label: … }`): a property read as it is takes its short
 * form, so statements stay short (a statement over 1,400 bytes costs the driver a second write).
 */
export function projectionOf(
  kind: RowKind,
  v: string,
  fields: ReadonlySet<string> | null,
  p = '',
  /** Row fields the statement sets otherwise (the keys of the edges it follows from the row). */
  omit: readonly string[] = [],
): string {
  const lines = Object.entries(ROW_PROJECTIONS[kind] as Record<string, ProjectionLine>).filter(
    ([key, line]) => (line.always || !fields || line.for.some((field) => fields.has(field))) && !omit.includes(key),
  );
  return `${v} { ${lines.map(([key, line]) => (line.property === key ? `.${key}` : `${key}: ${line.cypher(v, p)}`)).join(', ')} }`;
}

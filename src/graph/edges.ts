import type { NodeKind, RowKind, RowOfKind } from './nodes.js';
import { DEFAULT_PAGE_SIZE } from './page.js';
import { RELATION_TYPES } from './vocabulary.js';

/**
 * One way from a row to related rows, as Cypher, and the GraphQL field that follows it.
 * `match(p, c, args)` binds `c` from the parent row bound to `p`, given the step's own arguments
 * (edgeArgs). Relationship rows also bind the node at their far end (`${c}_other`, `${c}_entity`,
 * `${c}_article`), for the edges that lead on from them. All text is constant or from the fixed
 * vocabulary: variable names come from the compiler, values travel as parameters.
 */
export interface Edge {
  to: RowKind;
  /** paged: a keyset page in id order; list: every row, in `order` when given. */
  shape: 'paged' | 'list';
  /**
   * The GraphQL field that follows it, as a path from the row's type: ['claimsBy'], or through a
   * wrapper object of the same row, ['speaker', 'entity'] (a Claim's Speaker). Edges sharing a
   * path (the union Claim.about) are each followed for the kind they lead to.
   */
  field: readonly string[];
  match: (p: string, c: string, args: Record<string, unknown>) => string;
  order?: (c: string) => string;
  /** List edges that read at most so many rows (in `order`): the limit the edge's arguments give. */
  limit?: (args: Record<string, unknown>) => number;
  /**
   * How many rows it leads to from `p`, from the node's relationship degrees (no row is read),
   * for edges whose relationship type alone says what is at the far end. Default: count the rows.
   */
  degree?: (p: string, args: Record<string, unknown>) => string | undefined;
  /** The edge's own arguments, from the field's; normalised, so equal lists share one loader. */
  args?: (fieldArgs: Record<string, unknown>) => Record<string, unknown>;
  /**
   * The field of the row it leads from that holds the id of the node at its far end
   * (Claim.article: ClaimRow.articleId). A statement that follows the edge takes the id from the
   * rows it reads (setKeys in prefetch.repository.ts), not from a projection line that would
   * expand the same relationships again.
   */
  key?: string;
}

type Shape = Edge['shape'];

/** `(p)-[:TYPE]->(c:Label)`, or `<-` for incoming, projected as the target node. */
function hop<S extends Shape, K extends NodeKind>(
  field: string | readonly string[],
  shape: S,
  direction: '->' | '<-',
  type: string,
  to: K,
  { label = to, key }: { label?: string; key?: string } = {},
): Edge & { shape: S; to: K } {
  const [left, right] = direction === '->' ? ['-', '->'] : ['<-', '-'];
  // The label is tested only where the type does not imply it: ABOUT leads to entities and events
  // alike, and a label other than the row kind's (Place) narrows it; every other type leads to
  // nodes of one kind only (as `degree` assumes), and a test of each node's labels would read them.
  const far = label !== to || type === 'ABOUT' ? `:${label}` : '';
  return {
    to,
    shape,
    field: typeof field === 'string' ? [field] : field,
    match: (p, c) => `MATCH (${p})${left}[:${type}]${right}(${c}${far})`,
    // Every relationship of these types leads to a node of the label (the ingest writes no other).
    degree: (p) => `COUNT { (${p})${left}[:${type}]${right}() }`,
    ...(key !== undefined && { key }),
  };
}

/** A relation list's types: every type when none are given; sorted, so one set is one loader. */
const relationTypes = (args: Record<string, unknown>): Record<string, unknown> => {
  const types = args['types'] as string[] | null | undefined;
  return { types: types?.length ? [...new Set(types)].sort() : [...RELATION_TYPES] };
};

/**
 * The types as literal Cypher (`AFFILIATED_WITH|PART_OF`), which the planner serves from the
 * relationship-type index, unlike a test of type(r) against a parameter. Only vocabulary words.
 */
const relationTypeList = (args: Record<string, unknown>): string => {
  const types = args['types'] as string[];
  const unknown = types.find((type) => !(RELATION_TYPES as readonly string[]).includes(type));
  if (unknown !== undefined || types.length === 0) throw new Error(`not a list of relation types: ${JSON.stringify(types)}`);
  return types.join('|');
};

/**
 * Every edge, named `<kind of row it leads from>.<name>`: the read-ahead, the loaders and their
 * statements are all derived from this table (read-ahead: src/graph/prefetch.cypher.ts).
 */
const edges = {
  'Entity.names': {
    to: 'Name',
    shape: 'list',
    field: ['names'],
    match: (p, c) => `MATCH (${p})-[:HAS_NAME]->(${c}:Name)`,
    order: (c) => `${c}.kind, ${c}.language, ${c}.form`,
  },
  'Entity.mentions': hop('mentions', 'paged', '<-', 'REFERS_TO', 'Mention'),
  'Entity.claimsBy': hop('claimsBy', 'paged', '<-', 'SAID_BY', 'Claim'),
  // About the entity, or (unless `direct`) about an event at it: "who said what about Pokrovsk"
  // includes what was said of its capture.
  'Entity.claimsAbout': {
    to: 'Claim',
    shape: 'paged',
    field: ['claimsAbout'],
    match: (p, c, args) =>
      args['direct']
        ? `MATCH (${p})<-[:ABOUT]-(${c}:Claim)`
        : `CALL (${p}) { MATCH (${p})<-[:ABOUT]-(x:Claim) RETURN x AS ${c} UNION MATCH (${p})<-[:AT]-(:Event)<-[:ABOUT]-(x:Claim) RETURN x AS ${c} }`,
    degree: (p, args) => (args['direct'] ? `COUNT { (${p})<-[:ABOUT]-() }` : undefined),
    args: (args) => ({ direct: args['direct'] === true }),
  },
  // Events it took part in (entity -PARTICIPATED_IN-> event) or that happened there (event -AT-> place).
  'Entity.events': {
    to: 'Event',
    shape: 'paged',
    field: ['events'],
    match: (p, c) => `MATCH (${p})-[:PARTICIPATED_IN|AT]-(${c}:Event) WITH DISTINCT ${p}, ${c}`,
  },
  'Entity.relations': {
    to: 'Relation',
    shape: 'paged',
    field: ['relations'],
    match: (p, c, args) => `MATCH (${p})-[${c}:${relationTypeList(args)}]-(${c}_other:Entity)`,
    degree: (p, args) => `COUNT { (${p})-[:${relationTypeList(args)}]-() }`,
    args: relationTypes,
  },
  'Article.mentions': hop('mentions', 'paged', '->', 'HAS_MENTION', 'Mention'),
  'Article.claims': hop('claims', 'paged', '->', 'HAS_CLAIM', 'Claim'),
  'Article.events': hop('events', 'paged', '->', 'REPORTS', 'Event'),
  'Mention.article': hop('article', 'list', '<-', 'HAS_MENTION', 'Article', { key: 'articleId' }),
  'Mention.entity': hop('entity', 'list', '->', 'REFERS_TO', 'Entity', { key: 'entityKey' }),
  'Mention.candidates': hop(['candidates', 'entity'], 'list', '->', 'CANDIDATE', 'Entity'),
  'Claim.article': hop('article', 'list', '<-', 'HAS_CLAIM', 'Article', { key: 'articleId' }),
  'Claim.speaker': hop(['speaker', 'entity'], 'list', '->', 'SAID_BY', 'Entity', { key: 'speakerKey' }),
  'Claim.affiliation': hop(['speaker', 'affiliation'], 'list', '->', 'SPEAKER_AFFILIATION', 'Entity', { key: 'affiliationKey' }),
  'Claim.via': hop(['via', 'entity'], 'list', '->', 'VIA', 'Entity', { key: 'viaKey' }),
  'Claim.aboutEntities': hop('about', 'list', '->', 'ABOUT', 'Entity'),
  'Claim.aboutEvents': hop('about', 'list', '->', 'ABOUT', 'Event'),
  'Claim.madeAt': hop('madeAt', 'list', '->', 'MADE_AT', 'Event', { key: 'madeAtKey' }),
  'Event.place': hop('place', 'list', '->', 'AT', 'Entity', { label: 'Place', key: 'placeKey' }),
  'Event.during': hop('during', 'list', '->', 'DURING', 'Event', { key: 'duringKey' }),
  'Event.includes': hop('includes', 'paged', '<-', 'DURING', 'Event'),
  'Event.claimsMadeAt': hop('claimsMadeAt', 'paged', '<-', 'MADE_AT', 'Claim'),
  'Event.participants': {
    to: 'Participant',
    shape: 'list',
    field: ['participants'],
    match: (p, c) => `MATCH (${p})<-[${c}:PARTICIPATED_IN]-(${c}_entity:Entity)`,
    order: (c) => `${c}_entity.id`,
  },
  'Event.reports': {
    to: 'Report',
    shape: 'list',
    field: ['reports'],
    match: (p, c) => `MATCH (${p})<-[${c}:REPORTS]-(${c}_article:Article)`,
    order: (c) => `${c}_article.id`,
    // A well-reported event has hundreds: the first ones by article id, as many as asked.
    limit: (args) => args['first'] as number,
    args: (args) => ({ first: args['first'] ?? DEFAULT_PAGE_SIZE }),
  },
  'Participant.entity': {
    to: 'Entity',
    shape: 'list',
    field: ['entity'],
    match: (p, c) => `WITH ${p}_entity AS ${c}`,
  },
  'Report.article': {
    to: 'Article',
    shape: 'list',
    field: ['article'],
    match: (p, c) => `WITH ${p}_article AS ${c}`,
  },
  'Relation.other': {
    to: 'Entity',
    shape: 'list',
    field: ['other'],
    match: (p, c) => `WITH ${p}_other AS ${c}`,
  },
  'Relation.articles': {
    to: 'Article',
    shape: 'list',
    field: ['articles'],
    // Article by article through the id index; reference (gazetteer) relations have no articles.
    match: (p, c) => `UNWIND coalesce(${p}.articleIds, []) AS ${c}_id MATCH (${c}:Article {id: ${c}_id})`,
  },
} satisfies Record<string, Edge>;

type Edges = typeof edges;
export type EdgeName = keyof Edges;
export const EDGES: Record<EdgeName, Edge> = edges;
export const EDGE_NAMES = Object.keys(edges) as EdgeName[];

/** The kind of row an edge leads from: its name's first part. */
export type EdgeFrom<E extends EdgeName> = E extends `${infer K extends RowKind}.${string}` ? K : never;
export const fromOf = (edge: EdgeName): RowKind => edge.slice(0, edge.indexOf('.')) as RowKind;

/** The row shape an edge leads to. */
export type EdgeRow<E extends EdgeName> = RowOfKind[Edges[E]['to']];

/** Edges read a page at a time (connections). */
export type PagedEdge = { [E in EdgeName]: Edges[E]['shape'] extends 'paged' ? E : never }[EdgeName];
/** Edges from a node to a whole list of rows that are not nodes themselves (names, participants, reports). */
export type RowListEdge = {
  [E in EdgeName]: Edges[E]['shape'] extends 'list'
    ? Edges[E]['to'] extends NodeKind
      ? never
      : EdgeFrom<E> extends NodeKind
        ? E
        : never
    : never;
}[EdgeName];

export const isPaged = (edge: EdgeName): edge is PagedEdge => EDGES[edge].shape === 'paged';

/** The edge arguments a field's arguments give. */
export const edgeArgs = (edge: EdgeName, fieldArgs: Record<string, unknown>): Record<string, unknown> =>
  EDGES[edge].args?.(fieldArgs) ?? {};

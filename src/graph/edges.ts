import { ARTICLE, CLAIM, ENTITY, EVENT, MENTION, NAME, RELATION, REPORT } from './projections.js';

/** The kinds of node the API serves, and what else a row can be: edges lead on from each. */
const NODE_KINDS = ['Entity', 'Article', 'Mention', 'Claim', 'Event'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
export type RowKind = NodeKind | 'Relation' | 'Name' | 'Participant' | 'Report';

/**
 * One way from a row to related rows, as Cypher. `match(p, c, arg)` binds `c` from the parent
 * row bound to `p`; `arg(name)` names the parameter holding one of the step's arguments.
 * Relationship rows also bind the node at their far end (`${c}_other`, `${c}_entity`,
 * `${c}_article`), for the edges that lead on from them. All text is constant:
 * variable names come from the compiler, values travel as parameters.
 */
export interface Edge {
  to: RowKind;
  /** paged: a keyset page in id order; list: every row, in `order` when given. */
  shape: 'paged' | 'list';
  match: (p: string, c: string, arg: (name: string) => string) => string;
  projection: (c: string, p: string) => string;
  order?: (c: string) => string;
}

export const isNodeKind = (kind: RowKind): kind is NodeKind => (NODE_KINDS as readonly string[]).includes(kind);

export const NODE_PROJECTION: Record<NodeKind, (v: string) => string> = {
  Entity: ENTITY,
  Article: ARTICLE,
  Mention: MENTION,
  Claim: CLAIM,
  Event: EVENT,
};

/** `(p)-[:TYPE]->(c:Label)`, or `<-` for incoming, projected as the target node. */
function hop(shape: Edge['shape'], direction: '->' | '<-', type: string, to: NodeKind, label: string = to): Edge {
  const [left, right] = direction === '->' ? ['-', '->'] : ['<-', '-'];
  return {
    to,
    shape,
    match: (p, c) => `MATCH (${p})${left}[:${type}]${right}(${c}:${label})`,
    projection: NODE_PROJECTION[to],
  };
}

/** Every edge, named `<kind of row it leads from>.<name>`. */
const edges = {
  'Entity.names': {
    to: 'Name',
    shape: 'list',
    match: (p, c) => `MATCH (${p})-[:HAS_NAME]->(${c}:Name)`,
    projection: NAME,
    order: (c) => `${c}.kind, ${c}.language, ${c}.form`,
  },
  'Entity.mentions': hop('paged', '<-', 'REFERS_TO', 'Mention'),
  'Entity.claimsBy': hop('paged', '<-', 'SAID_BY', 'Claim'),
  'Entity.claimsAbout': hop('paged', '<-', 'ABOUT', 'Claim'),
  // Events it took part in (entity -PARTICIPATED_IN-> event) or that happened there (event -AT-> place).
  'Entity.events': {
    to: 'Event',
    shape: 'paged',
    match: (p, c) => `MATCH (${p})-[:PARTICIPATED_IN|AT]-(${c}:Event) WITH DISTINCT ${p}, ${c}`,
    projection: EVENT,
  },
  'Entity.relations': {
    to: 'Relation',
    shape: 'paged',
    match: (p, c, arg) => `MATCH (${p})-[${c}]-(${c}_other:Entity) WHERE type(${c}) IN ${arg('types')}`,
    projection: (c, p) => RELATION(c, p, `${c}_other`),
  },
  'Article.mentions': hop('paged', '->', 'HAS_MENTION', 'Mention'),
  'Article.claims': hop('paged', '->', 'HAS_CLAIM', 'Claim'),
  'Article.events': hop('paged', '->', 'REPORTS', 'Event'),
  'Mention.article': hop('list', '<-', 'HAS_MENTION', 'Article'),
  'Mention.entity': hop('list', '->', 'REFERS_TO', 'Entity'),
  'Mention.candidates': hop('list', '->', 'CANDIDATE', 'Entity'),
  'Claim.article': hop('list', '<-', 'HAS_CLAIM', 'Article'),
  'Claim.speaker': hop('list', '->', 'SAID_BY', 'Entity'),
  'Claim.affiliation': hop('list', '->', 'SPEAKER_AFFILIATION', 'Entity'),
  'Claim.via': hop('list', '->', 'VIA', 'Entity'),
  'Claim.aboutEntities': hop('list', '->', 'ABOUT', 'Entity'),
  'Claim.aboutEvents': hop('list', '->', 'ABOUT', 'Event'),
  'Event.place': hop('list', '->', 'AT', 'Entity', 'Place'),
  'Event.participants': {
    to: 'Participant',
    shape: 'list',
    match: (p, c) => `MATCH (${p})<-[${c}:PARTICIPATED_IN]-(${c}_entity:Entity)`,
    projection: (c) => `{ entityKey: ${c}_entity.id, role: ${c}.role, articleIds: ${c}.articleIds }`,
    order: (c) => `${c}_entity.id`,
  },
  'Event.reports': {
    to: 'Report',
    shape: 'list',
    match: (p, c) => `MATCH (${p})<-[${c}:REPORTS]-(${c}_article:Article)`,
    projection: REPORT,
    order: (c) => `${c}_article.id`,
  },
  'Participant.entity': { to: 'Entity', shape: 'list', match: (p, c) => `WITH ${p}_entity AS ${c}`, projection: ENTITY },
  'Report.article': { to: 'Article', shape: 'list', match: (p, c) => `WITH ${p}_article AS ${c}`, projection: ARTICLE },
  'Relation.other': {
    to: 'Entity',
    shape: 'list',
    match: (p, c) => `WITH ${p}_other AS ${c}`,
    projection: ENTITY,
  },
  'Relation.articles': {
    to: 'Article',
    shape: 'list',
    // Article by article through the id index; reference (gazetteer) relations have no articles.
    match: (p, c) => `UNWIND coalesce(${p}.articleIds, []) AS ${c}_id MATCH (${c}:Article {id: ${c}_id})`,
    projection: ARTICLE,
  },
} satisfies Record<string, Edge>;

export type EdgeName = keyof typeof edges;
export const EDGES: Record<EdgeName, Edge> = edges;

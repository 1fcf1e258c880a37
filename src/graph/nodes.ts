import { entityByKey } from './by-keys.js';
import type { ArticleRow, ClaimRow, EntityRow, EventRow, MentionRow, NameRow, ParticipantRow, RelationRow, ReportRow } from './rows.js';

/** How the API reads one kind of node: by key, in its row shape, and which GraphQL types show it. */
interface NodeType {
  /** The labels its nodes carry besides the kind's own, one of which each id names (global-id.ts). */
  labels: readonly string[];
  /** Binds `v` to the node stored under each `key` of an UNWIND $keys AS key. */
  byKey: (v: string) => string;
  graphqlTypes: readonly string[];
}

const byId = (label: string) => (v: string) => `MATCH (${v}:${label} {id: key})`;

/**
 * Every kind of node the API serves, once: adding a kind here (and its row type below) is what
 * makes the read-ahead, the loaders and node(id) know it.
 */
export const NODE_TYPES = {
  // An entity's key may be a merged one: it answers as the entity it was merged into.
  Entity: {
    labels: ['Person', 'Place', 'Organization'],
    byKey: (v) => `WITH key, ${entityByKey('key')} AS ${v} WHERE ${v} IS NOT NULL`,
    graphqlTypes: ['Entity', 'Person', 'Place', 'Organization'],
  },
  Article: { labels: ['Article'], byKey: byId('Article'), graphqlTypes: ['Article'] },
  Mention: { labels: ['Mention'], byKey: byId('Mention'), graphqlTypes: ['Mention'] },
  Claim: { labels: ['Claim'], byKey: byId('Claim'), graphqlTypes: ['Claim'] },
  Event: { labels: ['Event'], byKey: byId('Event'), graphqlTypes: ['Event'] },
} as const satisfies Record<string, NodeType>;

export type NodeKind = keyof typeof NODE_TYPES;
export const NODE_KINDS = Object.keys(NODE_TYPES) as NodeKind[];
/** The label an id names: a kind's own (Article) or, for entities, which kind of entity (Place). */
export type NodeLabel = (typeof NODE_TYPES)[NodeKind]['labels'][number];

/** Rows that are not nodes but lead on to them (a relation, a participant, a report), by their GraphQL types. */
const OTHER_ROW_TYPES = {
  Relation: ['Relation'],
  Name: ['NameForm'],
  Participant: ['Participant'],
  Report: ['EventReport'],
} satisfies Record<string, readonly string[]>;

export type RowKind = NodeKind | keyof typeof OTHER_ROW_TYPES;

/** The row shape of each kind (rows.ts), so what an edge leads to is typed from the edge. */
export interface RowOfKind {
  Entity: EntityRow;
  Article: ArticleRow;
  Mention: MentionRow;
  Claim: ClaimRow;
  Event: EventRow;
  Relation: RelationRow;
  Name: NameRow;
  Participant: ParticipantRow;
  Report: ReportRow;
}

export const isNodeKind = (kind: RowKind): kind is NodeKind => kind in NODE_TYPES;

/** The GraphQL types whose objects are rows of `kind`. */
export const graphqlTypesOf = (kind: RowKind): readonly string[] =>
  isNodeKind(kind) ? NODE_TYPES[kind].graphqlTypes : OTHER_ROW_TYPES[kind];

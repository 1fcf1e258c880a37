import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';

import { EDGES, type EdgeName, type RowKind } from '../graph/edges.js';
import { pageRequest } from '../graph/page.js';
import type { PlanStep } from '../graph/prefetch.cypher.js';
import { RELATION_TYPES } from '../graph/vocabulary.js';

/** GraphQL types whose objects are rows of a kind. */
const KIND_OF_TYPE: Record<string, RowKind> = {
  Entity: 'Entity',
  Person: 'Entity',
  Place: 'Entity',
  Organization: 'Entity',
  Article: 'Article',
  Mention: 'Mention',
  Claim: 'Claim',
  Event: 'Event',
  Relation: 'Relation',
  Participant: 'Participant',
  EventReport: 'Report',
};

/**
 * How a field leads on from its row: along an edge (to a list, a single node or a connection);
 * into a wrapper object of the same row (a claim's Speaker), read with that type's rules; or,
 * for a union, along the edge of each kind selected.
 */
type Rule =
  | { edge: EdgeName; args?: (args: Record<string, unknown>) => Record<string, unknown> }
  | { within: string }
  | { byKind: Partial<Record<RowKind, EdgeName>> };

const RULES: Record<string, Record<string, Rule>> = {
  Entity: {
    names: { edge: 'Entity.names' },
    mentions: { edge: 'Entity.mentions' },
    claimsBy: { edge: 'Entity.claimsBy' },
    claimsAbout: { edge: 'Entity.claimsAbout' },
    events: { edge: 'Entity.events' },
    relations: {
      edge: 'Entity.relations',
      args: (args) => ({ types: (args['types'] as string[] | null)?.length ? args['types'] : RELATION_TYPES }),
    },
  },
  Article: { mentions: { edge: 'Article.mentions' }, claims: { edge: 'Article.claims' }, events: { edge: 'Article.events' } },
  Mention: { article: { edge: 'Mention.article' }, entity: { edge: 'Mention.entity' }, candidates: { within: 'MentionCandidate' } },
  MentionCandidate: { entity: { edge: 'Mention.candidates' } },
  Claim: {
    article: { edge: 'Claim.article' },
    speaker: { within: 'Speaker' },
    via: { within: 'ClaimChannel' },
    about: { byKind: { Entity: 'Claim.aboutEntities', Event: 'Claim.aboutEvents' } },
  },
  Speaker: { entity: { edge: 'Claim.speaker' }, affiliation: { edge: 'Claim.affiliation' } },
  ClaimChannel: { entity: { edge: 'Claim.via' } },
  Event: { place: { edge: 'Event.place' }, participants: { edge: 'Event.participants' }, reports: { edge: 'Event.reports' } },
  Participant: { entity: { edge: 'Participant.entity' } },
  Report: { article: { edge: 'Report.article' } },
  Relation: { other: { edge: 'Relation.other' }, articles: { edge: 'Relation.articles' } },
};

const typesOf = (kind: RowKind): string[] => Object.keys(KIND_OF_TYPE).filter((type) => KIND_OF_TYPE[type] === kind);

/** The selected fields of the given types, by alias; a field asked through several fragments counts once. */
function fieldsOf(selection: FieldsByTypeName, types: string[]): ResolveTree[] {
  const byAlias = new Map<string, ResolveTree>();
  for (const type of types) {
    for (const field of Object.values(selection[type] ?? {})) if (!byAlias.has(field.alias)) byAlias.set(field.alias, field);
  }
  return [...byAlias.values()];
}

/** What a field's selection asks of rows of `kind`: one plan step per edge it follows. */
export function planFor(selection: FieldsByTypeName, kind: RowKind): PlanStep[] {
  return stepsWithin(selection, typesOf(kind), RULES[kind] ?? {});
}

function stepsWithin(selection: FieldsByTypeName, types: string[], rules: Record<string, Rule>): PlanStep[] {
  return fieldsOf(selection, types).flatMap((field) => {
    const rule = rules[field.name];
    if (!rule) return [];
    if ('within' in rule) return stepsWithin(field.fieldsByTypeName, [rule.within], RULES[rule.within]!);
    if ('byKind' in rule) return Object.values(rule.byKind).flatMap((edge) => stepAlong(edge, field));
    return stepAlong(rule.edge, field, rule.args?.(field.args));
  });
}

function stepAlong(name: EdgeName, field: ResolveTree, args: Record<string, unknown> = {}): PlanStep[] {
  const edge = EDGES[name];
  if (edge.shape === 'list') return [{ edge: name, page: null, count: false, args, then: planFor(field.fieldsByTypeName, edge.to) }];
  let page;
  try {
    page = pageRequest(field.args['first'] as number | null, field.args['after'] as string | null);
  } catch {
    return []; // left to the field's resolver, which reports the bad argument
  }
  const { nodes, count } = connectionParts(field);
  return [{ edge: name, page: { after: page.after, limit: page.first + 1 }, count, args, then: planFor(nodes, edge.to) }];
}

/** A connection's node selection (under edges { node }) and whether it asks for totalCount. */
function connectionParts(connection: ResolveTree): { nodes: FieldsByTypeName; count: boolean } {
  const nodes: FieldsByTypeName = {};
  let count = false;
  for (const field of Object.values(connection.fieldsByTypeName).flatMap((fields) => Object.values(fields))) {
    if (field.name === 'totalCount') count = true;
    if (field.name !== 'edges') continue;
    for (const edgeFields of Object.values(field.fieldsByTypeName)) {
      for (const node of Object.values(edgeFields).filter((f) => f.name === 'node')) mergeInto(nodes, node.fieldsByTypeName);
    }
  }
  return { nodes, count };
}

function mergeInto(target: FieldsByTypeName, source: FieldsByTypeName): void {
  for (const [type, fields] of Object.entries(source)) target[type] = { ...fields, ...target[type] };
}

/** The selection under the field being resolved, as a tree. */
export function selectionOf(info: GraphQLResolveInfo): ResolveTree {
  return parseResolveInfo(info) as ResolveTree;
}

/** The node selection of a connection-typed field being resolved. */
export const connectionNodesOf = (info: GraphQLResolveInfo): FieldsByTypeName => connectionParts(selectionOf(info)).nodes;

import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';

import { EDGE_NAMES, EDGES, edgeArgs, fromOf, type EdgeName } from '../graph/edges.js';
import { graphqlTypesOf, type RowKind } from '../graph/nodes.js';
import { isPageSize, pageRequest } from '../graph/page.js';
import type { PlanStep } from '../graph/prefetch.cypher.js';

/** The edges leading from each kind of row, as EDGES lists them. */
const edgesFrom = (kind: RowKind): EdgeName[] => EDGE_NAMES.filter((edge) => fromOf(edge) === kind);

/** The selected fields of the given types, by alias; a field asked through several fragments counts once. */
function fieldsOf(selection: FieldsByTypeName, types: readonly string[]): ResolveTree[] {
  const byAlias = new Map<string, ResolveTree>();
  for (const type of types) {
    for (const field of Object.values(selection[type] ?? {})) if (!byAlias.has(field.alias)) byAlias.set(field.alias, field);
  }
  return [...byAlias.values()];
}

/** What a field's selection asks of rows of `kind`: one plan step per edge it follows. */
export function planFor(selection: FieldsByTypeName, kind: RowKind): PlanStep[] {
  return stepsAt(fieldsOf(selection, graphqlTypesOf(kind)), edgesFrom(kind), 0);
}

/**
 * The steps for the edges whose field path (Edge.field) continues with one of `fields` at
 * `depth`: a path that goes on leads into a wrapper object (a claim's Speaker), whose own
 * fields are matched next; a path that ends there is followed.
 */
function stepsAt(fields: ResolveTree[], edges: EdgeName[], depth: number): PlanStep[] {
  return fields.flatMap((field) => {
    const along = edges.filter((edge) => EDGES[edge].field[depth] === field.name);
    const ending = along.filter((edge) => EDGES[edge].field.length === depth + 1);
    const going = along.filter((edge) => EDGES[edge].field.length > depth + 1);
    const within = going.length ? stepsAt(fieldsOf(field.fieldsByTypeName, Object.keys(field.fieldsByTypeName)), going, depth + 1) : [];
    return [...ending.flatMap((edge) => stepAlong(edge, field)), ...within];
  });
}

function stepAlong(name: EdgeName, field: ResolveTree): PlanStep[] {
  const edge = EDGES[name];
  const args = edgeArgs(name, field.args);
  if (edge.shape === 'list') {
    // A bad limit is left to the field's resolver, which reports it.
    if (edge.limit && !isPageSize(edge.limit(args))) return [];
    return [{ edge: name, page: null, rows: true, count: false, args, then: planFor(field.fieldsByTypeName, edge.to) }];
  }
  let page;
  try {
    page = pageRequest(field.args['first'] as number | null, field.args['after'] as string | null);
  } catch {
    return []; // left to the field's resolver, which reports the bad argument
  }
  const { nodes, count } = connectionParts(field);
  return [{ edge: name, page: { after: page.after, limit: page.first + 1 }, rows: true, count, args, then: planFor(nodes, edge.to) }];
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

import DataLoader from 'dataloader';

import { pagedChildren, type ChildRequest, type PagedChildren } from './children.js';
import { edgeArgs, fromOf, type EdgeName, type EdgeRow, type PagedEdge, type RowListEdge } from './edges.js';
import { NODE_KINDS, type NodeKind, type RowOfKind } from './nodes.js';
import type { FetchedRow, PlanStep } from './prefetch.cypher.js';
import type { PrefetchRepository } from './prefetch.repository.js';

/** One loader per node kind: a node by key (an entity's key may be a merged one). */
export type NodeLoaders = { [K in NodeKind]: DataLoader<string, RowOfKind[K] | null> };

/**
 * A request's readers of nodes and edges, all derived from NODE_TYPES and EDGES: a loader runs
 * the read-ahead compiler's statement for one step over every parent asked for, so a field the
 * read-ahead did not cover reads exactly what the read-ahead would have read.
 */
export interface EdgeLoaders {
  nodes: NodeLoaders;
  /** A connection's pages along a paged edge, one loader per set of edge arguments (edgeArgs). */
  pages<E extends PagedEdge>(edge: E, args: Record<string, unknown>): PagedChildren<EdgeRow<E>>;
  /**
   * The list along an edge to rows that are not nodes (names, participants, reports): whole, or
   * as many as the field's arguments allow (Event.reports), one loader per set of edge arguments.
   */
  lists<E extends RowListEdge>(edge: E, args?: Record<string, unknown>): DataLoader<string, EdgeRow<E>[]>;
}

type StepPart = Pick<PlanStep, 'page' | 'rows' | 'count'>;

export function edgeLoaders(repository: PrefetchRepository): EdgeLoaders {
  /** One step along `edge` from each parent, as the compiler reads it beneath a row. */
  const along = (edge: EdgeName, parents: readonly string[], args: Record<string, unknown>, part: StepPart) =>
    repository.fetch(fromOf(edge) as NodeKind, parents, [{ edge, args, then: [], ...part }], false);
  const rowsAlong = async <T>(edge: EdgeName, parents: readonly string[], args: Record<string, unknown>, part: StepPart) => {
    const fetched = await along(edge, parents, args, part);
    return new Map([...fetched].map(([parent, row]) => [parent, (row['s0'] as FetchedRow[]).map((child) => child.node as T)]));
  };

  const nodes = Object.fromEntries(
    NODE_KINDS.map((kind) => [
      kind,
      new DataLoader<string, unknown>(async (keys) => {
        const fetched = await repository.fetch(kind, keys, [], true);
        return keys.map((key) => fetched.get(key)?.node ?? null);
      }),
    ]),
  ) as unknown as NodeLoaders;

  const pages = new Map<string, PagedChildren<{ id: string }>>();
  const lists = new Map<string, DataLoader<string, unknown[]>>();
  return {
    nodes,
    pages<E extends PagedEdge>(edge: E, args: Record<string, unknown>) {
      const id = JSON.stringify([edge, args]);
      if (!pages.has(id)) {
        // pagedChildren batches parents that ask for the same start and size: one field under many parents.
        const fetch = (requests: ChildRequest[], limit: number) =>
          rowsAlong<{ id: string }>(
            edge,
            requests.map((r) => r.parent),
            args,
            { page: { after: requests[0]!.after, limit }, rows: true, count: false },
          );
        const count = async (parents: readonly string[]) => {
          const fetched = await along(edge, parents, args, { page: null, rows: false, count: true });
          return new Map([...fetched].map(([parent, row]) => [parent, row['n0'] as number]));
        };
        pages.set(id, pagedChildren(fetch, count));
      }
      return pages.get(id)! as unknown as PagedChildren<EdgeRow<E>>;
    },
    lists<E extends RowListEdge>(edge: E, fieldArgs: Record<string, unknown> = {}) {
      const args = edgeArgs(edge, fieldArgs);
      const id = JSON.stringify([edge, args]);
      if (!lists.has(id)) {
        const loader = new DataLoader<string, unknown[]>(async (parents) => {
          const fetched = await rowsAlong<unknown>(edge, parents, args, { page: null, rows: true, count: false });
          return parents.map((parent) => fetched.get(parent) ?? []);
        });
        lists.set(id, loader);
      }
      return lists.get(id)! as DataLoader<string, EdgeRow<E>[]>;
    },
  };
}

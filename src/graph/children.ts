import DataLoader from 'dataloader';

import type { Cypher, Params, Row } from '../db/graph-db.js';
import { toPage, type Page, type PageRequest, type SortKey } from './page.js';

/** One parent's page request inside a batch: rows after the sort key `after` (by default [id]). */
export interface ChildRequest {
  parent: string;
  after: SortKey | null;
}

/**
 * Runs a child-list query for many parents in one round trip. The query receives $requests
 * ([{parent, after}]) and $limit and returns rows {parent, node}, at most $limit per parent.
 */
export async function fetchChildren<T>(
  db: Cypher,
  cypher: string,
  requests: ChildRequest[],
  limit: number,
  params: Params = {},
): Promise<Map<string, T[]>> {
  const rows = await db.read(cypher, { ...params, requests, limit });
  const byParent = new Map<string, T[]>();
  for (const row of rows) {
    const parent = row['parent'] as string;
    byParent.set(parent, [...(byParent.get(parent) ?? []), row['node'] as T]);
  }
  return byParent;
}

/** Runs a count query for many parents: it receives $parents and returns rows {parent, count}. */
export async function countChildren(
  db: Cypher,
  cypher: string,
  parents: readonly string[],
  params: Params = {},
): Promise<Map<string, number>> {
  const rows = await db.read(cypher, { ...params, parents });
  return new Map(rows.map((row) => [row['parent'] as string, row['count'] as number]));
}

/** Groups rows {key, …} by key, keeping their order, for batched per-parent answers. */
export function groupByKey<T>(rows: Row[], toValue: (row: Row) => T): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = row['key'] as string;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(toValue(row));
  }
  return groups;
}

type FetchChildren<T> = (requests: ChildRequest[], limit: number) => Promise<Map<string, T[]>>;
type CountChildren = (parents: readonly string[]) => Promise<Map<string, number>>;

/** The cache key of one parent's page: its parent, where it starts, and how many rows it fetches. */
const pageKey = (parent: string, after: SortKey | null, limit: number): string => JSON.stringify({ parent, after, limit });

/**
 * A per-request loader of paginated child lists: every `mentions(first: 5)` under 50 entities
 * becomes one query (one per distinct page size and start), and totalCount one more when selected.
 * `prime` stores a page read ahead (see src/graphql/prefetch.ts), so no query runs for it.
 */
export function pagedChildren<T extends { id: string }>(
  fetch: FetchChildren<T>,
  count: CountChildren,
  sortKey: (row: T) => SortKey = (row) => [row.id],
) {
  const pages = new DataLoader<string, T[]>(async (keys) => {
    const requests = keys.map((key) => JSON.parse(key) as ChildRequest & { limit: number });
    const results = new Map<string, T[]>();
    // One statement per page size and start: what one field asks under all its parents.
    const batches = new Map<string, typeof requests>();
    for (const r of requests) {
      const batch = JSON.stringify([r.after, r.limit]);
      batches.set(batch, [...(batches.get(batch) ?? []), r]);
    }
    for (const batch of batches.values()) {
      const limit = batch[0]!.limit;
      const rows = await fetch(
        batch.map(({ parent, after }) => ({ parent, after })),
        limit,
      );
      for (const r of batch) results.set(pageKey(r.parent, r.after, limit), rows.get(r.parent) ?? []);
    }
    return keys.map((key) => results.get(key)!);
  });
  const counts = new DataLoader<string, number>(async (parents) => {
    const byParent = await count(parents);
    return parents.map((parent) => byParent.get(parent) ?? 0);
  });

  const load = async (parent: string, request: PageRequest): Promise<Page<T>> => {
    const rows = await pages.load(pageKey(parent, request.after, request.first + 1));
    return toPage(rows, request, sortKey, () => counts.load(parent));
  };
  const prime = (parent: string, after: SortKey | null, limit: number, rows: T[], total?: number): void => {
    pages.prime(pageKey(parent, after, limit), rows);
    if (total !== undefined) counts.prime(parent, total);
  };
  return Object.assign(load, { prime });
}

/** What `pagedChildren` builds: a request's loader of one kind of child list. */
export type PagedChildren<T extends { id: string }> = ReturnType<typeof pagedChildren<T>>;

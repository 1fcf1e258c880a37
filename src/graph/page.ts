import { InputError } from '../errors.js';

/**
 * Keyset pagination shared by every list. A cursor is the sort key of the last row seen, so the
 * next page starts with an index seek, not by skipping rows: deep pages cost what the first does.
 */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export type SortKey = (string | number)[];

export interface PageRequest {
  first: number;
  /** Sort key of the last row of the previous page, or null for the first page. */
  after: SortKey | null;
}

export interface PageEdge<T> {
  cursor: string;
  node: T;
}

export interface Page<T> {
  edges: PageEdge<T>[];
  hasNextPage: boolean;
  /** Computed only when asked for: counting can cost more than the page itself. */
  totalCount: () => Promise<number>;
}

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): SortKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length > 0 && key.every((k) => typeof k === 'string' || typeof k === 'number')) {
      return key;
    }
  } catch {
    // fall through to the error below
  }
  throw new InputError(field, 'is not a cursor returned by this API');
}

/**
 * `first: 0` is allowed (Relay's spec does): an empty page whose hasNextPage still says whether
 * anything follows, since the query reads one row more than it returns.
 */
export const isPageSize = (size: number): boolean => Number.isInteger(size) && size >= 0 && size <= MAX_PAGE_SIZE;

export function pageRequest(first: number | null | undefined, after: string | null | undefined): PageRequest {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!isPageSize(size)) {
    throw new InputError('first', `must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  // An empty cursor is no cursor of this API, not a request for the first page.
  return { first: size, after: after === null || after === undefined ? null : decodeCursor(after) };
}

/** The page of a list that can hold nothing, e.g. one filtered by an id that names nothing. */
export const emptyPage = <T>(): Page<T> => ({ edges: [], hasNextPage: false, totalCount: async () => 0 });

/** Builds a page from rows fetched with LIMIT first + 1: the extra row only says there is more. */
export function toPage<T>(rows: T[], request: PageRequest, sortKey: (row: T) => SortKey, totalCount: () => Promise<number>): Page<T> {
  return {
    edges: rows.slice(0, request.first).map((node) => ({ cursor: encodeCursor(sortKey(node)), node })),
    hasNextPage: rows.length > request.first,
    totalCount,
  };
}

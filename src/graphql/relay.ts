import { ArgsType, Field, ID, Int, InterfaceType, ObjectType, type ClassType } from 'type-graphql';

import { toGlobalId, type NodeRow } from '../graph/global-id.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from '../graph/page.js';

/**
 * The GraphQL type of a row: every row the repositories return carries its type's name in
 * `label` (src/graph/projections.ts), so every interface and union resolves by it, synchronously.
 */
export const typeOfRow = (row: { label: string }): string => row.label;

/** Relay's Node: every object with an id can be fetched again with node(id). */
@InterfaceType({
  resolveType: typeOfRow,
  description: 'An object with an id that node(id) fetches again: an article, entity, mention, claim or event.',
})
export abstract class Node {
  @Field(() => ID, { description: 'Opaque and stable; node(id) fetches the object again.' })
  id!: string;
}

/** Repositories return stored keys; the API shows them as opaque ids that name the type. */
export const globalIdOf = (row: NodeRow): string => toGlobalId(row.label, row.id);

/**
 * Relay's PageInfo. Lists page forward only (keyset cursors, `first`/`after`): paging backward would
 * need every list's statement (each repository's and the read-ahead compiler's) a second time with
 * the order and the keyset test reversed. The spec lets a forward-paging server answer
 * hasPreviousPage false.
 */
@ObjectType({ description: 'Where a page stands in its list: whether more follow, and the cursor to go on from.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Always false: lists page forward only (`first`/`after`; there is no `last`/`before`).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first edge; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The last edge's cursor: pass it as `after` to get the next page; null when the page is empty.",
  })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Page size, 0–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}); with 0, only pageInfo.hasNextPage.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor from a previous page.' })
  after?: string | null;
}

/** What the fields every connection has mean: said once for the Relay connections below and for the search's own. */
export const CONNECTION_DOCS = {
  edges: "This page's items in the list's order, each with its cursor.",
  pageInfo: 'Whether more items follow, and the cursor to ask for them.',
  totalCount: 'How many items the whole list holds, over all its pages; counted (one more query) only when selected.',
  cursor: 'Opaque: pass it as `after` to get the items that follow this one.',
} as const;

/** A Relay connection type for `node`: edges with cursors, pageInfo, and totalCount on demand. */
export function Connection<T extends object>(node: ClassType<T> | object, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} result on a page, with the cursor that marks its place.` })
  class Edge {
    @Field({ description: CONNECTION_DOCS.cursor })
    cursor!: string;

    @Field(() => node, { description: 'The item itself.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} results; ask for the next with after = pageInfo.endCursor.` })
  class ConnectionType {
    @Field(() => [Edge], { description: CONNECTION_DOCS.edges })
    edges!: Edge[];

    @Field(() => PageInfo, { description: CONNECTION_DOCS.pageInfo })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: CONNECTION_DOCS.totalCount })
    totalCount!: number;
  }
  return ConnectionType;
}

/** The shape every Connection resolves from: a repository page. */
export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: page.edges[0]?.cursor ?? null,
      endCursor: page.edges.at(-1)?.cursor ?? null,
    },
    // A getter: the count query runs only when a client selects totalCount.
    get totalCount() {
      return page.totalCount();
    },
  };
}

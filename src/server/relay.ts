import { ArgsType, Field, ID, Int, InterfaceType, ObjectType, type ClassType } from 'type-graphql';

import { toGlobalId, type NodeRow } from '../graph/global-id.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from '../graph/page.js';

/** Relay's Node: every object with an id can be fetched again with node(id). */
@InterfaceType({ resolveType: (row: NodeRow) => row.label })
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
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field({ description: 'Always false: lists page forward only (`first`/`after`; there is no `last`/`before`).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first edge; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page; null when the page is empty.' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 0–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}); with 0, only pageInfo.hasNextPage.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor from a previous page.' })
  after?: string | null;
}

/** A Relay connection type for `node`: edges with cursors, pageInfo, and totalCount on demand. */
export function Connection<T extends object>(node: ClassType<T> | object, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Counted only when selected.' })
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

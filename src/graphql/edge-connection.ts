import { edgeArgs, type PagedEdge } from '../graph/edges.js';
import { pageRequest } from '../graph/page.js';
import type { Context } from './context.js';
import { toConnection } from './relay.js';

/**
 * A connection field along a paged edge: the page the root field read ahead, or one the edge's
 * loader reads for every parent at once. `args` are the field's (first, after, and the edge's own).
 */
export async function connectionAlong(
  ctx: Context,
  edge: PagedEdge,
  parent: string,
  args: { first?: number | null; after?: string | null },
  /** The edge's own arguments as the field takes them (a relation list's types). */
  fieldArgs: Record<string, unknown> = {},
) {
  const load = ctx.loaders.pages(edge, edgeArgs(edge, fieldArgs));
  return toConnection(await load(parent, pageRequest(args.first, args.after)));
}

import type DataLoader from 'dataloader';

import type { NodeKind } from '../graph/nodes.js';
import { decodeId, ifLabelled, kindOf, type NodeLabel, type NodeRow } from '../graph/global-id.js';
import type { Context } from './context.js';

const loaderOf = (ctx: Context, kind: NodeKind): DataLoader<string, NodeRow | null> => ctx.loaders.nodes[kind];

/**
 * The node stored under an id's key if it carries the id's label, else null: a forged
 * "Person:place:x" names nothing, though its key finds the place. Through the request's loaders,
 * so several ids cost one round trip per kind and the node is loaded for the fields that follow.
 */
async function nodeNamed(ctx: Context, { label, key }: { label: NodeLabel; key: string }): Promise<NodeRow | null> {
  return ifLabelled(await loaderOf(ctx, kindOf(label)).load(key), label);
}

/** What an id argument names: its key as given, and the node it names (null if none). */
export async function lookUpId(
  ctx: Context,
  id: string,
  labels: readonly NodeLabel[],
  field: string,
): Promise<{ key: string; node: NodeRow | null }> {
  const decoded = decodeId(id, labels, field);
  return { key: decoded.key, node: await nodeNamed(ctx, decoded) };
}

export interface FilterIds<F extends string> {
  /** The stored key of each id field; null for a field not given, which sets no condition. */
  keys: Record<F, string | null>;
  /** False when a given id names nothing (see nodeNamed): then nothing can match the filter. */
  allNamed: Promise<boolean>;
}

/**
 * Decodes a filter's id fields. An empty string is not "no condition" but an id that is not one,
 * and is refused. The check that each id names a node of its label runs beside the list query,
 * so it costs no time, only a round trip.
 */
export function filterIds<F extends string>(
  ctx: Context,
  filter: Partial<Record<NoInfer<F>, string | null>> | null | undefined,
  labels: Record<F, readonly NodeLabel[]>,
): FilterIds<F> {
  const fields = Object.keys(labels) as F[];
  const decoded = fields.map((field) => {
    const id = filter?.[field];
    return id === null || id === undefined ? null : decodeId(id, labels[field], `filter.${field}`);
  });
  return {
    keys: Object.fromEntries(fields.map((field, i) => [field, decoded[i]?.key ?? null])) as Record<F, string | null>,
    allNamed: Promise.all(decoded.map(async (id) => id === null || (await nodeNamed(ctx, id)) !== null)).then((named) =>
      named.every(Boolean),
    ),
  };
}

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
  /**
   * The label each id names, for the list statement to require of the node it finds: a forged
   * "Person:place:x" then matches nothing, though its key finds the place, at no round trip.
   */
  labels: Record<F, NodeLabel | null>;
}

/** Decodes a filter's id fields. An empty string is not "no condition" but an id that is not one, and is refused. */
export function filterIds<F extends string>(
  filter: Partial<Record<NoInfer<F>, string | null>> | null | undefined,
  labels: Record<F, readonly NodeLabel[]>,
): FilterIds<F> {
  const fields = Object.keys(labels) as F[];
  const decoded = fields.map((field) => {
    const id = filter?.[field];
    return id === null || id === undefined ? null : decodeId(id, labels[field], `filter.${field}`);
  });
  const byField = <T>(value: (id: (typeof decoded)[number]) => T) =>
    Object.fromEntries(fields.map((field, i) => [field, value(decoded[i])])) as Record<F, T>;
  return { keys: byField((id) => id?.key ?? null), labels: byField((id) => id?.label ?? null) };
}

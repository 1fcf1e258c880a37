import type DataLoader from 'dataloader';

import type { NodeKind } from '../graph/edges.js';
import { decodeId, ifLabelled, kindOf, type NodeLabel, type NodeRow } from '../graph/global-id.js';
import type { Context } from './context.js';

const loaderOf = (ctx: Context, kind: NodeKind): DataLoader<string, NodeRow | null> => {
  const { entity, article, mention, claim, event } = ctx.loaders;
  return { Entity: entity, Article: article, Mention: mention, Claim: claim, Event: event }[kind];
};

/**
 * What an id argument names: its key as given, and the node stored under that key if it carries
 * the id's label (else null: a forged "Person:place:x" names nothing, though its key finds the
 * place). The lookup goes through the request's loaders, so several id arguments cost one round
 * trip per kind, and the node is loaded for the fields that follow. A merged entity's key finds
 * the entity it was merged into.
 */
export async function lookUpId(ctx: Context, id: string, labels: readonly NodeLabel[], field: string): Promise<{ key: string; node: NodeRow | null }> {
  const { label, key } = decodeId(id, labels, field);
  return { key, node: ifLabelled(await loaderOf(ctx, kindOf(label)).load(key), label) };
}

/**
 * The stored keys of the nodes a filter's id fields name, `null` for a field not given (no
 * condition), or null for the whole filter when a field names nothing: then nothing matches.
 * An empty string is not "no condition" but an id that is not one, and is refused.
 */
export async function filterKeys<F extends string>(
  ctx: Context,
  filter: Partial<Record<NoInfer<F>, string | null>> | null | undefined,
  labels: Record<F, readonly NodeLabel[]>,
): Promise<Record<F, string | null> | null> {
  const fields = Object.keys(labels) as F[];
  const found = await Promise.all(
    fields.map(async (field) => {
      const id = filter?.[field];
      if (id === null || id === undefined) return { given: false, key: null };
      const { node } = await lookUpId(ctx, id, labels[field], `filter.${field}`);
      return { given: true, key: node?.id ?? null };
    }),
  );
  if (found.some(({ given, key }) => given && key === null)) return null;
  return Object.fromEntries(fields.map((field, i) => [field, found[i]!.key])) as Record<F, string | null>;
}

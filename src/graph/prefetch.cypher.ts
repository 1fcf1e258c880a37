import type { Params } from '../db/graph-db.js';
import { NODE_BY_KEY } from './by-keys.js';
import { countOf } from './child-cypher.js';
import { EDGES, NODE_PROJECTION, type EdgeName, type NodeKind } from './edges.js';
import type { SortKey } from './page.js';

/** One edge to follow from every row of the level above, and what to follow on from its rows. */
export interface PlanStep {
  edge: EdgeName;
  /** Paged edges: the page asked for; limit is one more than wanted, to tell whether more follow. */
  page: { after: SortKey | null; limit: number } | null;
  /** Also count every row the edge leads to (a connection's totalCount). */
  count: boolean;
  /** The edge's own arguments (relation types). */
  args: Record<string, unknown>;
  then: PlanStep[];
}

/** A fetched row: `node` (its projection), then for step i its rows in `s<i>` and its count in `n<i>`. */
export type FetchedRow = { node?: unknown } & Record<string, unknown>;

/**
 * Compiles a plan into one statement: each step becomes a COLLECT subquery nested in the map of
 * its parent row, so a selection of any depth is read in a single round trip. Variable and
 * parameter names are generated here; everything else is constant text from EDGES.
 */
export function compilePlan(kind: NodeKind, plan: PlanStep[], withNode: boolean): { cypher: string; params: Params } {
  const params: Params = {};
  let counter = 0;

  const rowOf = (c: string, node: string | null, steps: PlanStep[]): string => {
    const entries = node ? [`node: ${node}`] : [];
    steps.forEach((step, i) => {
      const v = `v${++counter}`;
      const arg = (name: string): string => `$${v}_${name}`;
      for (const [name, value] of Object.entries(step.args)) params[`${v}_${name}`] = value;
      entries.push(`s${i}: ${collect(step, c, v, arg)}`);
      if (step.count) entries.push(`n${i}: ${countOf(EDGES[step.edge], c, `${v}_counted`, arg)}`);
    });
    return `{ ${entries.join(', ')} }`;
  };

  const collect = (step: PlanStep, p: string, c: string, arg: (name: string) => string): string => {
    const edge = EDGES[step.edge];
    const lines = [edge.match(p, c, arg)];
    if (step.page) {
      params[`${c}_after`] = step.page.after?.[0] ?? null;
      params[`${c}_limit`] = step.page.limit;
      lines.push(`WITH * WHERE $${c}_after IS NULL OR ${c}.id > $${c}_after`, `WITH * ORDER BY ${c}.id LIMIT $${c}_limit`);
    } else if (edge.order) {
      lines.push(`WITH * ORDER BY ${edge.order(c)}`);
    }
    lines.push(`RETURN ${rowOf(c, edge.projection(c, p), step.then)}`);
    return `COLLECT {\n${lines.join('\n')}\n}`;
  };

  const cypher = `UNWIND $keys AS key
${NODE_BY_KEY[kind]('root')}
RETURN key, ${rowOf('root', withNode ? NODE_PROJECTION[kind]('root') : null, plan)} AS row`;
  return { cypher, params };
}

import type { Params } from '../db/graph-db.js';
import { EDGES, type Edge, type EdgeName } from './edges.js';
import { NODE_TYPES, type NodeKind, type RowKind } from './nodes.js';
import type { SortKey } from './page.js';
import type { SelectedFields } from './selection.js';

/** One edge to follow from every row of the level above, and what to follow on from its rows. */
export interface PlanStep {
  edge: EdgeName;
  /** Paged edges: the page asked for; limit is one more than wanted, to tell whether more follow. */
  page: { after: SortKey | null; limit: number } | null;
  /** Read the rows (false: only count them, for a loader's totalCount). */
  rows: boolean;
  /** Also count every row the edge leads to (a connection's totalCount). */
  count: boolean;
  /** The edge's own arguments (relation types). */
  args: Record<string, unknown>;
  then: PlanStep[];
}

/** A fetched row: `node` (its projection), then for step i its rows in `s<i>` and its count in `n<i>`. */
export type FetchedRow = { node?: unknown } & Record<string, unknown>;

/**
 * Compiles plans into Cypher: each step becomes a COLLECT subquery nested in the map of its
 * parent row, so a selection of any depth is read in a single round trip. Variable and
 * parameter names are generated here (v1, v2, …; never a projection's own a, e, p, r …);
 * everything else is constant text from EDGES and ROW_PROJECTIONS. Rows project what the
 * request selects of their kind (SelectedFields).
 */
class PlanCompiler {
  readonly params: Params = {};
  private counter = 0;

  constructor(private readonly selected: SelectedFields) {}

  /** The map of one row bound to `v`: its `node` (when given), then s<i> and n<i> per step. */
  row(v: string, node: string | null, steps: PlanStep[]): string {
    const entries = node ? [`node: ${node}`] : [];
    steps.forEach((step, i) => {
      const c = `v${++this.counter}`;
      if (step.rows) entries.push(`s${i}: ${this.collect(step, v, c)}`);
      if (step.count) entries.push(`n${i}: ${countOf(EDGES[step.edge], v, `${c}_counted`, step.args)}`);
    });
    return `{ ${entries.join(', ')} }`;
  }

  private collect(step: PlanStep, p: string, c: string): string {
    const edge = EDGES[step.edge];
    const lines = [edge.match(p, c, step.args)];
    // The page is cut before the rows are projected; the final ORDER BY only states the order
    // the collected list keeps (on at most a page of rows, already in that order).
    const order = step.page ? `${c}.id` : edge.order?.(c);
    if (step.page) {
      // A first page (no cursor, the usual read-ahead) says nothing of one: shorter text, one test less.
      const after = step.page.after?.[0];
      if (after != null) {
        this.params[`${c}_after`] = after;
        lines.push(`WITH * WHERE ${c}.id > $${c}_after`);
      }
      this.params[`${c}_limit`] = step.page.limit;
      lines.push(`WITH * ORDER BY ${order} LIMIT $${c}_limit`);
    } else if (edge.limit) {
      this.params[`${c}_limit`] = edge.limit(step.args);
      lines.push(`WITH * ORDER BY ${order} LIMIT $${c}_limit`);
    }
    const node = this.node(edge.to, c, step.then, p);
    lines.push(`RETURN ${this.row(c, node, step.then)}${order ? ` ORDER BY ${order}` : ''}`);
    return `COLLECT {\n${lines.join('\n')}\n}`;
  }

  /**
   * The projection of a row of `kind` bound to `v` (its parent bound to `p`), from which `steps`
   * lead on: without the keys those steps' rows give (setKeys).
   */
  node(kind: RowKind, v: string, steps: PlanStep[], p = ''): string {
    return this.selected.projection(kind, v, p, keysOf(steps));
  }
}

/** The keys the rows of `steps` give their parent row: those of the edges whose rows are read. */
const keysOf = (steps: PlanStep[]): string[] =>
  steps.flatMap((step) => {
    const key = EDGES[step.edge].key;
    return step.rows && key !== undefined ? [key] : [];
  });

/**
 * Sets on `node` (when the statement projected it) each key its plan's steps give, from the
 * first row each step read (null for none), and so on down the rows read beneath it.
 */
export function setKeys(node: Record<string, unknown> | undefined, plan: PlanStep[], fetched: FetchedRow): void {
  plan.forEach((step, i) => {
    if (!step.rows) return;
    const children = fetched[`s${i}`] as FetchedRow[];
    const key = EDGES[step.edge].key;
    if (node && key !== undefined) node[key] = (children[0]?.node as { id: string } | undefined)?.id ?? null;
    for (const child of children) setKeys(child.node as Record<string, unknown> | undefined, step.then, child);
  });
}

/** Nodes by key, each with what the plan reads beneath it (and the node itself when asked). */
export function compilePlan(
  kind: NodeKind,
  plan: PlanStep[],
  withNode: boolean,
  selected: SelectedFields,
): { cypher: string; params: Params } {
  const compiler = new PlanCompiler(selected);
  const cypher = `UNWIND $keys AS key
${NODE_TYPES[kind].byKey('root')}
RETURN key, ${compiler.row('root', withNode ? compiler.node(kind, 'root', plan) : null, plan)} AS row`;
  return { cypher, params: compiler.params };
}

export interface ListColumns {
  node: string;
  readAhead: string;
}

/**
 * For a list statement whose page rows of `kind` are bound to `root`: the projection of the row
 * (`node`), and the extra RETURN column `below` with what the plan reads beneath each row
 * (`readAhead`, empty for an empty plan).
 */
export function listColumns(kind: NodeKind, plan: PlanStep[], selected: SelectedFields): ListColumns & { params: Params } {
  const compiler = new PlanCompiler(selected);
  const node = compiler.node(kind, 'root', plan);
  if (plan.length === 0) return { node, readAhead: '', params: {} };
  return { node, readAhead: `, ${compiler.row('root', null, plan)} AS below`, params: compiler.params };
}

const countOf = (edge: Edge, p: string, c: string, args: Record<string, unknown>): string =>
  edge.degree?.(p, args) ?? `COUNT { ${edge.match(p, c, args)} RETURN 1 }`;

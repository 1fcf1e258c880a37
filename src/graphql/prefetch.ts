import type { GraphQLResolveInfo } from 'graphql';

import { EDGES, isPaged, type RowListEdge } from '../graph/edges.js';
import { isNodeKind, type NodeKind, type RowOfKind } from '../graph/nodes.js';
import type { Page } from '../graph/page.js';
import type { FetchedRow, PlanStep } from '../graph/prefetch.cypher.js';
import type { PrefetchRepository, ReadAheadPage } from '../graph/prefetch.repository.js';
import type { Loaders } from './loaders.js';
import { connectionNodesOf, planFor, selectionOf } from './selection-plan.js';

type Keyed = { id: string };

/**
 * Reads a root field's whole selection in one statement and stores what it read in the
 * request's loaders, so the field resolvers below find every list and node already loaded.
 * What the plan does not cover (analysis fields, article text) still loads through the loaders.
 */
export class Prefetcher {
  constructor(
    private readonly repository: PrefetchRepository,
    private readonly loaders: Loaders,
  ) {}

  /** A node by key, with everything selected beneath it: one round trip. */
  async node<K extends NodeKind>(kind: K, key: string, info: GraphQLResolveInfo): Promise<RowOfKind[K] | null> {
    const plan = planFor(selectionOf(info).fieldsByTypeName, kind);
    const row = (await this.repository.fetch(kind, [key], plan, true)).get(key);
    const node = (row?.node ?? null) as RowOfKind[K] | null;
    this.loaders.nodes[kind].prime(key, node as never);
    if (row && node) this.prime(node.id, plan, row);
    return node;
  }

  /**
   * A page of a root list field, with what its selection asks beneath the rows: `read` runs the
   * list's statement with the plan as its read-ahead column, and the page comes back primed.
   */
  async list<T>(kind: NodeKind, info: GraphQLResolveInfo, read: (plan: PlanStep[]) => Promise<ReadAheadPage<T>>): Promise<Page<T>> {
    const plan = planFor(connectionNodesOf(info), kind);
    const page = await read(plan);
    for (const [id, row] of page.readAhead) this.prime(id, plan, row);
    return page;
  }

  private prime(parent: string, plan: PlanStep[], row: FetchedRow): void {
    plan.forEach((step, i) => {
      const children = row[`s${i}`] as FetchedRow[];
      const nodes = children.map((child) => child.node as Keyed);
      this.primeStep(parent, step, nodes, row[`n${i}`] as number | undefined);
      children.forEach((child, j) => this.prime(nodes[j]!.id, step.then, child));
    });
  }

  private primeStep(parent: string, step: PlanStep, rows: Keyed[], total: number | undefined): void {
    const to = EDGES[step.edge].to;
    if (step.page && isPaged(step.edge)) {
      this.loaders.pages(step.edge, step.args).prime(parent, step.page.after, step.page.limit, rows as never[], total);
    } else if (isNodeKind(to)) {
      for (const node of rows) this.loaders.nodes[to].prime(node.id, node as never);
    } else {
      // A list of rows that are not nodes (names, participants, reports): the planner only
      // follows these from nodes, so the edge is a RowListEdge.
      this.loaders.lists(step.edge as RowListEdge, step.args).prime(parent, rows as never[]);
    }
  }
}

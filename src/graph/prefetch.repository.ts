import type { Cypher, Row } from '../db/graph-db.js';
import type { NodeKind } from './nodes.js';
import type { Page } from './page.js';
import { compilePlan, setKeys, type FetchedRow, type PlanStep } from './prefetch.cypher.js';
import { SelectedFields } from './selection.js';

/** Reads nodes and everything a plan asks for beneath them in one statement, projected as `selected` asks. */
export class PrefetchRepository {
  constructor(
    private readonly db: Cypher,
    private readonly selected: SelectedFields = new SelectedFields(),
  ) {}

  /** Fetched rows by the key asked for (an alias key maps to the entity it was merged into). */
  async fetch(kind: NodeKind, keys: readonly string[], plan: PlanStep[], withNode: boolean): Promise<Map<string, FetchedRow>> {
    const { cypher, params } = compilePlan(kind, plan, withNode, this.selected);
    const rows = await this.db.read(cypher, { ...params, keys });
    return new Map(
      rows.map((row) => {
        const fetched = row['row'] as FetchedRow;
        setKeys(fetched.node as Record<string, unknown> | undefined, plan, fetched);
        return [row['key'] as string, fetched];
      }),
    );
  }
}

/** What a list statement read ahead (its `below` column), by the id of each row's node. */
export type ReadAhead = Map<string, FetchedRow>;

/** What the rows of a list statement read ahead by `plan`, their keys set from it (setKeys). */
export function readAheadOf(rows: Row[], plan: PlanStep[]): ReadAhead {
  const readAhead: ReadAhead = new Map();
  for (const row of rows) {
    const [node, below] = [row['node'] as { id: string }, row['below'] as FetchedRow | undefined];
    if (!below) continue;
    setKeys(node, plan, below);
    readAhead.set(node.id, below);
  }
  return readAhead;
}

/** A page of a list, with what its statement read ahead beneath the rows. */
export type ReadAheadPage<T> = Page<T> & { readAhead: ReadAhead };

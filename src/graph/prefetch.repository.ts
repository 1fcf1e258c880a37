import type { Cypher, Row } from '../db/graph-db.js';
import type { NodeKind } from './nodes.js';
import type { Page } from './page.js';
import { compilePlan, type FetchedRow, type PlanStep } from './prefetch.cypher.js';
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
    return new Map(rows.map((row) => [row['key'] as string, row['row'] as FetchedRow]));
  }
}

/** What a list statement read ahead (its `below` column), by the id of each row's node. */
export type ReadAhead = Map<string, FetchedRow>;

export function readAheadOf(rows: Row[]): ReadAhead {
  return new Map(rows.filter((row) => row['below']).map((row) => [(row['node'] as { id: string }).id, row['below'] as FetchedRow]));
}

/** A page of a list, with what its statement read ahead beneath the rows. */
export type ReadAheadPage<T> = Page<T> & { readAhead: ReadAhead };

import type { GraphQLResolveInfo } from 'graphql';

import { EDGES, isNodeKind, type EdgeName, type NodeKind } from '../graph/edges.js';
import type { FetchedRow, PlanStep } from '../graph/prefetch.cypher.js';
import type { PrefetchRepository, ReadAhead } from '../graph/prefetch.repository.js';
import type { SortKey } from '../graph/page.js';
import type { ArticleRow, ClaimRow, EntityRow, EventRow, MentionRow, NameRow, ParticipantRow, ReportRow } from '../graph/rows.js';
import type { RelationType } from '../graph/vocabulary.js';
import type { Loaders } from './loaders.js';
import { connectionNodesOf, planFor, selectionOf } from './selection-plan.js';

type Row = { id: string };

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
  async node<T>(kind: NodeKind, key: string, info: GraphQLResolveInfo): Promise<T | null> {
    const plan = planFor(selectionOf(info).fieldsByTypeName, kind);
    const row = (await this.repository.fetch(kind, [key], plan, true)).get(key);
    const node = (row?.node ?? null) as (T & Row) | null;
    this.primeNode(kind, key, node);
    if (row && node) this.prime(node.id, plan, row);
    return node;
  }

  /** What the selection of a connection field asks beneath its nodes, for its list statement to read. */
  planBelow(kind: NodeKind, info: GraphQLResolveInfo): PlanStep[] {
    return planFor(connectionNodesOf(info), kind);
  }

  /** Stores what was read beneath a connection's nodes, by node id. */
  primeBelow(plan: PlanStep[], readAhead: ReadAhead): void {
    for (const [id, row] of readAhead) this.prime(id, plan, row);
  }

  private prime(parent: string, plan: PlanStep[], row: FetchedRow): void {
    plan.forEach((step, i) => {
      const children = row[`s${i}`] as FetchedRow[];
      const nodes = children.map((child) => child.node as Row);
      this.primeStep(parent, step, nodes, row[`n${i}`] as number | undefined);
      children.forEach((child, j) => this.prime(nodes[j]!.id, step.then, child));
    });
  }

  private primeStep(parent: string, step: PlanStep, rows: Row[], total: number | undefined): void {
    const to = EDGES[step.edge].to;
    if (step.page) {
      this.pagedLoader(step.edge, step.args).prime(parent, step.page.after, step.page.limit, rows, total);
    } else if (isNodeKind(to)) {
      for (const node of rows) this.primeNode(to, node.id, node);
    } else {
      this.primeList(step.edge, parent, rows);
    }
  }

  /** Stores a parent's list of rows that are not nodes: names, an event's participants and reports. */
  private primeList(edge: EdgeName, parent: string, rows: unknown[]): void {
    const { names, participants, reports } = this.loaders;
    if (edge === 'Entity.names') names.prime(parent, rows as NameRow[]);
    else if (edge === 'Event.participants') participants.prime(parent, rows as ParticipantRow[]);
    else if (edge === 'Event.reports') reports.prime(parent, rows as ReportRow[]);
  }

  /** Stores a node read ahead under the key it will be asked for by. */
  private primeNode(kind: NodeKind, key: string, node: unknown): void {
    const loaders = this.loaders;
    if (kind === 'Entity') loaders.entity.prime(key, node as EntityRow | null);
    else if (kind === 'Article') loaders.article.prime(key, node as ArticleRow | null);
    else if (kind === 'Mention') loaders.mention.prime(key, node as MentionRow | null);
    else if (kind === 'Claim') loaders.claim.prime(key, node as ClaimRow | null);
    else loaders.event.prime(key, node as EventRow | null);
  }

  private pagedLoader(edge: EdgeName, args: Record<string, unknown>): PagePrimable {
    const loaders = this.loaders;
    const paged: Partial<Record<EdgeName, () => PagePrimable>> = {
      'Entity.mentions': () => loaders.entityMentions,
      'Entity.claimsBy': () => loaders.claimsBy,
      'Entity.claimsAbout': () => loaders.claimsAbout,
      'Entity.events': () => loaders.entityEvents,
      'Entity.relations': () => loaders.relations(args['types'] as RelationType[]),
      'Article.mentions': () => loaders.articleMentions,
      'Article.claims': () => loaders.articleClaims,
      'Article.events': () => loaders.articleEvents,
    };
    return paged[edge]!();
  }
}

interface PagePrimable {
  prime(parent: string, after: SortKey | null, limit: number, rows: Row[], total?: number): void;
}

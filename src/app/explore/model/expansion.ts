import type { Graph, NodeKind } from './graph.js';
import { fromArticleNeighbourhood, fromClaimNeighbourhood, fromEntityNeighbourhood, fromEventNeighbourhood } from './neighbourhood.js';
import { ARTICLE_NEIGHBOURHOOD, CLAIM_NEIGHBOURHOOD, ENTITY_NEIGHBOURHOOD, EVENT_NEIGHBOURHOOD, NEIGHBOURS_PER_LIST } from './queries.js';
import type { ArticleNeighbourhood, ClaimNeighbourhood, EntityNeighbourhood, EventNeighbourhood } from './results.js';

/** What expanding a node asks the API, and how its answer becomes a graph. */
export interface Expansion {
  query: string;
  variables: Record<string, unknown>;
  read: (data: unknown) => Graph;
}

type Plan = (id: string) => Expansion;

const listsAround =
  (query: string, read: Expansion['read']): Plan =>
  (id) => ({ query, variables: { id, first: NEIGHBOURS_PER_LIST }, read });

const entity = listsAround(ENTITY_NEIGHBOURHOOD, (data) => fromEntityNeighbourhood(data as EntityNeighbourhood));

/** One row per kind, so a kind added to NODE_KINDS does not compile until it can be expanded. */
const EXPANSIONS: Record<NodeKind, Plan> = {
  Person: entity,
  Place: entity,
  Organization: entity,
  Event: listsAround(EVENT_NEIGHBOURHOOD, (data) => fromEventNeighbourhood(data as EventNeighbourhood)),
  // A claim has no lists, only its ends: ExploreClaim takes no page size.
  Claim: (id) => ({ query: CLAIM_NEIGHBOURHOOD, variables: { id }, read: (data) => fromClaimNeighbourhood(data as ClaimNeighbourhood) }),
  Article: listsAround(ARTICLE_NEIGHBOURHOOD, (data) => fromArticleNeighbourhood(data as ArticleNeighbourhood)),
};

export const expansionOf = (kind: NodeKind, id: string): Expansion => EXPANSIONS[kind](id);

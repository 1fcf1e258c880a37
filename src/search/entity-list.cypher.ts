import type { ListColumns } from '../graph/prefetch.cypher.js';

/** How an entity list may be ordered: what it sorts by, and the keyset test of a cursor's key. */
export const ENTITY_ORDERS = {
  NAME: { key: 'e.name', after: 'k > $after[0] OR (k = $after[0] AND e.id > $after[1])', order: 'k, root.id', keyType: 'string' },
  // A degree count: no mention is read.
  MENTIONS: {
    key: 'COUNT { (e)<-[:REFERS_TO]-() }',
    after: 'k < $after[0] OR (k = $after[0] AND e.id > $after[1])',
    order: 'k DESC, root.id',
    keyType: 'number',
  },
} as const;
export type EntityOrder = keyof typeof ENTITY_ORDERS;

/** Every filter is optional; a null parameter switches its condition off. */
const FILTERED = `
MATCH (e:Entity)
WHERE ($labels IS NULL OR any(label IN labels(e) WHERE label IN $labels))
  AND ($country IS NULL OR e.country = $country)
  AND ($adminArea IS NULL OR toLower(e.adminArea) = toLower($adminArea))`;

/** Keyset on (sort key, id); `columns` as for listClaims (src/claims/claim.cypher.ts). */
export const listEntities = (sort: EntityOrder, columns: ListColumns): string => {
  const { key, after, order } = ENTITY_ORDERS[sort];
  return `${FILTERED}
WITH e, ${key} AS k
WHERE $after IS NULL OR ${after}
WITH e AS root, k ORDER BY ${order} LIMIT $limit
RETURN ${columns.node} AS node, [k, root.id] AS sortKey${columns.readAhead}
ORDER BY ${order}`;
};

export const COUNT_ENTITIES = `${FILTERED}
RETURN count(e) AS count`;

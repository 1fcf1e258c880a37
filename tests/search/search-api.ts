import { toGlobalId } from '../../src/graph/global-id.js';
import type { testServer } from '../support/api.js';

/** The place ids the tests name, as the API gives them. */
export const place = (key: string): string => toGlobalId('Place', key);

export interface Hit {
  score: number;
  matchedName: { form: string };
  node: { id: string };
}

const TYPES: Record<string, string> = { types: '[EntityKind!]', country: 'String', adminArea: 'String' };

/**
 * searchEntities through the real pipeline: its hits, the round trips it cost, and any errors.
 * Only the arguments given are declared, so a query without filters is valid on any version.
 */
export async function search(api: Awaited<ReturnType<typeof testServer>>, query: string, args: Record<string, unknown> = {}) {
  const names = Object.keys(args);
  const result = await api.run(
    `query($q: String!${names.map((n) => `, $${n}: ${TYPES[n]}`).join('')}) {
      searchEntities(query: $q${names.map((n) => `, ${n}: $${n}`).join('')}, first: 10) {
        totalCount edges { score matchedName { form } node { id } } } }`,
    { q: query, ...args },
  );
  const connection = result.data?.['searchEntities'] as { totalCount: number; edges: Hit[] } | undefined;
  const hits = connection?.edges ?? [];
  return {
    hits,
    ids: hits.map((hit) => hit.node.id),
    totalCount: connection?.totalCount,
    errors: result.errors,
    queryCount: result.queryCount,
  };
}

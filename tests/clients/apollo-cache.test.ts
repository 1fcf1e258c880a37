import { readFileSync } from 'node:fs';

import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { POSSIBLE_TYPES_FILE } from '../../src/app/emit-schema.js';
import { httpServer } from '../support/api.js';
import { testDb } from '../support/graph.js';

/**
 * A relation seen from either end, through Apollo Client's normalized cache against the real
 * server: each view is its own record, so reading one end never shows the other's direction.
 */
const db = testDb();
const api = await httpServer(db);
afterAll(async () => {
  await api.stop();
  await db.close();
});

const POKROVSK = toGlobalId('Place', 'place:pokrovsk-donetsk-ua');
const DONETSK_OBLAST = toGlobalId('Place', 'place:donetsk-oblast-ua');

interface RelationView {
  id: string;
  direction: 'OUT' | 'IN';
  type: string;
  other: { id: string; name: string };
}
interface RelationsData {
  node: {
    id: string;
    name: string;
    relations: { edges: { node: RelationView }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  };
}

const RELATIONS = gql`
  query Relations($id: ID!, $after: String) {
    node(id: $id) {
      id
      ... on Entity {
        name
        relations(types: [LOCATED_IN], first: 100, after: $after) {
          edges {
            node {
              id
              type
              direction
              other {
                id
                name
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

const RELATION = gql`
  query Relation($id: ID!) {
    node(id: $id) {
      id
      ... on Relation {
        type
        direction
        other {
          id
          name
        }
      }
    }
  }
`;

const newClient = () =>
  new ApolloClient({
    link: new HttpLink({ uri: api.url }),
    cache: new InMemoryCache({ possibleTypes: JSON.parse(readFileSync(POSSIBLE_TYPES_FILE, 'utf8')) }),
  });

/** The entity's view of its LOCATED_IN relation with `other`, paging until it is found. */
async function viewFrom(client: ApolloClient, id: string, other: string): Promise<{ view: RelationView; after: string | null }> {
  for (let after: string | null = null; ;) {
    const data: RelationsData | undefined = (await client.query<RelationsData>({ query: RELATIONS, variables: { id, after } })).data;
    const view = data!.node.relations.edges.map((edge) => edge.node).find((node) => node.other.id === other);
    if (view) return { view, after };
    expect(data!.node.relations.pageInfo.hasNextPage).toBe(true);
    after = data!.node.relations.pageInfo.endCursor;
  }
}

describe('a relation in Apollo Client’s normalized cache', () => {
  it('seen from Pokrovsk and from Donetsk Oblast: two records, both read back right', async () => {
    const client = newClient();
    const fromPokrovsk = await viewFrom(client, POKROVSK, DONETSK_OBLAST);
    const fromOblast = await viewFrom(client, DONETSK_OBLAST, POKROVSK);
    expect(fromPokrovsk.view).toMatchObject({
      type: 'LOCATED_IN',
      direction: 'OUT',
      other: { id: DONETSK_OBLAST, name: 'Donetsk Oblast' },
    });
    expect(fromOblast.view).toMatchObject({ type: 'LOCATED_IN', direction: 'IN', other: { id: POKROVSK, name: 'Pokrovsk' } });
    expect(fromPokrovsk.view.id).not.toBe(fromOblast.view.id);

    // Read back from the cache after both were written: Pokrovsk's view is still its own.
    const cachedPokrovsk = client.readQuery<RelationsData>({ query: RELATIONS, variables: { id: POKROVSK, after: fromPokrovsk.after } });
    const cachedOblast = client.readQuery<RelationsData>({ query: RELATIONS, variables: { id: DONETSK_OBLAST, after: fromOblast.after } });
    expect(cachedPokrovsk!.node.relations.edges.map((e) => e.node)).toContainEqual(fromPokrovsk.view);
    expect(cachedOblast!.node.relations.edges.map((e) => e.node)).toContainEqual(fromOblast.view);
    expect(cachedPokrovsk!.node.relations.edges.every((e) => e.node.direction === 'OUT')).toBe(true);
    const records = client.cache.extract() as Record<string, object>;
    expect(records[`Relation:${fromPokrovsk.view.id}`]).toMatchObject({ direction: 'OUT' });
    expect(records[`Relation:${fromOblast.view.id}`]).toMatchObject({ direction: 'IN' });
  });

  it('node(id) fetches each view again as it was seen (a Relay refetch does the same)', async () => {
    const client = newClient();
    const { view: fromPokrovsk } = await viewFrom(client, POKROVSK, DONETSK_OBLAST);
    const { view: fromOblast } = await viewFrom(client, DONETSK_OBLAST, POKROVSK);
    for (const view of [fromPokrovsk, fromOblast]) {
      const { data } = await newClient().query<{ node: RelationView & { __typename: string } }>({
        query: RELATION,
        variables: { id: view.id },
      });
      expect(data!.node).toEqual({ __typename: 'Relation', ...view, other: { __typename: 'Place', ...view.other } });
    }
  });

  it('a relation id that names no relation is null; one that is no relation key is BAD_USER_INPUT', async () => {
    const stale = toGlobalId('Relation', 'place:pokrovsk-donetsk-ua|LOCATED_IN|IN|place:donetsk-oblast-ua');
    expect((await api.post('query($id: ID!) { node(id: $id) { id } }', { id: stale })).body).toEqual({ data: { node: null } });
    for (const key of ['place:pokrovsk-donetsk-ua|LOCATED_IN|place:donetsk-oblast-ua', 'a|NOT_A_TYPE|OUT|b', 'a|LOCATED_IN|UP|b']) {
      const { body } = await api.post('query($id: ID!) { node(id: $id) { id } }', { id: toGlobalId('Relation', key) });
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    }
  });
});

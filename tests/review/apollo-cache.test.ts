import { readFileSync } from 'node:fs';

import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { afterAll, describe, expect, it } from 'vitest';

import { POSSIBLE_TYPES_FILE } from '../../src/app/emit-schema.js';
import { toGlobalId } from '../../src/graph/global-id.js';
import { httpServer, TEST_API_KEY } from '../support/api.js';
import { testDb } from '../support/graph.js';
import { inventedSurname, reviewDesk } from './review-support.js';

/** A correction through Apollo Client against the real HTTP server: the article it returns updates the cached list in place. */
const db = testDb();
const desk = await reviewDesk(db);
const api = await httpServer(db);
const speaker = `Ostap ${inventedSurname()}`;
afterAll(async () => {
  await api.stop();
  await desk.forget([speaker]);
  await db.close();
});

const CLAIMS = gql`
  query ArticleClaims($id: ID!) {
    article(id: $id) {
      id
      claims {
        edges {
          node {
            id
            quote
            source
            speaker {
              entity {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`;
const CORRECT = gql`
  mutation CorrectClaim($claim: ID!, $speaker: ID!) {
    correctClaim(claim: $claim, correction: { speaker: $speaker }) {
      claim {
        id
        source
      }
      removed
      article {
        id
        claims {
          edges {
            node {
              id
              quote
              source
              speaker {
                entity {
                  id
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`;

describe('correctClaim through Apollo Client', () => {
  it("replaces the corrected claim in the cached article's list, with no refetch", async () => {
    const article = desk.key('test-article-apollo');
    await desk.ingest({
      id: article,
      title: 'Test material: a correction in a client cache',
      language: 'en',
      text: `TEST MATERIAL.\n\n“The bridge will reopen on Monday,” said ${speaker}, a local engineer.`,
    });
    const possibleTypes = JSON.parse(readFileSync(POSSIBLE_TYPES_FILE, 'utf8'));
    const client = new ApolloClient({
      link: new HttpLink({ uri: api.url, headers: { 'x-api-key': TEST_API_KEY } }),
      cache: new InMemoryCache({ possibleTypes }),
    });
    const variables = { id: toGlobalId('Article', article) };
    const { data } = await client.query<any>({ query: CLAIMS, variables });
    const [auto] = data.article.claims.edges.map((e: any) => e.node);
    expect(auto).toMatchObject({ source: 'AUTO', speaker: { entity: { name: speaker } } });

    const stepanyan = toGlobalId('Person', 'person:alexander-stepanyan');
    const { data: corrected } = await client.mutate<any>({ mutation: CORRECT, variables: { claim: auto.id, speaker: stepanyan } });
    expect(corrected.correctClaim.removed).toEqual([auto.id]);

    const cached = client.readQuery<any>({ query: CLAIMS, variables });
    expect(cached.article.claims.edges.map((e: any) => e.node)).toEqual([
      {
        __typename: 'Claim',
        id: corrected.correctClaim.claim.id,
        quote: auto.quote,
        source: 'HAND',
        speaker: expect.objectContaining({ entity: expect.objectContaining({ id: stepanyan }) }),
      },
    ]);
  });
});

import { CARDS, CLAIM_CARDS, ENTITY_CARD } from './fragments.js';

/**
 * The operations the explorer sends to the API, one per kind of node it can expand. Each asks for
 * the cards of the nodes around the one expanded and the spans behind every edge, so a click is
 * one request; the article's text comes only when an edge is read (ARTICLE_TEXT).
 */

/** At most this many items of each list around a node: a picture of hundreds is unreadable. */
export const NEIGHBOURS_PER_LIST = 25;
/**
 * Mentions come one per occurrence of a name, a dozen in one article, and are drawn as one edge
 * per article: so a page of them all (100, the API's largest) to reach more articles.
 */
const MENTIONS_PER_NODE = 100;

export const SEARCH = /* GraphQL */ `
  query ExploreSearch($query: String!) {
    searchEntities(query: $query, first: 10) {
      edges {
        score
        matchedName {
          form
          language
        }
        node {
          ...EntityCard
        }
      }
    }
  }
  ${ENTITY_CARD}
`;

export const ENTITY_NEIGHBOURHOOD = /* GraphQL */ `
  query ExploreEntity($id: ID!, $first: Int!) {
    node(id: $id) {
      ... on Entity {
        ...EntityCard
        relations(first: $first) {
          edges {
            node {
              id
              type
              direction
              role
              other {
                ...EntityCard
              }
              articles {
                ...ArticleCard
              }
            }
          }
        }
        events(first: $first) {
          edges {
            node {
              ...EventFull
            }
          }
        }
        claimsAbout(first: $first) {
          edges {
            node {
              ...ClaimCard
            }
          }
        }
        claimsBy(first: $first) {
          edges {
            node {
              ...ClaimCard
            }
          }
        }
        mentions(first: ${MENTIONS_PER_NODE}) {
          edges {
            node {
              id
              start
              end
              field
              article {
                ...ArticleCard
              }
            }
          }
        }
        coMentions(first: $first) {
          articles
          entity {
            ...EntityCard
          }
          examples {
            ...ArticleCard
          }
        }
      }
    }
  }
  ${CARDS}
`;

export const EVENT_NEIGHBOURHOOD = /* GraphQL */ `
  query ExploreEvent($id: ID!, $first: Int!) {
    node(id: $id) {
      ... on Event {
        ...EventFull
      }
    }
    claims(filter: { about: $id }, first: $first) {
      edges {
        node {
          ...ClaimCard
        }
      }
    }
  }
  ${CARDS}
`;

export const CLAIM_NEIGHBOURHOOD = /* GraphQL */ `
  query ExploreClaim($id: ID!) {
    node(id: $id) {
      ... on Claim {
        ...ClaimCard
      }
    }
  }
  ${CLAIM_CARDS}
`;

export const ARTICLE_NEIGHBOURHOOD = /* GraphQL */ `
  query ExploreArticle($id: ID!, $first: Int!) {
    node(id: $id) {
      ... on Article {
        ...ArticleCard
        mentions(first: ${MENTIONS_PER_NODE}) {
          edges {
            node {
              id
              start
              end
              field
              entity {
                ...EntityCard
              }
            }
          }
        }
        claims(first: $first) {
          edges {
            node {
              ...ClaimCard
            }
          }
        }
        events(first: $first) {
          edges {
            node {
              ...EventFull
            }
          }
        }
      }
    }
  }
  ${CARDS}
`;

export const ARTICLE_TEXT = /* GraphQL */ `
  query ExploreArticleText($id: ID!) {
    node(id: $id) {
      ... on Article {
        id
        title
        text
        outlet
        publishedAt
        url
      }
    }
  }
`;

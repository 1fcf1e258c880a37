/**
 * The cards the explorer's operations ask for: what a node needs to be drawn and an edge to be
 * read. GraphQL refuses a document with a fragment it does not use, so each operation takes the
 * set it spreads: ENTITY_CARD alone, CLAIM_CARDS for a claim, CARDS for the rest.
 */

export const ENTITY_CARD = /* GraphQL */ `
  fragment EntityCard on Entity {
    __typename
    id
    name
    description
    ... on Place {
      country
      adminArea
    }
  }
`;
/** A claim with its article, speaker, channel and subjects. */
export const CLAIM_CARDS = /* GraphQL */ `
  ${ENTITY_CARD}
  fragment ArticleCard on Article {
    id
    title
    publishedAt
  }
  fragment EventCard on Event {
    __typename
    id
    type
    label
    time {
      text
      startsAt
    }
    place {
      ...EntityCard
    }
  }
  fragment ClaimCard on Claim {
    id
    quote
    segments {
      start
      end
    }
    speaker {
      anonymous
      description
      entity {
        ...EntityCard
      }
    }
    via {
      description
      entity {
        ...EntityCard
      }
    }
    article {
      ...ArticleCard
    }
    madeAt {
      ...EventCard
    }
    about {
      __typename
      ... on Event {
        ...EventCard
      }
      ... on Entity {
        ...EntityCard
      }
    }
  }
`;
/** And an event with its participants and reports. */
export const CARDS = /* GraphQL */ `
  ${CLAIM_CARDS}
  fragment EventFull on Event {
    ...EventCard
    during {
      ...EventCard
    }
    participants {
      role
      entity {
        ...EntityCard
      }
      articles {
        ...ArticleCard
      }
    }
    reports {
      framing
      span {
        start
        end
      }
      article {
        ...ArticleCard
      }
    }
  }
`;

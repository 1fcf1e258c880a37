import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { GraphQLScalarType } from 'graphql';
import type { Driver } from 'neo4j-driver';

/**
 * The same graph served by @neo4j/graphql 7: one @node type per label of ours, one
 * @relationship field per relationship type and direction the five bench queries walk. It is
 * asked as its docs teach: a question about an entity starts at that entity (`entities(where: {id})`)
 * and walks its relationship fields, never a filter over every Claim or Event. What it cannot
 * express (shortest paths; relations of four types in both directions) is a @cypher field.
 */
export const PEER_TYPE_DEFS = /* GraphQL */ `
  scalar Instant
  type Participation @relationshipProperties {
    role: String
  }
  type Report @relationshipProperties {
    framing: String
    start: Int
    end: Int
  }

  type Entity @node(labels: ["Entity"]) {
    id: ID!
    kind: String!
    name: String!
    country: String
    adminArea: String
    names: [Name!]! @relationship(type: "HAS_NAME", direction: OUT)
    mentions: [Mention!]! @relationship(type: "REFERS_TO", direction: IN)
    claimsAbout: [Claim!]! @relationship(type: "ABOUT", direction: IN)
    eventsAt: [Event!]! @relationship(type: "AT", direction: IN)
    # Ours lists the four relation types in both directions with their roles, ten by id: one
    # field here, which @relationship cannot give (one type and direction each).
    relations: [PeerRelation!]!
      @cypher(
        columnName: "relation"
        statement: """
        MATCH (this)-[r:AFFILIATED_WITH|LOCATED_IN|PART_OF|SPOKE_TO]-(o)
        WITH r, o ORDER BY r.id LIMIT 10
        RETURN { type: type(r), direction: CASE WHEN startNode(r) = this THEN 'OUT' ELSE 'IN' END, role: r.role, other: o { .id, .name } } AS relation
        """
      )
  }

  type PeerRef {
    id: ID!
    name: String!
  }
  type PeerRelation {
    type: String!
    direction: String!
    role: String
    other: PeerRef!
  }

  type Name
    @node(labels: ["Name"])
    @fulltext(indexes: [{ indexName: "name_search", queryName: "namesFulltext", fields: ["form", "keys", "loose"] }]) {
    id: ID!
    form: String!
    language: String!
    kind: String!
    keys: String
    loose: String
    entity: [Entity!]! @relationship(type: "HAS_NAME", direction: IN)
  }

  type Article @node(labels: ["Article"]) {
    id: ID!
    title: String!
    outlet: String
    publishedAt: Instant
  }

  type Mention @node(labels: ["Mention"]) {
    id: ID!
    text: String!
    start: Int!
    end: Int!
    article: [Article!]! @relationship(type: "HAS_MENTION", direction: IN)
  }

  type Claim @node(labels: ["Claim"]) {
    id: ID!
    quote: String!
    segmentStarts: [Int!]
    segmentEnds: [Int!]
    segmentTexts: [String!]
    anonymous: Boolean!
    speakerDescription: String
    viaDescription: String
    article: [Article!]! @relationship(type: "HAS_CLAIM", direction: IN)
    saidBy: [Entity!]! @relationship(type: "SAID_BY", direction: OUT)
    affiliation: [Entity!]! @relationship(type: "SPEAKER_AFFILIATION", direction: OUT)
    via: [Entity!]! @relationship(type: "VIA", direction: OUT)
    aboutEntities: [Entity!]! @relationship(type: "ABOUT", direction: OUT)
  }

  type Event @node(labels: ["Event"]) {
    id: ID!
    type: String!
    startsAt: String
    precision: String
    timeText: String
    place: [Entity!]! @relationship(type: "AT", direction: OUT)
    participants: [Entity!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participation")
    reports: [Article!]! @relationship(type: "REPORTS", direction: IN, properties: "Report")
  }

  type PathHop {
    type: String!
    from: String!
    to: String!
    articles: [String!]!
  }
  type PeerPath {
    length: Int!
    hops: [PathHop!]!
  }

  type Query {
    connection(from: ID!, to: ID!): [PeerPath!]!
      @cypher(
        columnName: "path"
        statement: """
        MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
        MATCH p = allShortestPaths((from)-[:AFFILIATED_WITH|LOCATED_IN|PART_OF|SPOKE_TO|PARTICIPATED_IN|AT|SAID_BY|ABOUT*..4]-(to))
        WITH p LIMIT 3
        CALL (p) {
          UNWIND range(0, length(p) - 1) AS i
          WITH i, relationships(p)[i] AS r, nodes(p)[i] AS a, nodes(p)[i + 1] AS b
          WITH i, r, a, b, CASE WHEN a:Event OR a:Claim THEN a WHEN b:Event OR b:Claim THEN b END AS fact ORDER BY i
          RETURN collect({ type: type(r), from: a.id, to: b.id, articles: CASE WHEN r.articleIds IS NOT NULL
            THEN COLLECT { UNWIND r.articleIds AS id MATCH (x:Article {id: id}) WITH x ORDER BY x.id LIMIT 100 RETURN x.title }
            ELSE COLLECT { MATCH (x:Article)-[:REPORTS|HAS_CLAIM]->(fact) WITH x ORDER BY x.id LIMIT 100 RETURN x.title } END }) AS hops
        }
        RETURN { length: length(p), hops: hops } AS path
        """
      )
  }
`;

/** Serves the peer on a free loopback port; the driver is the bench's own, not the project's GraphDb. */
export async function servePeer(driver: Driver): Promise<{ url: string; stop: () => Promise<void> }> {
  // String range filters are opt-in; the time-range query compares ISO dates as strings, as ours does.
  const features = { filters: { String: { GTE: true, LTE: true } } };
  // Its DateTime output needs APOC, which Community lacks: a scalar of our own prints the driver's value.
  const Instant = new GraphQLScalarType({ name: 'Instant', serialize: (value) => String(value) });
  const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver, features, resolvers: { Instant } }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' }, context: async () => ({}) });
  return { url, stop: () => server.stop() };
}

import { toGlobalId, type NodeLabel } from '../src/graph/global-id.js';
import { nameQuery } from '../src/search/lucene.js';
import { AGENCIES, type BenchEntity, type Gazetteer } from './corpus/gazetteer.js';

/** One bench query as the three servers are asked it: our API, @neo4j/graphql, and hand-written Cypher. */
export interface BenchQuery {
  name: string;
  ours: string;
  peer: string;
  /** One Cypher statement returning the same data as ours: the floor. */
  floor: string;
  /** Twenty targets, asked in turn so no one plan or page stays hot. */
  variants: { ours: Record<string, unknown>; peer: Record<string, unknown>; floor: Record<string, unknown> }[];
}

const LABEL: Record<string, NodeLabel> = { PERSON: 'Person', PLACE: 'Place', ORGANIZATION: 'Organization' };
const gid = (e: BenchEntity): string => toGlobalId(LABEL[e.kind]!, e.id);
const twenty = <T>(f: (j: number) => T): T[] => Array.from({ length: 20 }, (_, j) => f(j));
const FROM = '2025-01-01';
const TO = '2025-06-30';
const PATH_NODE = 'fragment N on PathNode { __typename ... on Entity { id name } ... on Event { id type } ... on Claim { id quote } }';

/**
 * The floor of name search: the index, the best name per entity, the same ranking as ours
 * (src/search/search.cypher.ts), the popularity boost by relationship degree, and the projection
 * after LIMIT. Every floor statement follows the same rules: literal relationship types, no label
 * checks that a relationship type already implies, counts by degree, projection after LIMIT.
 */
const NAME_SEARCH_FLOOR = `CALL db.index.fulltext.queryNodes('name_search', $lucene, {limit: 1000}) YIELD node, score
MATCH (e)-[:HAS_NAME]->(node)
WITH e, node, score ORDER BY score DESC
WITH e, collect(node)[0] AS best, max(score) * (1 + 0.1 * log(1 + COUNT { (e)<-[:REFERS_TO]-() })) AS score
ORDER BY score DESC, e.id LIMIT 10
RETURN score, best { .form, .language, .kind } AS matchedName, e { .id, .name, .kind } AS node`;

/**
 * Name search for `count` names of the gazetteer in turn: a place's English form, a person's
 * Ukrainian one, a place's Russian one in Latin letters, an organization's English one.
 */
export function nameSearch(g: Gazetteer, count = 20): BenchQuery {
  const term = (j: number): string =>
    [g.places[50 + j]!.forms[0], g.people[30 + j]!.forms[1], g.places[70 + j]!.forms[3], g.orgs[AGENCIES + j]!.forms[0]][j % 4]!;
  return {
    name: 'name search',
    ours: 'query($q: String!) { searchEntities(query: $q, first: 10) { edges { score matchedName { form language kind } node { id name kind } } } }',
    peer: 'query($phrase: String!) { namesFulltext(phrase: $phrase, first: 10, sort: [{ score: DESC }]) { edges { score node { form language kind entity { id name kind } } } } }',
    floor: NAME_SEARCH_FLOOR,
    // The Lucene string ours sends for a name it knows: exact, loose and prefix keys, no fuzzy clause.
    variants: Array.from({ length: count }, (_, j) => ({
      ours: { q: term(j) },
      peer: { phrase: nameQuery(term(j), false) },
      floor: { lucene: nameQuery(term(j), false) },
    })),
  };
}

export function benchQueries(g: Gazetteer): BenchQuery[] {
  return [
    nameSearch(g),
    {
      name: 'entity, 3 levels',
      ours: `query($id: ID!) { entity(id: $id) { id name kind names { form language kind }
  relations(first: 10) { edges { node { type direction role other { id name } } } }
  mentions(first: 10) { edges { node { text start end article { id title publishedAt } } } }
  claimsAbout(first: 10, direct: true) { edges { node { quote speaker { anonymous description entity { id name } } article { id title } } } } } }`,
      peer: `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name kind names { form language kind }
  relations { type direction role other { id name } }
  mentions(limit: 10, sort: [{ id: ASC }]) { text start end article { id title publishedAt } }
  claimsAbout(limit: 10, sort: [{ id: ASC }]) { quote anonymous speakerDescription saidBy { id name } article { id title } } } }`,
      floor: `MATCH (e:Entity {id: $id})
RETURN e { .id, .name, .kind, names: [(e)-[:HAS_NAME]->(n) | n { .form, .language, .kind }],
  relations: COLLECT { MATCH (e)-[r:AFFILIATED_WITH|LOCATED_IN|PART_OF|SPOKE_TO]-(o)
    WITH r, o ORDER BY r.id LIMIT 10
    RETURN { type: type(r), direction: CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END, role: r.role, other: o { .id, .name } } },
  mentions: COLLECT { MATCH (e)<-[:REFERS_TO]-(m) WITH m ORDER BY m.id LIMIT 10
    MATCH (a)-[:HAS_MENTION]->(m) RETURN m { .text, .start, .end, article: a { .id, .title, .publishedAt } } },
  claimsAbout: COLLECT { MATCH (e)<-[:ABOUT]-(c) WITH c ORDER BY c.id LIMIT 10
    MATCH (a)-[:HAS_CLAIM]->(c)
    RETURN c { .quote, .anonymous, .speakerDescription, speaker: [(c)-[:SAID_BY]->(s) | s { .id, .name }][0], article: a { .id, .title } } }
} AS entity`,
      variants: twenty((j) => {
        const e = j % 2 ? g.places[10 + j]! : g.people[10 + j]!;
        return { ours: { id: gid(e) }, peer: { id: e.id }, floor: { id: e.id } };
      }),
    },
    {
      name: 'claims about an entity',
      ours: `query($about: ID!) { claims(filter: { about: $about }, first: 20) { edges { node { quote segments { start end text }
  speaker { anonymous description entity { id name } affiliation { id name } } via { description entity { id name } }
  article { id title outlet publishedAt } } } } }`,
      peer: `query($about: ID!) { entities(where: { id: { eq: $about } }) { claimsAbout(limit: 20, sort: [{ id: ASC }]) {
  quote segmentStarts segmentEnds segmentTexts anonymous speakerDescription viaDescription
  saidBy { id name } affiliation { id name } via { id name } article { id title outlet publishedAt } } } }`,
      floor: `MATCH (:Entity {id: $about})<-[:ABOUT]-(c)
WITH c ORDER BY c.id LIMIT 20
MATCH (a)-[:HAS_CLAIM]->(c)
RETURN c { .quote, .anonymous, .speakerDescription, .viaDescription,
  segments: [i IN range(0, size(c.segmentStarts) - 1) | { start: c.segmentStarts[i], end: c.segmentEnds[i], text: c.segmentTexts[i] }],
  speaker: [(c)-[:SAID_BY]->(s) | s { .id, .name }][0], affiliation: [(c)-[:SPEAKER_AFFILIATION]->(s) | s { .id, .name }][0],
  via: [(c)-[:VIA]->(s) | s { .id, .name }][0], article: a { .id, .title, .outlet, .publishedAt } } AS claim`,
      variants: twenty((j) => ({
        ours: { about: gid(g.places[20 + j]!) },
        peer: { about: g.places[20 + j]!.id },
        floor: { about: g.places[20 + j]!.id },
      })),
    },
    {
      name: 'events at a place in a time range',
      ours: `query($place: ID!, $from: Date!, $to: Date!) { events(filter: { place: $place, from: $from, to: $to }, first: 20) { edges { node {
  id type time { startsAt precision text } place { id name } participants { role entity { id name } } reports(first: 100) { framing article { id title } } } } } }`,
      peer: `query($place: ID!, $from: String!, $to: String!) { entities(where: { id: { eq: $place } }) {
  eventsAt(where: { startsAt: { gte: $from, lte: $to } }, sort: [{ startsAt: ASC }, { id: ASC }], limit: 20) { id type startsAt precision timeText place { id name }
  participantsConnection { edges { properties { role } node { id name } } } reportsConnection(first: 100, sort: [{ node: { id: ASC } }]) { edges { properties { framing } node { id title } } } } } }`,
      floor: `MATCH (p:Entity {id: $place})<-[:AT]-(ev)
WHERE ev.startsAt >= $from AND ev.startsAt <= $to
WITH p, ev ORDER BY ev.startsAt, ev.id LIMIT 20
RETURN ev { .id, .type, .startsAt, .precision, .timeText, place: p { .id, .name },
  participants: [(e)-[r:PARTICIPATED_IN]->(ev) | { role: r.role, entity: e { .id, .name } }],
  reports: COLLECT { MATCH (a)-[r:REPORTS]->(ev) WITH a, r ORDER BY a.id LIMIT 100 RETURN { framing: r.framing, article: a { .id, .title } } } } AS event`,
      variants: twenty((j) => ({
        ours: { place: gid(g.places[j]!), from: FROM, to: TO },
        peer: { place: g.places[j]!.id, from: FROM, to: TO },
        floor: { place: g.places[j]!.id, from: FROM, to: TO },
      })),
    },
    {
      name: 'connection between two entities',
      ours: `query($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 4, first: 3) { length hops { type from { ...N } to { ...N } articles(first: 100) { id title } } } } ${PATH_NODE}`,
      peer: 'query($from: ID!, $to: ID!) { connection(from: $from, to: $to) { length hops { type from to articles } } }',
      floor: `MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH p = allShortestPaths((from)-[:AFFILIATED_WITH|LOCATED_IN|PART_OF|SPOKE_TO|PARTICIPATED_IN|AT|SAID_BY|ABOUT*..4]-(to))
WITH p LIMIT 3
UNWIND range(0, length(p) - 1) AS i
WITH p, i, relationships(p)[i] AS r, nodes(p)[i] AS a, nodes(p)[i + 1] AS b
WITH p, i, r, a, b, CASE WHEN a:Event OR a:Claim THEN a WHEN b:Event OR b:Claim THEN b END AS fact ORDER BY i
RETURN collect({ type: type(r), from: a { .id, .name, .type, .quote }, to: b { .id, .name, .type, .quote },
  articles: CASE WHEN r.articleIds IS NOT NULL
    THEN COLLECT { UNWIND r.articleIds AS id MATCH (x:Article {id: id}) WITH x ORDER BY x.id LIMIT 100 RETURN x { .id, .title } }
    ELSE COLLECT { MATCH (x:Article)-[:REPORTS|HAS_CLAIM]->(fact) WITH x ORDER BY x.id LIMIT 100 RETURN x { .id, .title } } END }) AS hops`,
      variants: twenty((j) => {
        const [a, b] = [g.people[5 + j]!, g.places[30 + j]!];
        return { ours: { from: gid(a), to: gid(b) }, peer: { from: a.id, to: b.id }, floor: { from: a.id, to: b.id } };
      }),
    },
  ];
}

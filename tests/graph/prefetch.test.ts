import { afterAll, describe, expect, it } from 'vitest';

import { edgeLoaders } from '../../src/graph/edge-loaders.js';
import type { EdgeName, PagedEdge } from '../../src/graph/edges.js';
import { pageRequest, type Page } from '../../src/graph/page.js';
import type { FetchedRow, PlanStep } from '../../src/graph/prefetch.cypher.js';
import { PrefetchRepository } from '../../src/graph/prefetch.repository.js';
import type { ClaimRow, RelationRow } from '../../src/graph/rows.js';
import { RELATION_TYPES } from '../../src/graph/vocabulary.js';
import { testDb, uniqueKey } from '../support/graph.js';

/**
 * The read-ahead statement and the loaders are one compiler (src/graph/prefetch.cypher.ts): what
 * they read is checked here against plain Cypher written out by hand for each edge.
 */
const db = testDb();
afterAll(() => db.close());
const prefetch = new PrefetchRepository(db);

const ENTITY_KEYS = ['person:vladimir-putin', 'place:pokrovsk-donetsk-ua', 'org:tass', 'place:donetsk-oblast-ua', 'place:russia'];
const SEED_ARTICLE = 'c14c6e6254578141';

const step = (edge: EdgeName, limit: number | null, args: Record<string, unknown> = {}, then: PlanStep[] = []): PlanStep => ({
  edge,
  page: limit === null ? null : { after: null, limit },
  rows: true,
  count: limit !== null,
  args,
  then,
});
const nodes = (row: FetchedRow, i: number) => (row[`s${i}`] as FetchedRow[]).map((child) => child.node);
const idsOf = (rows: unknown[]) => rows.map((row) => (row as { id: string }).id);

/** Each paged edge's rows from parent $key, by hand. */
const BY_HAND: Record<PagedEdge, string> = {
  'Entity.mentions': 'MATCH (:Entity {id: $key})<-[:REFERS_TO]-(c:Mention)',
  'Entity.claimsBy': 'MATCH (:Entity {id: $key})<-[:SAID_BY]-(c:Claim)',
  'Entity.claimsAbout':
    'CALL { MATCH (:Entity {id: $key})<-[:ABOUT]-(x:Claim) RETURN x UNION MATCH (:Entity {id: $key})<-[:AT]-(:Event)<-[:ABOUT]-(x:Claim) RETURN x } WITH x AS c',
  'Entity.events': 'MATCH (:Entity {id: $key})-[:PARTICIPATED_IN|AT]-(c:Event) WITH DISTINCT c',
  'Entity.relations': 'MATCH (:Entity {id: $key})-[c:AFFILIATED_WITH|LOCATED_IN|PART_OF|SPOKE_TO]-(:Entity)',
  'Article.mentions': 'MATCH (:Article {id: $key})-[:HAS_MENTION]->(c:Mention)',
  'Article.claims': 'MATCH (:Article {id: $key})-[:HAS_CLAIM]->(c:Claim)',
  'Article.events': 'MATCH (:Article {id: $key})-[:REPORTS]->(c:Event)',
  'Event.includes': 'MATCH (:Event {id: $key})<-[:DURING]-(c:Event)',
  'Event.claimsMadeAt': 'MATCH (:Event {id: $key})<-[:MADE_AT]-(c:Claim)',
};
const byHand = async (edge: PagedEdge, key: string): Promise<string[]> =>
  (await db.read(`${BY_HAND[edge]} RETURN c.id AS id ORDER BY id`, { key })).map((row) => row['id'] as string);

/** Every page of a parent's list, two rows at a time, through the loader's `next` cursor. */
async function walk<T extends { id: string }>(
  load: (parent: string, request: ReturnType<typeof pageRequest>) => Promise<Page<T>>,
  key: string,
) {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await load(key, pageRequest(2, after));
    ids.push(...page.edges.map((edge) => edge.node.id));
    if (!page.hasNextPage) return { ids, total: await page.totalCount() };
    after = page.edges.at(-1)!.cursor;
  }
}

const SEED_EVENTS = [
  'event:putin-visit-ugt-command-post-2025-11-30',
  'event:putin-briefing-pokrovsk-vovchansk-2025',
  'event:moscow-closed-door-meeting-c14c6e6254578141',
];
const PARENTS: Record<'Entity' | 'Article' | 'Event', string[]> = { Entity: ENTITY_KEYS, Article: [SEED_ARTICLE], Event: SEED_EVENTS };
/** The seed has one event during another: that list cannot run over a page. */
const FEWEST_ROWS: Partial<Record<PagedEdge, number>> = { 'Event.includes': 1 };

describe('the loaders of each edge', () => {
  it.each(Object.keys(BY_HAND) as PagedEdge[])('%s: every page in id order, and the count', async (edge) => {
    const loaders = edgeLoaders(prefetch);
    const args = edge === 'Entity.relations' ? { types: [...RELATION_TYPES] } : {};
    let seen = 0;
    for (const key of PARENTS[edge.slice(0, edge.indexOf('.')) as keyof typeof PARENTS]) {
      const expected = await byHand(edge, key);
      const { ids, total } = await walk(loaders.pages(edge, args), key);
      expect(ids).toEqual(expected);
      expect(total).toBe(expected.length);
      seen += ids.length;
    }
    expect(seen).toBeGreaterThanOrEqual(FEWEST_ROWS[edge] ?? 3); // 3: so at least one list ran over a page
  });

  it('reads one page of many parents, and their counts, in one statement each', async () => {
    const counted = db.counted();
    const loaders = edgeLoaders(new PrefetchRepository(counted));
    const pages = await Promise.all(ENTITY_KEYS.map((key) => loaders.pages('Entity.mentions', {})(key, pageRequest(2, null))));
    await Promise.all(pages.map((page) => page.totalCount()));
    expect(counted.queryCount).toBe(2);
  });

  it('names in kind, language and form order; participants and reports as the graph holds them', async () => {
    const loaders = edgeLoaders(prefetch);
    const names = await loaders.lists('Entity.names').load('place:pokrovsk-donetsk-ua');
    const sorted = [...names].sort((a, b) => `${a.kind} ${a.language} ${a.form}`.localeCompare(`${b.kind} ${b.language} ${b.form}`));
    expect(names.map((name) => name.form)).toEqual(sorted.map((name) => name.form));
    expect(names.map((name) => name.form)).toEqual(expect.arrayContaining(['Pokrovsk', 'Krasnoarmeysk', 'Покровськ']));

    const [event] = await db.read('MATCH (:Article {id: $key})-[:REPORTS]->(e:Event)<-[:PARTICIPATED_IN]-() RETURN e.id AS id LIMIT 1', {
      key: SEED_ARTICLE,
    });
    const id = event!['id'] as string;
    const [truth] = await db.read(
      `MATCH (e:Event {id: $id}) RETURN COLLECT { MATCH (e)<-[:PARTICIPATED_IN]-(x) RETURN x.id ORDER BY x.id } AS participants,
         COLLECT { MATCH (e)<-[:REPORTS]-(a) RETURN a.id ORDER BY a.id } AS reports`,
      { id },
    );
    expect((await loaders.lists('Event.participants').load(id)).map((p) => p.entityKey)).toEqual(truth!['participants']);
    expect((await loaders.lists('Event.reports').load(id)).map((r) => r.articleId)).toEqual(truth!['reports']);
  });
});

describe('a compiled plan, many levels in one statement', () => {
  it("a relation's other end and the articles that state it", async () => {
    const plan = [step('Entity.relations', 51, { types: RELATION_TYPES }, [step('Relation.other', null), step('Relation.articles', null)])];
    const fetched = await prefetch.fetch('Entity', ENTITY_KEYS, plan, false);
    const relations = ENTITY_KEYS.flatMap((key) => fetched.get(key)!['s0'] as FetchedRow[]);
    for (const relation of relations) {
      const row = relation.node as RelationRow;
      expect(idsOf(nodes(relation, 0))).toEqual([row.otherKey]);
      expect(idsOf(nodes(relation, 1)).sort()).toEqual([...(row.articleIds ?? [])].sort());
    }
    expect(relations.some((relation) => nodes(relation, 1).length > 0)).toBe(true);
  });

  it("an article's claims with the nodes each one names, and the article itself", async () => {
    const refs: EdgeName[] = [
      'Claim.article',
      'Claim.speaker',
      'Claim.affiliation',
      'Claim.via',
      'Claim.aboutEntities',
      'Claim.aboutEvents',
    ];
    const plan = [
      step(
        'Article.claims',
        21,
        {},
        refs.map((edge) => step(edge, null)),
      ),
    ];
    const row = (await prefetch.fetch('Article', [SEED_ARTICLE], plan, true)).get(SEED_ARTICLE)!;
    expect(row.node).toMatchObject({ id: SEED_ARTICLE, label: 'Article' });

    const claims = row['s0'] as FetchedRow[];
    expect(idsOf(claims.map((claim) => claim.node))).toEqual(await byHand('Article.claims', SEED_ARTICLE));
    for (const claim of claims) {
      const c = claim.node as ClaimRow;
      const ids = (i: number) => idsOf(nodes(claim, i));
      expect(ids(0)).toEqual([c.articleId]);
      expect(ids(1)).toEqual(c.speakerKey ? [c.speakerKey] : []);
      expect(ids(2)).toEqual(c.affiliationKey ? [c.affiliationKey] : []);
      expect(ids(3)).toEqual(c.viaKey ? [c.viaKey] : []);
      expect([...ids(4), ...ids(5)].sort()).toEqual(c.about.map((subject) => subject.id).sort());
    }
    expect(claims.some((claim) => nodes(claim, 3).length > 0)).toBe(true);
  });

  it("an article's events with their participants and reports, each leading on to its node", async () => {
    const plan = [
      step('Article.events', 21, {}, [
        step('Event.participants', null, {}, [step('Participant.entity', null)]),
        step('Event.reports', null, { first: 100 }, [step('Report.article', null)]),
      ]),
    ];
    const events = (await prefetch.fetch('Article', [SEED_ARTICLE], plan, false)).get(SEED_ARTICLE)!['s0'] as FetchedRow[];
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) {
      const entityIds = (event['s0'] as FetchedRow[]).map((participant) => idsOf(nodes(participant, 0)));
      expect(entityIds).toEqual(nodes(event, 0).map((participant) => [(participant as { entityKey: string }).entityKey]));
      const articleIds = (event['s1'] as FetchedRow[]).map((report) => idsOf(nodes(report, 0)));
      expect(articleIds).toEqual(nodes(event, 1).map((report) => [(report as { articleId: string }).articleId]));
    }
    expect(events.some((event) => nodes(event, 1).length > 1)).toBe(true);
  });

  it('an alias key of a merged entity reads the entity it was merged into; an unknown key nothing', async () => {
    const alias = uniqueKey('alias');
    await db.write((tx) => tx.run("MATCH (e:Entity {id: 'org:tass'}) CREATE (:EntityAlias {id: $alias})-[:ALIAS_OF]->(e)", { alias }));
    try {
      const fetched = await prefetch.fetch('Entity', [alias, 'no-such-key'], [], true);
      expect((fetched.get(alias)!.node as { id: string }).id).toBe('org:tass');
      expect(fetched.has('no-such-key')).toBe(false);
      const loaded = await edgeLoaders(prefetch).nodes.Entity.loadMany([alias, 'no-such-key']);
      expect(loaded).toEqual([fetched.get(alias)!.node, null]);
    } finally {
      await db.write((tx) => tx.run('MATCH (a:EntityAlias {id: $alias}) DETACH DELETE a', { alias }));
    }
  });
});

import { afterAll, describe, expect, it } from 'vitest';

import { ArticleRepository } from '../../src/articles/article.repository.js';
import { EntityRepository } from '../../src/entities/entity.repository.js';
import { EventRepository } from '../../src/events/event.repository.js';
import type { ChildRequest } from '../../src/graph/children.js';
import type { EdgeName } from '../../src/graph/edges.js';
import type { FetchedRow, PlanStep } from '../../src/graph/prefetch.cypher.js';
import { PrefetchRepository } from '../../src/graph/prefetch.repository.js';
import type { ClaimRow, RelationRow } from '../../src/graph/rows.js';
import { RELATION_TYPES } from '../../src/graph/vocabulary.js';
import { testDb, uniqueKey } from '../support/graph.js';

/**
 * The statement compiled from a plan must return what the per-field loader statements return,
 * page for page: root fields read through the first, nested fields fall back to the second.
 */
const db = testDb();
afterAll(() => db.close());
const prefetch = new PrefetchRepository(db);
const entities = new EntityRepository(db);
const articles = new ArticleRepository(db);
const eventRepository = new EventRepository(db);

const ENTITY_KEYS = ['person:vladimir-putin', 'place:pokrovsk-donetsk-ua', 'org:tass', 'place:donetsk-oblast-ua', 'place:russia'];
const SEED_ARTICLE = 'c14c6e6254578141';

const step = (edge: EdgeName, limit: number | null, args: Record<string, unknown> = {}, then: PlanStep[] = []): PlanStep => ({
  edge,
  page: limit === null ? null : { after: null, limit },
  count: limit !== null,
  args,
  then,
});
const nodes = (row: FetchedRow, i: number) => (row[`s${i}`] as FetchedRow[]).map((child) => child.node);

type Fetch = (requests: ChildRequest[], limit: number) => Promise<Map<string, unknown[]>>;
type Count = (keys: readonly string[]) => Promise<Map<string, number>>;
const relations = entities.relationsOf(RELATION_TYPES);
const ENTITY_PAGES: [EdgeName, Fetch, Count, Record<string, unknown>][] = [
  ['Entity.mentions', entities.mentionsOf, entities.countMentionsOf, {}],
  ['Entity.claimsBy', entities.claimsBy, entities.countClaimsBy, {}],
  ['Entity.claimsAbout', entities.claimsAbout, entities.countClaimsAbout, {}],
  ['Entity.events', entities.eventsOf, entities.countEventsOf, {}],
  ['Entity.relations', relations.fetch, relations.count, { types: RELATION_TYPES }],
];

describe('a compiled plan reads what the loaders read', () => {
  it.each(ENTITY_PAGES)('%s: first page, next page and count', async (edge, fetch, count, args) => {
    const first = await prefetch.fetch('Entity', ENTITY_KEYS, [step(edge, 3, args)], false);
    const expected = await fetch(
      ENTITY_KEYS.map((parent) => ({ parent, after: null })),
      3,
    );
    const counts = await count(ENTITY_KEYS);
    let seen = 0;
    for (const key of ENTITY_KEYS) {
      const page = nodes(first.get(key)!, 0);
      expect(page).toEqual(expected.get(key) ?? []);
      expect(first.get(key)!['n0']).toBe(counts.get(key));
      seen += page.length;
      const last = page.at(-1) as { id: string } | undefined;
      if (!last) continue;
      const next = await prefetch.fetch('Entity', [key], [{ ...step(edge, 3, args), page: { after: [last.id], limit: 3 } }], false);
      const expectedNext = await fetch([{ parent: key, after: [last.id] }], 3);
      expect(nodes(next.get(key)!, 0)).toEqual(expectedNext.get(key) ?? []);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("a relation's other end and the articles that state it", async () => {
    const plan = [step('Entity.relations', 51, { types: RELATION_TYPES }, [step('Relation.other', null), step('Relation.articles', null)])];
    const fetched = await prefetch.fetch('Entity', ENTITY_KEYS, plan, false);
    const relations = ENTITY_KEYS.flatMap((key) => fetched.get(key)!['s0'] as FetchedRow[]);
    const ids = (row: FetchedRow, i: number) => nodes(row, i).map((node) => (node as { id: string }).id);
    for (const relation of relations) {
      const row = relation.node as RelationRow;
      expect(ids(relation, 0)).toEqual([row.otherKey]);
      expect(ids(relation, 1).sort()).toEqual([...(row.articleIds ?? [])].sort());
    }
    expect(relations.some((relation) => nodes(relation, 1).length > 0)).toBe(true);
  });

  it('names, in the loader order', async () => {
    const fetched = await prefetch.fetch('Entity', ENTITY_KEYS, [step('Entity.names', null)], false);
    const expected = await entities.namesOf(ENTITY_KEYS);
    for (const key of ENTITY_KEYS) expect(nodes(fetched.get(key)!, 0)).toEqual(expected.get(key));
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
    const [article] = (await articles.byKeys([SEED_ARTICLE])).values();
    expect(row.node).toEqual(article);

    const claims = row['s0'] as FetchedRow[];
    const expected = await articles.claimsIn([{ parent: SEED_ARTICLE, after: null }], 21);
    expect(claims.map((claim) => claim.node)).toEqual(expected.get(SEED_ARTICLE));
    for (const claim of claims) {
      const c = claim.node as ClaimRow;
      const ids = (i: number) => nodes(claim, i).map((node) => (node as { id: string }).id);
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
        step('Event.reports', null, {}, [step('Report.article', null)]),
      ]),
    ];
    const events = (await prefetch.fetch('Article', [SEED_ARTICLE], plan, false)).get(SEED_ARTICLE)!['s0'] as FetchedRow[];
    const ids = events.map((event) => (event.node as { id: string }).id);
    const [participants, reports] = await Promise.all([eventRepository.participantsOf(ids), eventRepository.reportsOf(ids)]);
    expect(events.length).toBeGreaterThan(0);
    events.forEach((event, i) => {
      expect(nodes(event, 0)).toEqual(participants.get(ids[i]!) ?? []);
      expect(nodes(event, 1)).toEqual(reports.get(ids[i]!) ?? []);
      const entityIds = (event['s0'] as FetchedRow[]).map((participant) =>
        nodes(participant, 0).map((node) => (node as { id: string }).id),
      );
      expect(entityIds).toEqual(nodes(event, 0).map((participant) => [(participant as { entityKey: string }).entityKey]));
      const articleIds = (event['s1'] as FetchedRow[]).map((report) => nodes(report, 0).map((node) => (node as { id: string }).id));
      expect(articleIds).toEqual(nodes(event, 1).map((report) => [(report as { articleId: string }).articleId]));
    });
    expect(events.some((event) => nodes(event, 1).length > 1)).toBe(true);
  });

  it('an alias key of a merged entity reads the entity it was merged into, as the loader does; an unknown key nothing', async () => {
    const alias = uniqueKey('alias');
    await db.write((tx) => tx.run("MATCH (e:Entity {id: 'org:tass'}) CREATE (:EntityAlias {id: $alias})-[:ALIAS_OF]->(e)", { alias }));
    try {
      const fetched = await prefetch.fetch('Entity', [alias, 'no-such-key'], [], true);
      expect((fetched.get(alias)!.node as { id: string }).id).toBe('org:tass');
      expect(fetched.get(alias)!.node).toEqual((await entities.byKeys([alias])).get(alias));
      expect(fetched.has('no-such-key')).toBe(false);
    } finally {
      await db.write((tx) => tx.run('MATCH (a:EntityAlias {id: $alias}) DETACH DELETE a', { alias }));
    }
  });
});

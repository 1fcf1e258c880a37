import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { TEST_API_KEY, testServer } from '../support/api.js';
import { sampleArticle } from '../support/documents.js';
import { testDb, uniqueKey } from '../support/graph.js';

const db = testDb();
const api = await testServer(db);
const ingest = createIngestService(db);
afterAll(async () => {
  await api.server.stop();
  await db.close();
});

const MERGE = `mutation($keep: ID!, $remove: ID!) { mergeEntities(keep: $keep, remove: $remove) { id name } }`;
const ENTITY = `query($id: ID!) {
  entity(id: $id) { id names { form } mentions(first: 50) { totalCount } claimsAbout { totalCount } events { totalCount } relations { totalCount } }
}`;

const merge = (keep: string, remove: string) => api.run(MERGE, { keep, remove }, TEST_API_KEY);

/** Two records of one town and of its mayor, each from its own article, as a careless ingest would leave them. */
async function duplicateTowns() {
  const first = sampleArticle();
  const second = sampleArticle();
  second.document.entities[0]!.names = [{ form: 'Testogrod', language: 'en', script: 'Latn', kind: 'COLLOQUIAL' }];
  for (const { document } of [first, second]) {
    expect(
      (await api.run(`mutation($d: JSONObject!) { ingestArticle(document: $d) { claims } }`, { d: document }, TEST_API_KEY)).errors,
    ).toBeUndefined();
  }
  return {
    keep: toGlobalId('Place', first.keys.town),
    remove: toGlobalId('Place', second.keys.town),
    keepMayor: toGlobalId('Person', first.keys.mayor),
    removeMayor: toGlobalId('Person', second.keys.mayor),
  };
}

/** People of a test gazetteer of their own; returns their keys. */
async function people(count: number): Promise<string[]> {
  const keys = Array.from({ length: count }, (_, i) => uniqueKey(`person:test-merge-${i}`));
  const entities = keys.map((id, i) => ({
    id,
    kind: 'PERSON',
    name: `Merge Person ${i}`,
    names: [{ form: `Merge Person ${i}`, language: 'en', script: 'Latn', kind: 'OFFICIAL' }],
  }));
  await ingest.ingestGazetteer({ entities }, 'test gazetteer');
  return keys;
}

const person = (key: string) => toGlobalId('Person', key);

/** Each alias among `keys` with where its ALIAS_OF edges lead and what it records. */
async function aliases(keys: string[]) {
  const rows = await db.read(
    `UNWIND $keys AS key MATCH (a:EntityAlias {id: key})
     RETURN a.id AS id, [(a)-[:ALIAS_OF]->(e) | e.id] AS into, a.mergedInto AS mergedInto, a.mergedAt AS mergedAt ORDER BY id`,
    { keys },
  );
  return new Map(rows.map((row) => [row['id'] as string, row as { into: string[]; mergedInto: string; mergedAt: Date }]));
}

describe('mergeEntities', () => {
  it('moves names, mentions, claims, events and relations, and the removed id resolves to the kept entity', async () => {
    const { keep, remove } = await duplicateTowns();
    const merged = await merge(keep, remove);
    expect(merged.errors).toBeUndefined();
    expect(merged.data!['mergeEntities'].id).toBe(keep);

    const kept = (await api.run(ENTITY, { id: keep })).data!['entity'];
    expect(kept.names.map((n: any) => n.form).sort()).toEqual(['Testograd', 'Testogrod', 'Тестоград']);
    expect(kept).toMatchObject({
      mentions: { totalCount: 2 },
      claimsAbout: { totalCount: 2 },
      events: { totalCount: 2 },
      relations: { totalCount: 2 },
    });
    expect((await api.run(ENTITY, { id: remove })).data!['entity']).toEqual(kept);
  });

  it('is refused without the API key and across kinds', async () => {
    const { keep, remove } = await duplicateTowns();
    expect((await api.run(MERGE, { keep, remove })).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const putin = toGlobalId('Person', 'person:vladimir-putin');
    expect((await merge(keep, putin)).errors?.[0]?.message).toBe('remove: is a PERSON, cannot merge into a PLACE');
    expect((await merge(keep, keep)).errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'remove' });
  });

  it('records each merge with its time; merging the kept entity on moves its aliases along, one ALIAS_OF each', async () => {
    const [a, b, c] = await people(3);
    const before = new Date();
    expect((await merge(person(a!), person(b!))).errors).toBeUndefined();
    expect((await merge(person(c!), person(a!))).data!['mergeEntities'].id).toBe(person(c!));

    const recorded = await aliases([a!, b!]);
    expect(recorded.get(b!)).toMatchObject({ into: [c], mergedInto: a });
    expect(recorded.get(a!)).toMatchObject({ into: [c], mergedInto: c });
    expect(recorded.get(b!)!.mergedAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(recorded.get(a!)!.mergedAt.getTime()).toBeGreaterThanOrEqual(recorded.get(b!)!.mergedAt.getTime());
    expect((await api.run(ENTITY, { id: person(b!) })).data!['entity'].id).toBe(person(c!));
  });

  it('takes merged ids for keep and remove: the same merge again changes nothing, a merge elsewhere or into itself is refused', async () => {
    const [a, b, c, d, e] = await people(5);
    expect((await merge(person(a!), person(b!))).errors).toBeUndefined();
    const first = await aliases([b!]);

    // remove merged into keep already, keep named by itself or by another merged id of it
    expect((await merge(person(a!), person(b!))).data!['mergeEntities'].id).toBe(person(a!));
    expect((await merge(person(c!), person(a!))).errors).toBeUndefined();
    expect((await merge(person(a!), person(b!))).data!['mergeEntities'].id).toBe(person(c!));
    expect((await aliases([b!])).get(b!)).toEqual({ ...first.get(b!), into: [c] });

    // keep given by a merged id: the entity it went to keeps d
    expect((await merge(person(b!), person(d!))).data!['mergeEntities'].id).toBe(person(c!));
    expect((await aliases([d!])).get(d!)).toMatchObject({ into: [c], mergedInto: c });

    const elsewhere = await merge(person(e!), person(b!));
    expect(elsewhere.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'remove' });
    expect(elsewhere.errors?.[0]?.message).toBe(`remove: was merged into ${person(c!)} already; merge that entity instead`);
    const itself = await merge(person(b!), person(c!));
    expect(itself.errors?.[0]?.message).toBe('remove: is the entity keep was merged into');
    expect((await api.run(ENTITY, { id: person(e!) })).data!['entity'].id).toBe(person(e!));
    expect((await merge(person(uniqueKey('person:test-merge-none')), person(e!))).errors?.[0]?.message).toBe('keep: no such entity');
  });

  it('re-points the alias of an id that came back as an entity and was merged again: still one ALIAS_OF', async () => {
    const [a, b, c] = await people(3);
    expect((await merge(person(a!), person(b!))).errors).toBeUndefined();
    // What re-seeding did before merges were honoured, and a store may still hold: the removed entity back.
    await db.write((tx) => tx.run("CREATE (:Entity:Person {id: $b, kind: 'PERSON', name: 'Back Again'})", { b }));
    expect((await merge(person(c!), person(b!))).errors).toBeUndefined();
    expect((await aliases([b!])).get(b!)).toMatchObject({ into: [c], mergedInto: c });
  });
});

describe('a merged id in every argument that takes an entity', () => {
  const CLAIMS = `query($f: ClaimFilter) { claims(filter: $f) { totalCount edges { node { id } } } }`;
  const EVENTS = `query($f: EventFilter) { events(filter: $f) { totalCount edges { node { id } } } }`;
  const CONNECTION = `query($from: ID!, $to: ID!) { connection(from: $from, to: $to, maxHops: 3) { length hops { type from { __typename } to { __typename } } } }`;
  const reads = (town: string, mayor: string, other: string) =>
    [
      [CLAIMS, { f: { speaker: mayor } }],
      [CLAIMS, { f: { about: town } }],
      [CLAIMS, { f: { about: town, speaker: mayor } }],
      [EVENTS, { f: { participant: mayor } }],
      [EVENTS, { f: { place: town } }],
      [EVENTS, { f: { place: town, participant: mayor } }],
      [CONNECTION, { from: mayor, to: other }],
    ] as const;
  const answers = (list: ReturnType<typeof reads>) =>
    Promise.all(
      list.map(async ([query, variables]) => {
        const result = await api.run(query, variables);
        expect(result.errors).toBeUndefined();
        return result.data;
      }),
    );

  it('claims(speaker, about), events(participant, place) and connection(from) answer for B, merged into A, as for A', async () => {
    const { keep, remove, keepMayor, removeMayor } = await duplicateTowns();
    const apart = await answers(reads(remove, removeMayor, keep));
    expect((apart[0] as any).claims.totalCount).toBe(1);
    expect(await merge(keep, remove)).toMatchObject({ errors: undefined });
    expect(await merge(keepMayor, removeMayor)).toMatchObject({ errors: undefined });

    const asA = await answers(reads(keep, keepMayor, keep));
    const asB = await answers(reads(remove, removeMayor, keep));
    expect(asB).toEqual(asA);
    expect(asA.slice(0, 6).map((data: any) => (data.claims ?? data.events).totalCount)).toEqual([2, 2, 2, 2, 2, 2]);
    expect((asA[6] as any).connection.length).toBeGreaterThan(0);
  });

  it('two ids of one entity have no connection, and an unknown id matches nothing', async () => {
    const { keep, remove } = await duplicateTowns();
    expect(await merge(keep, remove)).toMatchObject({ errors: undefined });
    expect(await api.run(CONNECTION, { from: remove, to: keep })).toMatchObject({ errors: undefined, data: { connection: [] } });
    const nobody = person(uniqueKey('person:test-merge-nobody'));
    expect((await api.run(CLAIMS, { f: { speaker: nobody } })).data).toEqual({ claims: { totalCount: 0, edges: [] } });
    expect((await api.run(EVENTS, { f: { participant: nobody } })).data).toEqual({ events: { totalCount: 0, edges: [] } });
    expect((await api.run(EVENTS, { f: { place: toGlobalId('Place', uniqueKey('place:nowhere')) } })).data).toEqual({
      events: { totalCount: 0, edges: [] },
    });
  });
});

describe('what a merge does to the statements it moves', () => {
  it("appends the removed entity's statements to the kept one's, keeps the kept scalars, derives roles and articles again; drops relations to itself", async () => {
    const [keep, remove, other] = await people(3);
    await db.write((tx) =>
      tx.run(
        `MATCH (k:Entity {id: $keep}), (r:Entity {id: $remove}), (o:Entity {id: $other})
         CREATE (k)-[:SPOKE_TO {id: 'k', sources: ['article:a1'], roles: ['kept'], articleIds: ['a1'], role: 'kept'}]->(o),
                (r)-[:SPOKE_TO {id: 'r', sources: ['article:a2', 'article:a3', 'file:f'], roles: ['removed', 'removed', ''],
                                articleIds: ['a2', 'a3'], role: 'removed', note: 'gap'}]->(o),
                (r)-[:LOCATED_IN {id: 'x', sources: ['article:a4'], roles: ['only']}]->(o),
                (o)-[:PART_OF {sources: ['article:a6'], roles: ['']}]->(k),
                (o)-[:PART_OF {sources: ['article:a5'], roles: ['part']}]->(r),
                (r)-[:SPOKE_TO {sources: ['article:a7'], roles: ['']}]->(k), (k)-[:SPOKE_TO {sources: ['article:a8'], roles: ['']}]->(r)`,
        { keep, remove, other },
      ),
    );
    expect((await merge(person(keep!), person(remove!))).errors).toBeUndefined();

    const rows = await db.read(
      `MATCH (k:Entity {id: $keep})-[x]-(o:Entity) WHERE type(x) <> 'HAS_NAME'
       RETURN type(x) AS type, startNode(x) = k AS out, o.id AS other, properties(x) AS properties ORDER BY type`,
      { keep },
    );
    expect(rows).toEqual([
      {
        type: 'LOCATED_IN',
        out: true,
        other,
        properties: { id: 'x', sources: ['article:a4'], roles: ['only'], articleIds: ['a4'], role: 'only' },
      },
      {
        type: 'PART_OF',
        out: false,
        other,
        properties: { sources: ['article:a6', 'article:a5'], roles: ['', 'part'], articleIds: ['a6', 'a5'], role: 'part' },
      },
      {
        type: 'SPOKE_TO',
        out: true,
        other,
        properties: {
          id: 'k',
          sources: ['article:a1', 'article:a2', 'article:a3', 'file:f'],
          roles: ['kept', 'removed', 'removed', ''],
          articleIds: ['a1', 'a2', 'a3'],
          role: 'removed',
          note: 'gap',
        },
      },
    ]);
  });

  it("derives the events of the removed entity again: one participation with every report's role, the role most reports give", async () => {
    const [keep, remove] = await people(2);
    const event = uniqueKey('event:test-merge');
    const reports = [remove, keep, remove].map((entity, i) =>
      sampleArticle({ events: [{ id: event, type: 'VISIT', participants: [{ entity, role: i === 1 ? 'host' : 'guest' }] }] }),
    );
    for (const { document } of reports) await ingest.ingestArticle(document, 'test');
    expect((await merge(person(keep!), person(remove!))).errors).toBeUndefined();

    const participations = await db.read(
      'MATCH (e:Entity)-[p:PARTICIPATED_IN]->(:Event {id: $event}) RETURN e.id AS entity, p.role AS role, p.roles AS roles, p.articleIds AS articles',
      { event },
    );
    // In article order, as every participation is derived.
    const stated = reports
      .map(({ document }) => ({ article: document.id, role: document.events[0]!.participants[0]!.role }))
      .sort((a, b) => (a.article < b.article ? -1 : 1));
    expect(participations).toEqual([
      { entity: keep, role: 'guest', roles: stated.map((s) => s.role), articles: stated.map((s) => s.article) },
    ]);
  });
});

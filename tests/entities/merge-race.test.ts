import { setTimeout as sleep } from 'node:timers/promises';

import { afterAll, describe, expect, it } from 'vitest';

import type { Cypher } from '../../src/db/graph-db.js';
import { MergeRepository } from '../../src/entities/merge.repository.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { testDb, uniqueKey } from '../support/graph.js';

/**
 * Merges racing ingests that name the merged entities: no acknowledged write may be lost. Two
 * halves of issue 9 §4 make it so: the merge locks both entities before it reads
 * (src/entities/merge.cypher.ts), and ingest writes resolve merged ids when they write
 * (src/ingest/ingest.cypher.ts), so an ingest that waited for a merge lands on the kept entity.
 */
const db = testDb();
const ingest = createIngestService(db);
const merges = new MergeRepository(db);
afterAll(() => db.close());

const MERGES = 10;
const ARTICLES_PER_MERGE = 6;

const names = (form: string) => [{ form, language: 'en', script: 'Latn', kind: 'OFFICIAL' }];

/** A kept person, the duplicates merged into it one by one, and an organization they all belong to. */
async function gazetteer() {
  const keep = uniqueKey('person:test-race-keep');
  const removes = Array.from({ length: MERGES }, (_, i) => uniqueKey(`person:test-race-${i}`));
  const org = uniqueKey('org:test-race');
  const entities = [
    { id: keep, kind: 'PERSON', name: 'Keeper Racewell', names: names('Keeper Racewell') },
    ...removes.map((id, i) => ({ id, kind: 'PERSON', name: `Racer ${'ABCDEFGHIJ'[i]}ombe`, names: names(`Racer ${'ABCDEFGHIJ'[i]}ombe`) })),
    { id: org, kind: 'ORGANIZATION', name: 'Racing Guild', names: names('Racing Guild') },
  ];
  await ingest.ingestGazetteer({ entities }, 'race gazetteer');
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));

  /**
   * An article naming `people` (all to be merged into keep) in mentions, an event's
   * participants and relations to the organization; the last of them says something about the first.
   */
  function article(people: string[]) {
    const forms = people.map((id) => nameOf.get(id)!);
    const [speaker, quote] = [forms.at(-1)!, 'We agree,'];
    const text = `Test material. ${forms.join(' met ')} of the Racing Guild. ‘${quote}’ ${speaker} said.`;
    const span = (form: string, from = 0) => ({ start: text.indexOf(form, from), end: text.indexOf(form, from) + form.length, text: form });
    return {
      id: uniqueKey('test-article-race'),
      title: 'Test material: a meeting in a race',
      language: 'en',
      text,
      mentions: [
        ...people.map((entity, i) => ({ ...span(forms[i]!), entity })),
        { ...span('Racing Guild'), entity: org },
        { ...span(speaker, text.indexOf(quote)), entity: people.at(-1)! },
      ],
      claims: [{ key: 'agree', segments: [span(quote)], speaker: { entity: people.at(-1)! }, about: [people[0]!] }],
      events: [
        {
          id: uniqueKey('event:test-race'),
          type: 'MEETING',
          participants: people.map((entity, i) => ({ entity, role: i ? 'guest' : 'host' })),
        },
      ],
      relations: people.map((from) => ({ type: 'AFFILIATED_WITH', from, to: org })),
    };
  }

  /** What each article holds after the merges: all of it on keep. */
  async function facts(articles: string[]) {
    const rows = await db.read(FACTS, { articles, keep, org });
    return rows.sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
  }
  const expected = (docs: ReturnType<typeof article>[]) =>
    [...docs]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, mentions }) => ({
        id,
        mentioned: [...Array<string>(mentions.length - 1).fill(keep), org].sort(),
        speakers: [keep],
        about: [keep],
        participants: [keep],
        related: true,
      }));

  return { keep, removes, article, facts, expected };
}

/** What the graph holds of each article, from the kept entity's side. */
const FACTS = `
UNWIND $articles AS id
MATCH (a:Article {id: id})
RETURN id,
  COLLECT { MATCH (a)-[:HAS_MENTION]->(:Mention)-[:REFERS_TO]->(e) RETURN e.id ORDER BY e.id } AS mentioned,
  COLLECT { MATCH (a)-[:HAS_CLAIM]->(:Claim)-[:SAID_BY]->(e) RETURN e.id } AS speakers,
  COLLECT { MATCH (a)-[:HAS_CLAIM]->(:Claim)-[:ABOUT]->(e) RETURN e.id } AS about,
  COLLECT { MATCH (a)-[:REPORTS]->(:Event)<-[:PARTICIPATED_IN]-(e) RETURN e.id } AS participants,
  EXISTS { MATCH (:Entity {id: $keep})-[r:AFFILIATED_WITH]->(:Entity {id: $org}) WHERE id IN r.articleIds } AS related`;

/**
 * `db` with write transactions that pause once `statements` statements have run (by default all
 * of them, before commit), their locks held, until `resume()`: an ingest or a merge caught in
 * the middle.
 */
function heldOpen(statements = Infinity): { db: Cypher; paused: Promise<void>; resume: () => void } {
  let resume!: () => void;
  let pause!: () => void;
  const resumed = new Promise<void>((resolve) => (resume = resolve));
  const paused = new Promise<void>((resolve) => (pause = resolve));
  const hold = async () => {
    pause();
    await resumed;
  };
  const held: Cypher = {
    read: (cypher, params) => db.read(cypher, params),
    write: (work) =>
      db.write(async (tx) => {
        let run = 0;
        const result = await work({
          run: async (cypher, params) => {
            if (run++ === statements) await hold();
            return tx.run(cypher, params);
          },
        });
        if (run <= statements) await hold();
        return result;
      }),
  };
  return { db: held, paused, resume };
}

describe('merges racing ingests', () => {
  it('a merge that starts while an ingest naming the removed entity is uncommitted waits for it, then moves all it wrote', async () => {
    // The merge before this issue read first: this ingest's participation and relation went with the removed entity.
    const { keep, removes, article, facts, expected } = await gazetteer();
    const doc = article([removes[0]!]);
    const ingesting = heldOpen();
    const ingested = createIngestService(ingesting.db).ingestArticle(doc, 'held ingest');
    await ingesting.paused;
    const merged = merges.merge(keep, removes[0]!);
    await sleep(300);
    ingesting.resume();
    await Promise.all([ingested, merged]);
    expect(await facts([doc.id])).toEqual(expected([doc]));
  });

  it('a merge holds both entities from its first statement on: an ingest naming the removed one waits for it, then lands on the kept one', async () => {
    const { keep, removes, article, facts, expected } = await gazetteer();
    const doc = article([removes[0]!]);
    const merging = heldOpen(1);
    const merged = new MergeRepository(merging.db).merge(keep, removes[0]!);
    await merging.paused;
    let landed = false;
    const ingested = ingest.ingestArticle(doc, 'ingest during a merge').then(() => (landed = true));
    await sleep(300);
    expect(landed).toBe(false);
    merging.resume();
    await Promise.all([merged, ingested]);
    expect(await facts([doc.id])).toEqual(expected([doc]));
  });

  it('an ingest naming both entities while a merge of them is uncommitted waits, then lands on the kept entity', async () => {
    const { keep, removes, article, facts, expected } = await gazetteer();
    const doc = article([keep, removes[0]!]);
    const merging = heldOpen();
    const merged = new MergeRepository(merging.db).merge(keep, removes[0]!);
    await merging.paused;
    const ingested = ingest.ingestArticle(doc, 'ingest during a merge');
    await sleep(300);
    merging.resume();
    await Promise.all([merged, ingested]);
    expect(await facts([doc.id])).toEqual(expected([doc]));
  });

  it(`${MERGES} merges among ${MERGES * ARTICLES_PER_MERGE} concurrent ingests naming their entities: every acknowledged ingest's facts end on the kept entity`, async () => {
    const { keep, removes, article, facts, expected } = await gazetteer();
    const acknowledged: ReturnType<typeof article>[] = [];
    const refused: string[] = [];
    const ingests: Promise<void>[] = [];
    for (const [i, remove] of removes.entries()) {
      for (let n = 0; n < ARTICLES_PER_MERGE; n++) {
        const doc = article(n % 2 ? [remove] : [keep, remove]);
        ingests.push(
          ingest.ingestArticle(doc, `race ${doc.id}`).then(
            () => void acknowledged.push(doc),
            (error: Error) => void refused.push(error.message),
          ),
        );
      }
      // The merge lands among the ingests that name its entity: some before it, some after.
      await sleep(5 + (i % 3) * 10);
      await merges.merge(keep, remove);
    }
    await Promise.all(ingests);

    // A document naming a merged id writes to the kept entity, so none is refused.
    expect(refused).toEqual([]);
    expect(await facts(acknowledged.map((doc) => doc.id))).toEqual(expected(acknowledged));
    const left = await db.read(
      `UNWIND $removes AS id RETURN id, EXISTS { MATCH (:Entity {id: id}) } AS entity, COLLECT { MATCH (:EntityAlias {id: id})-[:ALIAS_OF]->(e) RETURN e.id } AS into`,
      { removes },
    );
    expect(left).toEqual(removes.map((id) => ({ id, entity: false, into: [keep] })));
  }, 90_000); // deadlocks between a merge and ingests are detected and retried after a backoff
});

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';

import type { GraphDb } from '../../src/db/graph-db.js';
import { MergeRepository } from '../../src/entities/merge.repository.js';
import { BulkIngest } from '../../src/ingest/bulk-ingest.js';
import { derive } from '../../src/ingest/ingest.repository.js';
import { testDb, uniqueKey } from '../support/graph.js';

/**
 * Folding new reports into an event's tallies (src/ingest/derive-events.cypher.ts) must leave
 * every event exactly as deriving it from all its reports would. Random sequences of writes
 * (articles new, re-ingested with other reports, re-ingested with none, in batches; a merge of
 * two participants) on a handful of events, then every event derived again from scratch in a
 * transaction that is rolled back: its properties (tallies included) and links must not move.
 */
const db = testDb();
afterAll(() => db.close());

const ARTICLES = 5;
const EVENTS = ['e0', 'e1', 'e2', 'l0'];
const TEXT = 'All is calm, he said.';

const eventArb = fc.record({
  event: fc.constantFrom(...EVENTS),
  type: fc.constantFrom('VISIT', 'MEETING'),
  place: fc.option(fc.constantFrom('p0', 'p1'), { nil: undefined }),
  time: fc.option(fc.constantFrom({ month: 3, day: 4 }, { year: 2025, month: 3, day: 5 }, { month: 3 }), { nil: undefined }),
  participants: fc
    .subarray(['q0', 'q1', 'q2'])
    .chain((keys) => fc.tuple(...keys.map((k) => fc.tuple(fc.constant(k), fc.constantFrom('a', 'b'))))),
  during: fc.boolean(),
  label: fc.option(fc.constantFrom('one name', 'another'), { nil: undefined }),
  description: fc.option(fc.constantFrom('said so', 'said otherwise'), { nil: undefined }),
});
const articleArb = fc.record({
  article: fc.integer({ min: 0, max: ARTICLES - 1 }),
  day: fc.integer({ min: 1, max: 9 }),
  events: fc.uniqueArray(eventArb, { selector: (e) => e.event, maxLength: 3 }),
  claim: fc.boolean(),
});
type ArticleDraw = typeof articleArb extends fc.Arbitrary<infer T> ? T : never;
const stepArb = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.uniqueArray(articleArb, { selector: (a) => a.article, minLength: 1, maxLength: 3 }).map((batch) => ({ batch })),
  },
  { weight: 1, arbitrary: fc.constant({ merge: true as const }) },
);

/** An article of the run `p` in the seed format: its reports as drawn, a claim about its first event. */
function articleDoc(p: string, a: ArticleDraw) {
  const ids = new Set(a.events.map((e) => e.event));
  return {
    id: `${p}-a${a.article}`,
    title: 'Test material',
    language: 'en',
    publishedAt: `2025-03-0${a.day}T08:00:00Z`,
    text: TEXT,
    events: a.events.map((e) => ({
      id: `${p}:${e.event}`,
      type: e.type,
      ...(e.place ? { place: `${p}:${e.place}` } : {}),
      ...(e.time ? { time: e.time } : {}),
      participants: e.participants.map(([entity, role]) => ({ entity: `${p}:${entity}`, role })),
      // The larger event must be the article's own (event-links.rules.ts).
      ...(e.during && e.event !== 'l0' && ids.has('l0') ? { during: `${p}:l0` } : {}),
      ...(e.label ? { label: e.label } : {}),
      ...(e.description ? { description: e.description } : {}),
    })),
    claims:
      a.claim && a.events.length
        ? [
            {
              key: 'c',
              segments: [{ start: 0, end: 11, text: 'All is calm' }],
              speaker: { description: 'an official' },
              about: [`${p}:${a.events[0]!.event}`],
            },
          ]
        : [],
  };
}

/** A name keeps an entity that nothing else refers to yet (PRUNE_ENTITIES). */
const nameOf = (form: string) => [{ form, language: 'en', script: 'Latn', kind: 'OFFICIAL' }];

/** The entities every article of run `p` refers to, stated by an article no step rewrites. */
const setupDoc = (p: string) => ({
  id: `${p}-setup`,
  title: 'Test material',
  language: 'en',
  text: TEXT,
  entities: [
    ...['p0', 'p1'].map((k) => ({
      id: `${p}:${k}`,
      kind: 'PLACE',
      name: `Tallyplace ${k}`,
      country: 'UA',
      names: nameOf(`Tallyplace ${k}`),
    })),
    ...['q0', 'q1', 'q2'].map((k) => ({ id: `${p}:${k}`, kind: 'PERSON', name: `Tallyperson ${k}`, names: nameOf(`Tallyperson ${k}`) })),
  ],
});

/** Every event of run `p`: its properties but stamps and locks, and its links, in a comparable order. */
async function snapshot(run: GraphDb['read'], p: string): Promise<unknown[]> {
  return run(
    `MATCH (ev:Event) WHERE ev.id STARTS WITH $prefix
     RETURN ev.id AS id,
       COLLECT { UNWIND keys(ev) AS k WITH k WHERE NOT k IN ['ingestedAt', 'updatedAt'] RETURN [k, ev[k]] ORDER BY k } AS properties,
       COLLECT { MATCH (ev)-[r:AT|DURING|PARTICIPATED_IN]-(o) WHERE (type(r) = 'PARTICIPATED_IN') = (endNode(r) = ev)
                 RETURN [type(r), o.id, r.role, r.roles, r.articleIds] AS link ORDER BY link[0], link[1] } AS links
     ORDER BY id`,
    { prefix: `${p}:` },
  );
}

class RolledBack extends Error {}

/** The events as they are, and as a derivation of each from all its reports leaves them (not committed). */
async function asDerivedFromScratch(p: string): Promise<{ held: unknown[]; derived: unknown[] }> {
  const held = await snapshot((cypher, params) => db.read(cypher, params), p);
  let derived: unknown[] = [];
  await db
    .write(async (tx) => {
      const ids = (await tx.run(`MATCH (ev:Event) WHERE ev.id STARTS WITH $prefix RETURN ev.id AS id`, { prefix: `${p}:` })).map(
        (r) => r['id'] as string,
      );
      await derive(tx, { relations: [], entities: [], events: ids });
      derived = await snapshot((cypher, params) => tx.run(cypher, params), p);
      throw new RolledBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return { held, derived };
}

describe('deriving an event from what changed', () => {
  it('leaves every event as deriving it from all its reports does', { timeout: 600_000 }, async () => {
    const bulk = new BulkIngest(db, { link: false });
    const merges = new MergeRepository(db);
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 2, maxLength: 8 }), async (steps) => {
        const p = uniqueKey('tally');
        expect((await bulk.ingest([setupDoc(p)])).failed).toEqual([]);
        let merged = false;
        for (const step of steps) {
          if ('merge' in step) {
            if (!merged) await merges.merge(`${p}:q1`, `${p}:q2`);
            merged = true;
            continue;
          }
          const result = await bulk.ingest(step.batch.map((a) => articleDoc(p, a)));
          expect(result.failed).toEqual([]);
        }
        const { held, derived } = await asDerivedFromScratch(p);
        expect(held).toEqual(derived);
      }),
      { numRuns: Number(process.env['TALLY_RUNS'] ?? 25) },
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fromGlobalId, toGlobalId } from '../../src/graph/global-id.js';
import { TEST_API_KEY } from '../support/api.js';
import { testDb } from '../support/graph.js';
import { codeOf, fieldOf, reviewedSince, inventedSurname, reviewDesk } from './review-support.js';

/**
 * correctClaim on an article of this file's own whose claims the real extractor found: a quote
 * by a speaker it introduced, one through TASS, and one it should not have taken for a claim.
 */
const db = testDb();
const desk = await reviewDesk(db);
const [engineer, driver] = [`Ostap ${inventedSurname()}`, `Taras ${inventedSurname()}`];
afterAll(async () => {
  await desk.forget([engineer, driver]);
  await db.close();
});

const article = desk.key('test-article-correction');
const quotes = {
  bridge: 'The bridge will reopen on Monday,',
  tass: 'Nothing has changed,',
  roads: 'The roads are icy,',
  schools: 'Schools stay closed,',
};
const text =
  `TEST MATERIAL.\n\n“${quotes.bridge}” said ${engineer}, a local engineer.\n\n` +
  `“${quotes.tass}” Alexander Stepanyan told TASS.\n\n“${quotes.roads}” said ${driver}, a driver.\n\n` +
  `“${quotes.schools}” Alexander Stepanyan said.`;
const document = { id: article, title: 'Test material: correcting claims', language: 'en', publishedAt: '2031-04-02T09:00:00Z', text };
const STEPANYAN = toGlobalId('Person', 'person:alexander-stepanyan');
const TASS = toGlobalId('Organization', 'org:tass');

const CLAIM = `id quote source flags score segments { start end text } speaker { anonymous description entity { id } } via { description entity { id } } review { reviewedAt note requestId } ingestedAt updatedAt`;
const claims = async (filter: Record<string, unknown> = {}) =>
  (
    await desk.ok(`query($f: ClaimFilter) { claims(first: 100, filter: $f) { edges { node { ${CLAIM} } } } }`, {
      f: { article: toGlobalId('Article', article), ...filter },
    })
  )['claims'].edges.map((e: any) => e.node);
const claimOf = async (quote: string) => (await claims()).find((c: any) => c.quote.startsWith(quote.slice(0, 10)));

const CORRECT = `mutation($claim: ID!, $c: ClaimCorrectionInput!, $note: String) { correctClaim(claim: $claim, correction: $c, note: $note) {
  claim { ${CLAIM} } removed article { id } } }`;
const correct = async (claim: string, c: Record<string, unknown>) => (await desk.ok(CORRECT, { claim, c }))['correctClaim'];

const speakers = (name: string) => db.read(`MATCH (e:Person {source: 'AUTO', name: $name}) RETURN e.id AS id`, { name });
const claimsBy = async (id: string) =>
  (await desk.ok(`query($id: ID!) { entity(id: $id) { claimsBy(first: 100) { edges { node { id } } } } }`, { id }))[
    'entity'
  ].claimsBy.edges.map((e: any) => e.node.id);

/** Everything the article's claims and reviews hold, to show that a refused correction wrote nothing. */
const snapshot = () =>
  db.read(
    `MATCH (a:Article {id: $article})
     RETURN COLLECT { MATCH (a)-[:HAS_CLAIM|HAS_REVIEW]->(x) RETURN [x.id, properties(x), COLLECT { MATCH (x)-[r]->(y) RETURN type(r) + y.id AS t ORDER BY t }] AS x ORDER BY x[0] } AS nodes`,
    { article },
  );

beforeAll(async () => {
  await desk.ingest(document);
  expect((await claims()).map((c: any) => [c.quote, c.source])).toEqual(Object.values(quotes).map((q) => [q, 'AUTO']));
});

describe('correctClaim', () => {
  it("gives a claim its real speaker: a HAND claim in its place, the speaker's claims follow, the extractor's made-up speaker goes", async () => {
    const auto = await claimOf(quotes.bridge);
    expect(auto.speaker.entity).not.toBeNull();
    expect(auto.review).toBeNull();
    expect(await speakers(engineer)).toHaveLength(1);
    const refused = await desk.api.run(CORRECT, { claim: auto.id, c: { speaker: STEPANYAN } });
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(await claimOf(quotes.bridge)).toEqual(auto);

    const started = Date.now();
    const review = (await desk.ok(CORRECT, { claim: auto.id, c: { speaker: STEPANYAN }, note: 'the engineer only repeated him' }))[
      'correctClaim'
    ];
    expect(review.claim).toMatchObject({
      quote: quotes.bridge,
      segments: auto.segments,
      source: 'HAND',
      score: null,
      speaker: { anonymous: false, description: null, entity: { id: STEPANYAN } },
      review: { note: 'the engineer only repeated him', requestId: expect.any(String), reviewedAt: reviewedSince(started) },
    });
    expect(review.removed).toEqual([auto.id]);
    expect(review.article).toEqual({ id: toGlobalId('Article', article) });
    expect(await claimOf(quotes.bridge)).toEqual(review.claim);
    expect(await claimsBy(STEPANYAN)).toContain(review.claim.id);
    expect(await speakers(engineer)).toEqual([]);
    // The extractor's review queue no longer lists it.
    expect((await claims({ source: 'AUTO' })).map((c: any) => c.id)).not.toContain(auto.id);
  });

  it("sets a channel, a quote's segments and flags; a corrected claim corrected again keeps its id", async () => {
    const auto = await claimOf(quotes.tass);
    expect(auto.via.entity).toEqual({ id: TASS });
    const start = text.indexOf(quotes.tass);
    const first = await correct(auto.id, { direct: true, segments: [{ start, end: start + 'Nothing has changed'.length }] });
    expect(first.claim).toMatchObject({ quote: 'Nothing has changed', via: null, source: 'HAND', flags: [] });
    expect(first.claim.segments).toEqual([{ start, end: start + 19, text: 'Nothing has changed' }]);
    expect((await claims({ via: TASS })).map((c: any) => c.id)).toEqual([]);

    const second = await correct(first.claim.id, { flags: ['PARTIAL', 'PARTIAL'], via: { entity: TASS, description: 'told TASS' } });
    expect(second.claim).toMatchObject({
      id: first.claim.id,
      quote: 'Nothing has changed',
      flags: ['PARTIAL'],
      via: { description: 'told TASS', entity: { id: TASS } },
    });
    expect(second.removed).toEqual([]);
    expect((await claims({ via: TASS })).map((c: any) => c.id)).toEqual([first.claim.id]);
    // Stamped as the reviewer's claim it is: first written at the first correction, changed at the second.
    expect(first.claim.ingestedAt).not.toBeNull();
    expect(second.claim.ingestedAt).toEqual(first.claim.ingestedAt);
    expect(new Date(second.claim.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(first.claim.updatedAt).getTime());
    const log = await db.read(
      `MATCH (b:ChangeBatch) UNWIND range(0, size(b.ids) - 1) AS i WITH b, i WHERE b.nodeKinds[i] = 'CLAIM' AND b.ids[i] = $id
       RETURN b.kinds[i] AS kind ORDER BY b.first + i`,
      {
        id: fromGlobalId(first.claim.id).key,
      },
    );
    expect(log.map((row) => row['kind'])).toEqual(['ADDED', 'UPDATED']);
  });

  it('marks a quote no claim: it goes with the speaker the extractor made up for it', async () => {
    const auto = await claimOf(quotes.roads);
    expect(await speakers(driver)).toHaveLength(1);
    expect(await correct(auto.id, { notAClaim: true })).toEqual({
      claim: null,
      removed: [auto.id],
      article: { id: toGlobalId('Article', article) },
    });
    expect(await claimOf(quotes.roads)).toBeUndefined();
    expect(await speakers(driver)).toEqual([]);
  });

  it('refuses what it cannot do with a coded error naming the input at fault, and writes nothing', async () => {
    const claim = (await claimOf(quotes.bridge)).id;
    const before = await snapshot();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ claim: toGlobalId('Claim', `${article}:auto-999`), c: { flags: [] } }, 'claim', /no such claim/],
      [{ claim: toGlobalId('Article', article), c: { flags: [] } }, 'claim', /expected the id of Claim/],
      [{ claim, c: {} }, 'correction', /says nothing to correct/],
      [
        { claim, c: { speaker: toGlobalId('Place', 'place:pokrovsk-donetsk-ua') } },
        'correction.speaker',
        /expected the id of Person or Organization/,
      ],
      [{ claim, c: { speaker: toGlobalId('Person', 'person:nobody-at-all') } }, 'correction.speaker', /no such entity/],
      [
        { claim, c: { via: { entity: toGlobalId('Place', 'place:pokrovsk-donetsk-ua'), description: 'x' } } },
        'correction.via.entity',
        /Person or Organization/,
      ],
      [
        { claim, c: { speaker: STEPANYAN, anonymousSpeaker: 'an official' } },
        'correction.anonymousSpeaker',
        /cannot be given with speaker/,
      ],
      [{ claim, c: { affiliation: toGlobalId('Place', 'place:country-ua') } }, 'correction.affiliation', /anonymousSpeaker/],
      [{ claim, c: { anonymousSpeaker: ' ' } }, 'correction.anonymousSpeaker', /blank/],
      [{ claim, c: { notAClaim: true, flags: [] } }, 'correction.notAClaim', /stands alone/],
      [{ claim, c: { notAClaim: false } }, 'correction.notAClaim', /true or left out/],
      [{ claim, c: { direct: true, via: { description: 'told TASS' } } }, 'correction.direct', /cannot be given with via/],
      [{ claim, c: { segments: [] } }, 'correction.segments', /at least one/],
      [{ claim, c: { segments: [{ start: 5, end: 5 }] } }, 'correction.segments[0].end', /after start/],
      [{ claim, c: { segments: [{ start: -1, end: 5 }] } }, 'correction.segments[0].start', /negative/],
      [
        {
          claim,
          c: {
            segments: [
              { start: 20, end: 30 },
              { start: 25, end: 40 },
            ],
          },
        },
        'correction.segments[1].start',
        /overlaps/,
      ],
      [
        {
          claim,
          c: {
            segments: [
              { start: 20, end: 30 },
              { start: 40, end: text.length + 1 },
            ],
          },
        },
        'correction.segments[1].end',
        new RegExp(`past the end .*\\(${text.length} characters\\)`),
      ],
      [{ claim, c: { flags: [] }, note: '' }, 'note', /blank/],
    ];
    for (const [variables, field, message] of cases) {
      const result = await desk.api.run(CORRECT, variables, TEST_API_KEY);
      expect([codeOf(result), fieldOf(result)], JSON.stringify(variables)).toEqual(['BAD_USER_INPUT', field]);
      expect(result.errors![0]!.message).toMatch(message);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('the corrections last', () => {
  // In text order: a reviewer's claim has an id of its own, which does not sort with the extractor's.
  const corrected = async () =>
    (await claims())
      .sort((a: any, b: any) => a.segments[0].start - b.segments[0].start)
      .map((c: any) => [c.quote, c.source, c.speaker.entity?.id ?? null, c.flags]);
  // The quote nobody corrected stays the extractor's.
  const expected = [
    [quotes.bridge, 'HAND', STEPANYAN, []],
    ['Nothing has changed', 'HAND', STEPANYAN, ['PARTIAL']],
    [quotes.schools, 'AUTO', STEPANYAN, []],
  ];

  it('through relinkArticles and reextractArticles, even once the extraction changed: what they corrected is not extracted again', async () => {
    expect(await corrected()).toEqual(expected);
    await desk.relink(article);
    expect(await corrected()).toEqual(expected);
    expect(await desk.relink(article, true)).toMatchObject({ extractionsChanged: 0 });
    // As after a new extractor: the stored extraction no longer matches, so every AUTO claim is written again.
    await db.write((tx) => tx.run(`MATCH (a:Article {id: $article}) SET a.extractionHash = 'an older extractor'`, { article }));
    expect(await desk.relink(article, true)).toMatchObject({ extractionsChanged: 1 });
    expect(await corrected()).toEqual(expected);
    expect(await speakers(engineer)).toEqual([]);
    expect(await speakers(driver)).toEqual([]);
  });

  it('through re-ingesting the same text', async () => {
    const before = await claims();
    await desk.ingest(document);
    expect(await claims()).toEqual(before);
  });

  it('only while their segments read as they did: a changed quote is extracted anew, the others stay corrected', async () => {
    // A word of the same length, so that nothing after it moves.
    await desk.ingest({ ...document, text: text.replace(quotes.bridge, 'The bridge will reopen on Friday,') });
    expect(await corrected()).toEqual([
      ['The bridge will reopen on Friday,', 'AUTO', expect.any(String), []],
      ['Nothing has changed', 'HAND', STEPANYAN, ['PARTIAL']],
      [quotes.schools, 'AUTO', STEPANYAN, []],
    ]);
  });
});

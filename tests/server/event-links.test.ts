import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { TEST_API_KEY, testServer } from '../support/api.js';
import { sampleArticle } from '../support/documents.js';
import { forgetArticles, testDb, uniqueKey } from '../support/graph.js';

/** Events labelled for people, an event during another, and the event a claim was made at (issue 14). */
const db = testDb();
const api = await testServer(db);
const written: string[] = [];
afterAll(async () => {
  await forgetArticles(db, written);
  await api.server.stop();
  await db.close();
});

const VISIT = 'event:putin-visit-ugt-command-post-2025-11-30';
const BRIEFING = 'event:putin-briefing-pokrovsk-vovchansk-2025';
const MEETING = 'event:moscow-closed-door-meeting-c14c6e6254578141';
const POKROVSK = 'event:pokrovsk-control-change-2025';

const EVENT = `query($id: ID!) { node(id: $id) { ... on Event {
  label description during { id label }
  includes(first: 10) { totalCount edges { node { id } } }
  claimsMadeAt(first: 10) { totalCount edges { node { quote madeAt { id } } } }
} } }`;

async function event(key: string) {
  const result = await api.run(EVENT, { id: toGlobalId('Event', key) });
  expect(result.errors).toBeUndefined();
  return result.data!['node'];
}

const ingest = (document: object) =>
  api.run('mutation($d: JSONObject!) { ingestArticle(document: $d) { claims events } }', { d: document }, TEST_API_KEY);

describe('the seed article’s events', () => {
  it('the briefing took place during the visit, and the visit includes it', async () => {
    const briefing = await event(BRIEFING);
    expect(briefing.during).toEqual({
      id: toGlobalId('Event', VISIT),
      label: 'Putin visits a command post of the Unified Grouping of Troops',
    });
    const visit = await event(VISIT);
    expect(visit.during).toBeNull();
    expect(visit.includes).toEqual({ totalCount: 1, edges: [{ node: { id: toGlobalId('Event', BRIEFING) } }] });
    expect(visit.description).toMatch(/^Vladimir Putin visited a command post/);
  });

  it('the diplomat spoke at the closed-door meeting, Putin at the command post', async () => {
    const meeting = await event(MEETING);
    expect(meeting.label).toBe('Closed-door meeting in Moscow');
    expect(meeting.claimsMadeAt.totalCount).toBe(1);
    expect(meeting.claimsMadeAt.edges[0].node).toEqual({
      quote: expect.stringMatching(/^‘?This is not just about territory/),
      madeAt: { id: toGlobalId('Event', MEETING) },
    });
    expect((await event(BRIEFING)).claimsMadeAt.edges.map((e: any) => e.node.quote)).toEqual([
      expect.stringMatching(/^The capture of Krasnoarmysk allows us/),
    ]);
  });

  it('labels an event nobody named by its type and place, never by a framing word', async () => {
    const capture = await event(POKROVSK);
    expect(capture.label).toBe('Control change in Pokrovsk');
    expect(capture.description).toBeNull();
  });
});

describe('event links the extractor finds in plain text', () => {
  it('the meeting a quote was told to, and the visit a briefing was held during', async () => {
    const town = uniqueKey('place:testtown');
    const name = `Testgrad${uniqueKey('')
      .replace(/[^a-z]/g, '')
      .slice(0, 6)}`;
    const doc = {
      id: uniqueKey('test-article-links'),
      title: 'Test material: a visit',
      language: 'en',
      publishedAt: '2031-03-05T09:00:00Z',
      text: `The governor visited ${name} on Monday. He was briefed on the repairs in ${name} during his visit. ‘The bridge holds,’ the governor told a closed-door meeting in ${name}.`,
      entities: [
        { id: town, kind: 'PLACE', name, country: 'UA', names: [{ form: name, language: 'en', script: 'Latn', kind: 'OFFICIAL' }] },
      ],
    };
    written.push(doc.id);
    expect((await ingest(doc)).errors).toBeUndefined();
    const result = await api.run(
      `query($a: ID!) { claims(filter: { article: $a }) { edges { node { quote madeAt { type label } } } }
        node(id: $a) { ... on Article { events { edges { node { type during { type } } } } } } }`,
      { a: toGlobalId('Article', doc.id) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!['claims'].edges.map((e: any) => e.node)).toEqual([
      { quote: 'The bridge holds,', madeAt: { type: 'MEETING', label: `Meeting in ${name}` } },
    ]);
    expect(result.data!['node'].events.edges.map((e: any) => e.node)).toContainEqual({ type: 'BRIEFING', during: { type: 'VISIT' } });
  });
});

describe('event links of an ingested article', () => {
  function linked() {
    const meetingId = uniqueKey('event:test-visit-meeting');
    const sample = sampleArticle();
    const doc = sample.document;
    const visit = doc.events[0]!;
    doc.events.push({ id: meetingId, type: 'MEETING', during: visit.id } as never);
    Object.assign(doc.claims[0]!, { at: meetingId });
    written.push(doc.id);
    return { doc, visit: visit.id, meetingId };
  }

  it('labels a placeless event by its first participant and its day', async () => {
    const { doc, visit } = linked();
    Object.assign(doc.events[0]!, { place: undefined });
    expect((await ingest(doc)).errors).toBeUndefined();
    expect((await event(visit)).label).toBe('Visit by Ivan Testenko, 30 November 2025');
  });

  it('forgets the links when the article is ingested again without them', async () => {
    const { doc, visit, meetingId } = linked();
    expect((await ingest(doc)).errors).toBeUndefined();
    expect((await event(meetingId)).during.id).toBe(toGlobalId('Event', visit));
    expect((await event(meetingId)).claimsMadeAt.totalCount).toBe(1);
    expect((await event(visit)).label).toMatch(/^Visit to Testograd, 30 November 2025$/);
    delete (doc.events[1] as { during?: string }).during;
    delete (doc.claims[0] as { at?: string }).at;
    expect((await ingest(doc)).errors).toBeUndefined();
    const meeting = await event(meetingId);
    expect(meeting.during).toBeNull();
    expect(meeting.claimsMadeAt.totalCount).toBe(0);
    expect((await event(visit)).includes.totalCount).toBe(0);
  });

  it('refuses a link to an event the article does not report, or a loop, and writes nothing', async () => {
    const cases: [(doc: any) => void, string, RegExp][] = [
      [(doc) => (doc.claims[0].at = 'event:elsewhere'), 'claims[0].at', /"event:elsewhere" is not the id of one of this article's events/],
      [(doc) => (doc.events[1].during = doc.events[1].id), 'events[1].during', /makes a cycle: .* → .*/],
      [(doc) => (doc.events[0].during = doc.events[1].id), 'events[0].during', /makes a cycle/],
    ];
    for (const [spoil, path, message] of cases) {
      const { doc } = linked();
      spoil(doc);
      const result = await ingest(doc);
      expect(result.errors?.[0]?.extensions?.['code'], path).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message, path).toContain(path);
      expect(result.errors?.[0]?.message, path).toMatch(message);
      const stored = await db.read('MATCH (a:Article {id: $id}) RETURN count(a) AS n', { id: doc.id });
      expect(stored[0]!['n']).toBe(0);
    }
  });
});

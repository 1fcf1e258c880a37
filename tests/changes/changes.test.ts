import { afterAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { httpServer } from '../support/api.js';
import { sampleArticle } from '../support/documents.js';
import { testDb } from '../support/graph.js';
import { changesAfter, endOfLog, ingest } from './support.js';

const db = testDb();
const api = await httpServer(db);
afterAll(async () => {
  await api.stop();
  await db.close();
});

/** Each node's stamps, by global id, read through node(id). */
async function stamps(ids: string[]): Promise<Record<string, { ingestedAt: string | null; updatedAt: string | null } | null>> {
  const fields = ids.map((id, i) => `n${i}: node(id: "${id}") { ... on Stamped { ingestedAt updatedAt } }`).join('\n');
  const { body } = await api.post(`{ ${fields} }`);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return Object.fromEntries(ids.map((id, i) => [id, body.data![`n${i}`]]));
}

/** The log's entries after `cursor` for the nodes named, as "KIND NODEKIND name". */
async function logged(cursor: string, names: Map<string, string>): Promise<string[]> {
  const entries = await changesAfter(api, cursor);
  return entries.filter((e) => e.node && names.has(e.node.id)).map((e) => `${e.kind} ${e.nodeKind} ${names.get(e.node!.id)}`);
}

describe('ingestedAt, updatedAt and the change log', () => {
  it('stamps what an ingest writes, leaves it alone on an unchanged re-ingest, and logs each change once', async () => {
    const { keys, document } = sampleArticle();
    const eventKey = (document.events as { id: string }[])[0]!.id;
    const ids = {
      article: toGlobalId('Article', keys.id),
      claim: toGlobalId('Claim', `${keys.id}:calm`),
      event: toGlobalId('Event', eventKey),
      town: toGlobalId('Place', keys.town),
      mayor: toGlobalId('Person', keys.mayor),
    };
    const all = Object.values(ids);
    const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));

    const start = await endOfLog(db);
    await ingest(api, document);
    const first = await stamps(all);
    for (const id of all) {
      expect(first[id]?.ingestedAt, id).toEqual(expect.any(String));
      expect(first[id]!.updatedAt).toBe(first[id]!.ingestedAt);
    }
    expect((await logged(start, byId)).sort()).toEqual(
      ['ADDED ARTICLE article', 'ADDED CLAIM claim', 'ADDED ENTITY mayor', 'ADDED ENTITY town', 'ADDED EVENT event'].sort(),
    );

    const afterFirst = await endOfLog(db);
    await ingest(api, document);
    expect(await stamps(all)).toEqual(first);
    expect(await logged(afterFirst, byId)).toEqual([]);

    // The claim now says something else and the event happened a day earlier.
    const afterSecond = await endOfLog(db);
    const claims = [{ ...(document.claims as object[])[0]!, about: [keys.mayor] }];
    const [event] = document.events as { time: object }[];
    const events = [{ ...event, time: { ...event!.time, day: 29 } }];
    await ingest(api, { ...document, claims, events });
    const third = await stamps(all);
    for (const id of [ids.article, ids.claim, ids.event]) {
      expect(third[id]!.ingestedAt).toBe(first[id]!.ingestedAt);
      expect(Date.parse(third[id]!.updatedAt!)).toBeGreaterThan(Date.parse(first[id]!.updatedAt!));
    }
    // Entities change only when their reference does: an article naming them again leaves them.
    expect(third[ids.town]).toEqual(first[ids.town]);
    expect((await logged(afterSecond, byId)).sort()).toEqual(['UPDATED ARTICLE article', 'UPDATED CLAIM claim', 'UPDATED EVENT event']);

    // A hand claim no longer annotated is retracted: its entry stays in the log, without a node.
    const afterThird = await endOfLog(db);
    await ingest(api, { ...document, claims: [], events });
    expect((await stamps([ids.claim]))[ids.claim]).toBeNull();
    const entries = await changesAfter(api, afterThird);
    expect(entries.filter((e) => e.kind === 'RETRACTED' && e.nodeKind === 'CLAIM').map((e) => e.node)).toContain(null);
    expect(entries.some((e) => e.kind === 'UPDATED' && e.node?.id === ids.article)).toBe(true);
    const sequences = entries.map((e) => e.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
  });

  it('pages the log oldest first and resumes from any cursor, in pages of any size', async () => {
    const start = await endOfLog(db);
    for (let i = 0; i < 3; i++) await ingest(api, sampleArticle().document);
    const whole = await changesAfter(api, start);
    expect(whole.length).toBeGreaterThanOrEqual(3 * 5);
    const sequences = whole.map((e) => e.sequence);
    expect(new Set(sequences).size).toBe(sequences.length);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    // Other writers may have added entries since: each read starts with the same ones.
    const inFours = await changesAfter(api, start, 4);
    expect(inFours.map((e) => e.sequence).slice(0, sequences.length)).toEqual(sequences);
    const resumed = await changesAfter(api, whole[6]!.cursor);
    expect(resumed.map((e) => e.sequence).slice(0, sequences.length - 7)).toEqual(sequences.slice(7));
  });

  it('refuses a cursor it did not give out, and pages over 500, naming the argument', async () => {
    for (const [variables, field] of [
      [{ after: 'not-a-cursor' }, 'after'],
      [{ after: Buffer.from('["x"]').toString('base64url') }, 'after'],
      [{ first: 501 }, 'first'],
    ] as const) {
      const { body } = await api.post(
        'query($after: String, $first: Int) { changes(after: $after, first: $first) { edges { cursor } } }',
        variables,
      );
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

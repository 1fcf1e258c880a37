import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';
import { toGlobalId } from '../../src/graph/global-id.js';
import { BulkIngest } from '../../src/ingest/bulk-ingest.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { loadSeeds, seedFiles } from '../../src/ingest/seed-loader.js';
import { testServer } from '../support/api.js';
import { testDb } from '../support/graph.js';

/**
 * A folder of plain reports (test material: a fictional town, three outlets, three languages)
 * loads with the seed command's one call, and the analyst's questions answer on it: who said
 * what about the town and through whom, what happened there, in whose words, corroborated by
 * how many outlets, and who denies it.
 */
const db = testDb();
const api = await testServer(db);
const TOWN = toGlobalId('Place', 'place:test-news-testopil');

beforeAll(async () => {
  const report = await loadSeeds(seedFiles([fromRoot('tests', 'fixtures', 'plain-news')]), createIngestService(db), {
    bulk: new BulkIngest(db),
  });
  expect(report.failed).toEqual([]);
});
afterAll(async () => {
  await api.server.stop();
  await db.close();
});

describe('a folder of plain reports', () => {
  it('tells who said what, in what role and through whom', async () => {
    const { data, errors } = await api.run(`{
      claims(first: 20, filter: { article: "${toGlobalId('Article', 'plain:test-news-en-capture')}" }) { edges { node {
        quote flags speaker { entity { name extracted } } via { description entity { name } }
      } } }
    }`);
    expect(errors).toBeUndefined();
    const claims = data!['claims'].edges.map((e: any) => e.node);
    expect(claims).toContainEqual({
      quote: 'The town is empty,',
      flags: [],
      speaker: { entity: { name: 'Marta Vyhadana', extracted: false } },
      via: { description: expect.stringContaining('TASS'), entity: { name: 'TASS' } },
    });
  });

  it('keeps a speaker the gazetteer lacks as a new entity with the role the article gives', async () => {
    const { data } = await api.run(`{
      claims(first: 20, filter: { article: "${toGlobalId('Article', 'plain:test-news-ru-osvobozhdenie')}" }) { edges { node {
        quote speaker { role entity { name extracted } }
      } } }
    }`);
    expect(data!['claims'].edges.map((e: any) => e.node)).toContainEqual({
      quote: 'Город под контролем',
      speaker: { role: 'военный эксперт', entity: { name: 'Пётр Тестовский', extracted: true } },
    });
    // Findable by its name, in any script, like the gazetteer's entities.
    const found = await api.run(`{ searchEntities(query: "Petr Testovskii", first: 5) { edges { node { name extracted } } } }`);
    expect(found.data!['searchEntities'].edges.map((e: any) => e.node)).toContainEqual({ name: 'Пётр Тестовский', extracted: true });
  });

  it('gives the capture as one event at the town, reported by two outlets in their own words, and denied by the third', async () => {
    const { data, errors } = await api.run(`{
      entity(id: "${TOWN}") { events { edges { node {
        id type time { precision month day }
        reports { framing article { outlet } }
        corroboration { outlets }
      } } } }
    }`);
    expect(errors).toBeUndefined();
    const [event, ...others] = data!['entity'].events.edges.map((e: any) => e.node);
    expect(others).toEqual([]);
    // "on Monday" in articles of Wednesday 7 April 2032.
    expect(event).toMatchObject({ type: 'CONTROL_CHANGE', time: { precision: 'DAY', month: 4, day: 5 }, corroboration: { outlets: 2 } });
    expect(new Map(event.reports.map((r: any) => [r.article.outlet, r.framing]))).toEqual(
      new Map([
        ['Test Wire', 'captured'],
        ['Тест-Вести', 'освободили'],
      ]),
    );

    const denial = await api.run(`{
      claims(first: 20, filter: { article: "${toGlobalId('Article', 'plain:test-news-uk-sprostuvannia')}" }) { edges { node {
        flags about { ... on Event { id } }
      } } }
    }`);
    expect(denial.data!['claims'].edges.map((e: any) => e.node)).toContainEqual({
      flags: ['INDIRECT', 'DENIAL'],
      about: expect.arrayContaining([{ id: event.id }]),
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { httpServer } from '../support/api.js';
import { launchChromium } from '../support/browser.js';
import { testDb } from '../support/graph.js';
import { clickElement, drawnNodes, exported, inkedShare, offline, shownCounts } from './explorer-page.js';

/** The explorer page (/explore) in a real headless Chromium, against the seed graph, with no network but the API. */
const db = testDb();
let browser: Awaited<ReturnType<typeof launchChromium>>;
let api: Awaited<ReturnType<typeof httpServer>>;

beforeAll(async () => {
  [browser, api] = await Promise.all([launchChromium(), httpServer(db, { ui: 'none' })]);
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await db.close();
});

describe('the explorer in Chromium', () => {
  it('searches by a former name, draws, expands on a click, filters, shows the spans and exports', { timeout: 120_000 }, async () => {
    const page = await browser.context.newPage();
    const elsewhere = await offline(page, new URL(api.url).origin);
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    await page.goto(`${api.url}explore`);
    // The kind filters are made by main.js from the model's kinds: the modules and Cytoscape loaded.
    await expect.poll(() => page.locator('#kinds input[type=checkbox]').count()).toBe(6);
    const blank = await inkedShare(page);

    await page.locator('#query').fill('Krasnoarmeysk');
    await page.locator('#query').press('Enter');
    const first = page.locator('#results button').first();
    await expect.poll(() => first.textContent()).toMatch(/^Pokrovsk — Place, Donetsk Oblast, UA/);
    await first.click();
    await expect.poll(async () => (await shownCounts(page)).nodes, { timeout: 30_000 }).toBeGreaterThan(5);
    const labels = (await drawnNodes(page)).map(({ label }) => label);
    expect(labels).toEqual(expect.arrayContaining(['Pokrovsk', 'Donetsk Oblast', 'Vladimir Putin', 'CONTROL_CHANGE · Pokrovsk']));

    // The picture: far more ink than the empty drawing had, without comparing pixel for pixel.
    expect(blank).toBeLessThan(0.002);
    expect(await inkedShare(page)).toBeGreaterThan(0.01);

    // A click on a node asks for its neighbourhood and draws more.
    const before = await shownCounts(page);
    const putin = (await drawnNodes(page)).find(({ label }) => label === 'Vladimir Putin')!;
    await clickElement(page, putin.id);
    await expect.poll(async () => (await shownCounts(page)).nodes, { timeout: 30_000 }).toBeGreaterThan(before.nodes);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Vladimir Putin');

    // A node's panel lists its edges; one read shows the article behind it with the spans marked.
    const pokrovsk = (await drawnNodes(page)).find(({ label }) => label === 'Pokrovsk')!;
    await clickElement(page, pokrovsk.id);
    await page
      .locator('#panel button', { hasText: /MENTIONS → Pokrovsk$/ })
      .first()
      .click();
    await expect.poll(() => page.locator('#panel h2').textContent()).toMatch(/ — MENTIONS → Pokrovsk$/);
    const marks = page.locator('#panel mark');
    await expect.poll(() => marks.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    for (const mark of await marks.allTextContents())
      expect(['Pokrovsk', 'Krasnoarmysk', 'Покровськ', 'Покровск', 'Красноармейск']).toContain(mark);

    // Unticking a kind takes its nodes and their edges out.
    const all = await shownCounts(page);
    await page.getByRole('checkbox', { name: 'Article' }).uncheck();
    const noArticles = await shownCounts(page);
    expect(noArticles.nodes).toBeLessThan(all.nodes);
    expect((await drawnNodes(page)).filter(({ kind }) => kind === 'Article')).toEqual([]);

    // The exports hold what is shown, as files other tools read.
    const json = await exported(page, 'JSON');
    expect(json.name).toBe('neighbourhood.json');
    const graph = JSON.parse(json.text);
    expect([graph.nodes.length, graph.edges.length]).toEqual([noArticles.nodes, noArticles.edges]);
    const graphml = await exported(page, 'GraphML');
    const parsed = await page.evaluate((xml) => {
      const doc = new (globalThis as any).DOMParser().parseFromString(xml, 'application/xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        nodes: doc.getElementsByTagName('node').length,
        edges: doc.getElementsByTagName('edge').length,
      };
    }, graphml.text);
    expect(parsed).toEqual({ errors: 0, nodes: noArticles.nodes, edges: noArticles.edges });
    const nodesCsv = await exported(page, 'CSV nodes');
    expect(nodesCsv.text.startsWith('Id,Label,kind,date,detail\r\n')).toBe(true);

    expect(failures).toEqual([]);
    expect(elsewhere).toEqual([]);
  });
});

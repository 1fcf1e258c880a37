import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { httpServer } from '../support/api.js';
import { launchChromium, offHostRequests } from '../support/browser.js';
import { testDb } from '../support/graph.js';
import { clearEdge, clickElement, drawnNodes, exported, inkedShare, shownCounts } from './explorer-page.js';

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
    const elsewhere = await offHostRequests(page, new URL(api.url).origin);
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    // A refused load (a policy violation, a 4xx) is a console error: the page asked for something it should not.
    page.on('console', (message) => void (message.type() === 'error' && failures.push(message.text())));
    await page.goto(`${api.url}explore`);
    // The kind filters are made by main.js from the model's kinds: the modules and Cytoscape loaded.
    await expect.poll(() => page.locator('#kinds input[type=checkbox]').count()).toBe(6);
    await expect.poll(() => page.locator('#edge-kinds input[type=checkbox]').count()).toBe(5);
    const blank = await inkedShare(page);

    await page.locator('#query').fill('Krasnoarmeysk');
    await page.locator('#query').press('Enter');
    const first = page.locator('#results button').first();
    await expect.poll(() => first.textContent()).toMatch(/^Pokrovsk — Place, Donetsk Oblast, UA/);
    await first.click();
    await expect.poll(async () => (await shownCounts(page)).nodes, { timeout: 30_000 }).toBeGreaterThan(5);
    const labels = (await drawnNodes(page)).map(({ label }) => label);
    expect(labels).toEqual(expect.arrayContaining(['Pokrovsk', 'Donetsk Oblast', 'Vladimir Putin', 'Control change in Pokrovsk']));

    // The picture: some 2,000 pixels more ink than the empty drawing (seen: 0.2% empty, 1.7% drawn),
    // without comparing pixel for pixel.
    const drawn = await inkedShare(page);
    expect(blank).toBeLessThan(0.005);
    expect(drawn - blank).toBeGreaterThan(0.005);

    // A click on a node asks for its neighbourhood and draws more.
    const before = await shownCounts(page);
    const oblast = (await drawnNodes(page)).find(({ label }) => label === 'Donetsk Oblast')!;
    await clickElement(page, oblast.id);
    await expect.poll(async () => (await shownCounts(page)).nodes, { timeout: 30_000 }).toBeGreaterThan(before.nodes);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Donetsk Oblast');

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

    // An edge clicked in the drawing is read the same way.
    const clear = await clearEdge(page);
    await clickElement(page, clear);
    await expect.poll(() => page.locator('#panel').getAttribute('data-showing')).toBe(clear);
    expect(await page.locator('#panel h2').textContent()).toMatch(new RegExp(` — ${clear.split('|')[1]}( \\(.*\\))? [→↔] `));

    // Co-mentions are drawn as edges of their own kind, with no arrow, and their box takes them out.
    const coMentions = (): Promise<string[]> =>
      page.evaluate(() => (globalThis as any).cy.edges('[!directed]').map((edge: any) => edge.id()));
    const drawnCoMentions = await coMentions();
    expect(drawnCoMentions.length).toBeGreaterThan(0);
    expect(drawnCoMentions.every((id) => id.split('|')[1] === 'CO_MENTIONED')).toBe(true);
    const withCoMentions = await shownCounts(page);
    await page.getByRole('checkbox', { name: 'co-mentions' }).uncheck();
    expect(await coMentions()).toEqual([]);
    expect(await shownCounts(page)).toEqual({ nodes: withCoMentions.nodes, edges: withCoMentions.edges - drawnCoMentions.length });
    await page.getByRole('checkbox', { name: 'co-mentions' }).check();

    // Unticking a kind takes its nodes and their edges out.
    const all = await shownCounts(page);
    await page.getByRole('checkbox', { name: 'Article' }).uncheck();
    const noArticles = await shownCounts(page);
    expect(noArticles.nodes).toBeLessThan(all.nodes);
    expect((await drawnNodes(page)).filter(({ kind }) => kind === 'Article')).toEqual([]);
    // A first day takes out the claims of the article of December 1st; the undated stay.
    await page.locator('#from').fill('2025-12-02');
    const shown = await shownCounts(page);
    expect(shown.nodes).toBeLessThan(noArticles.nodes);

    // The exports hold what is shown, as files other tools read.
    const json = await exported(page, 'JSON');
    expect(json.name).toBe('neighbourhood.json');
    const graph = JSON.parse(json.text);
    expect([graph.nodes.length, graph.edges.length]).toEqual([shown.nodes, shown.edges]);
    expect(graph.nodes.filter((node: any) => node.kind === 'Article' || (node.date !== null && node.date < '2025-12-02'))).toEqual([]);
    expect(graph.nodes.filter((node: any) => node.kind === 'Claim' && node.date === '2025-12-02')).not.toEqual([]);
    const graphml = await exported(page, 'GraphML');
    const parsed = await page.evaluate((xml) => {
      const doc = new (globalThis as any).DOMParser().parseFromString(xml, 'application/xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        nodes: doc.getElementsByTagName('node').length,
        edges: doc.getElementsByTagName('edge').length,
      };
    }, graphml.text);
    expect(parsed).toEqual({ errors: 0, nodes: shown.nodes, edges: shown.edges });
    const nodesCsv = await exported(page, 'CSV nodes');
    expect(nodesCsv.text.startsWith('Id,Label,kind,date,detail\r\n')).toBe(true);
    const edgesCsv = await exported(page, 'CSV edges');
    expect(edgesCsv.name).toBe('edges.csv');
    expect(edgesCsv.text.startsWith('Source,Target,Type,Id,Label,relation,articles\r\n')).toBe(true);

    expect(failures).toEqual([]);
    expect(elsewhere).toEqual([]);
  });
});

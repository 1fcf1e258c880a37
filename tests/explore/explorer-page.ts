import { readFile } from 'node:fs/promises';

import type { Page } from 'playwright-core';

/** What the browser test does on the explorer page, in the page's own terms. */

/** The node and edge counts the page's status line reports for what it shows. */
export async function shownCounts(page: Page): Promise<{ nodes: number; edges: number }> {
  const status = page.locator('#status');
  return { nodes: Number(await status.getAttribute('data-nodes')), edges: Number(await status.getAttribute('data-edges')) };
}

interface DrawnNode {
  id: string;
  label: string;
  kind: string;
}

/** The nodes Cytoscape has drawn (through the page's `cy` handle). */
export const drawnNodes = (page: Page): Promise<DrawnNode[]> =>
  page.evaluate(() =>
    (globalThis as any).cy.nodes().map((node: any) => ({ id: node.id(), label: node.data('label'), kind: node.data('kind') })),
  );

/**
 * A real mouse click where Cytoscape drew the element: an edge at its midpoint, a node at a point
 * of it no other node covers (the layout is random, and a hub's neighbours may overlap it).
 */
export async function clickElement(page: Page, id: string): Promise<void> {
  const box = (await page.locator('#graph').boundingBox())!;
  const at = await page.evaluate((elementId) => {
    const cy = (globalThis as any).cy;
    const element = cy.getElementById(elementId);
    if (element.isEdge()) return element.renderedMidpoint();
    const { x, y } = element.renderedPosition();
    const [dx, dy] = [element.renderedWidth() / 3, element.renderedHeight() / 3];
    const others = cy
      .nodes()
      .not(element)
      .map((node: any) => node.renderedBoundingBox({ includeLabels: false }));
    const free = (point: { x: number; y: number }) =>
      !others.some((b: any) => point.x >= b.x1 && point.x <= b.x2 && point.y >= b.y1 && point.y <= b.y2);
    const points = [
      [0, 0],
      [-dx, 0],
      [dx, 0],
      [0, -dy],
      [0, dy],
      [-dx, -dy],
      [dx, -dy],
      [-dx, dy],
      [dx, dy],
    ];
    return points.map(([ox, oy]) => ({ x: x + ox!, y: y + oy! })).find(free) ?? { x, y };
  }, id);
  await page.mouse.click(box.x + at.x, box.y + at.y);
}

/** An edge whose midpoint no node covers, the farthest from every node: a real click there reads that edge. */
export const clearEdge = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const cy = (globalThis as any).cy;
    const clearance = (edge: any) => {
      const { x, y } = edge.renderedMidpoint();
      return Math.min(...cy.nodes().map((node: any) => Math.hypot(node.renderedPosition().x - x, node.renderedPosition().y - y)));
    };
    return cy.edges().max(clearance).ele.id() as string;
  });

/** Clicks an export button and returns the downloaded file's name and text. */
export async function exported(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
}

/**
 * The share of the graph area's pixels that are not its white background, from a real screenshot
 * decoded by the browser itself (no PNG decoder needed here): near 0 for an empty drawing.
 */
export async function inkedShare(page: Page): Promise<number> {
  const png = (await page.locator('#graph').screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const browser = globalThis as any; // the page's window: this project's types know Node only
    const image = new browser.Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = browser.document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const pixels: Uint8ClampedArray = context.getImageData(0, 0, image.width, image.height).data;
    let inked = 0;
    for (let i = 0; i < pixels.length; i += 4) if (Math.min(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!) < 230) inked++;
    return inked / (pixels.length / 4);
  }, png);
}

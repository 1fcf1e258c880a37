import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { httpServer } from '../support/api.js';
import { testDb } from '../support/graph.js';

/** /explore over real HTTP: the page, its modules and Cytoscape come from this server, and nothing else does. */
const db = testDb();
let api: Awaited<ReturnType<typeof httpServer>>;
beforeAll(async () => {
  api = await httpServer(db, { ui: 'none' });
});
afterAll(async () => {
  await api?.stop();
  await db.close();
});

const get = (path: string, init?: RequestInit) => fetch(new URL(path, api.url), init);

/** The relative imports of an ES module's text: `from './x.js'`, `import './x.js'`. */
const importsOf = (source: string): string[] =>
  [...source.matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((match) => match[1]!);

describe('/explore', () => {
  it('serves the page with a policy that lets it load from and talk to this server only', async () => {
    for (const path of ['/explore', '/explore/']) {
      const response = await get(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self';/);
      expect(await response.text()).toContain('<script type="module" src="/explore/main.js"></script>');
    }
  });

  it('serves every module the page imports, down to the compiled graph model and Cytoscape', async () => {
    const served = new Set<string>();
    const pending = ['/explore/main.js'];
    while (pending.length > 0) {
      const path = pending.pop()!;
      if (served.has(path)) continue;
      const response = await get(path);
      expect([path, response.status, response.headers.get('content-type')]).toEqual([path, 200, 'text/javascript; charset=utf-8']);
      served.add(path);
      pending.push(...importsOf(await response.text()).map((relative) => new URL(relative, new URL(path, api.url)).pathname));
    }
    expect(served).toEqual(
      new Set([
        '/explore/main.js',
        '/explore/api.js',
        '/explore/drawing.js',
        '/explore/downloads.js',
        '/explore/panel.js',
        '/explore/vendor/cytoscape.esm.min.mjs',
        ...['cards', 'expansion', 'exports', 'filter', 'fragments', 'graph', 'graphml', 'highlight', 'neighbourhood', 'queries'].map(
          (name) => `/explore/model/${name}.js`,
        ),
      ]),
    );
  });

  it('answers 404 for any other path under it, 405 for a POST, and leaves the API where it was', async () => {
    for (const path of ['/explore/nope.js', '/explore/..%2fpackage.json', '/explore/model/graph.ts', '/explore/vendor/cytoscape.cjs.js']) {
      expect([path, (await get(path)).status]).toEqual([path, 404]);
    }
    expect((await get('/explore', { method: 'POST', body: '{}' })).status).toBe(405);
    expect((await api.post('{ searchEntities(query: "Pokrovsk", first: 1) { edges { node { name } } } }')).body.data).toEqual({
      searchEntities: { edges: [{ node: { name: 'Pokrovsk' } }] },
    });
  });
});

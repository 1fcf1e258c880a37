import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ServerResponse } from 'node:http';

import { fromRoot } from '../../config/project-root.js';

/** Where the explorer lives; README names it. */
const EXPLORE_PATH = '/explore';

/**
 * The explorer's files, each URL mapped to one file, so no request path can name anything else:
 * the page (public/), the graph model compiled by `npm run build` (it runs in the browser as it
 * runs in the tests), and Cytoscape.js from node_modules, so the page needs no network.
 */
function servedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const folder = (urlPrefix: string, dir: string, keep: (name: string) => boolean) => {
    for (const name of readdirSync(dir)) if (keep(name)) files.set(`${EXPLORE_PATH}/${urlPrefix}${name}`, join(dir, name));
  };
  folder('', fromRoot('src', 'app', 'explore', 'public'), () => true);
  folder('model/', fromRoot('dist', 'src', 'app', 'explore', 'model'), (name) => name.endsWith('.js'));
  files.set(`${EXPLORE_PATH}/vendor/cytoscape.esm.min.mjs`, fromRoot('node_modules', 'cytoscape', 'dist', 'cytoscape.esm.min.mjs'));
  for (const page of [EXPLORE_PATH, `${EXPLORE_PATH}/`]) files.set(page, files.get(`${EXPLORE_PATH}/index.html`)!);
  return files;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
};

/**
 * Only this server, for everything: a script or style from elsewhere, or a call to another host,
 * is refused by the browser. The one inline style allowed is the rule Cytoscape puts in the page's
 * head (`.__________cytoscape_container { position: relative; }`), by its hash: another version's
 * would be refused, and the browser test fails on the console error that says so.
 */
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; style-src 'self' 'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='; img-src 'self' data: blob:; object-src 'none'";

/** Listed at the first request, not at import: without a built dist/ the API still serves, only /explore fails. */
let files: Map<string, string> | undefined;

/** Whether the path is the explorer's; when it is, the file has been sent (or a 404). */
export async function serveExplorer(pathname: string, method: string, res: ServerResponse): Promise<boolean> {
  if (pathname !== EXPLORE_PATH && !pathname.startsWith(`${EXPLORE_PATH}/`)) return false;
  files ??= servedFiles();
  const file = files.get(pathname);
  if (file === undefined || (method !== 'GET' && method !== 'HEAD')) {
    res
      .writeHead(file === undefined ? 404 : 405, { 'content-type': 'text/plain; charset=utf-8' })
      .end(file === undefined ? 'Not found' : 'GET only');
    return true;
  }
  const body = await readFile(file);
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  res.end(method === 'HEAD' ? undefined : body);
  return true;
}

import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

import { afterAll, describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';
import { POSSIBLE_TYPES_FILE } from '../../src/app/emit-schema.js';
import { httpServer } from '../support/api.js';
import { testDb } from '../support/graph.js';

/**
 * The README's client snippets, run as written by Node against the real server: only the URL
 * (a free port here) and the path of possible-types.json (the snippet's is relative to the
 * project) are put in. They run from inside node_modules, so their imports resolve as in an app.
 */
const db = testDb();
const api = await httpServer(db);
afterAll(async () => {
  await api.stop();
  await db.close();
});

const README = readFileSync(fromRoot('README.md'), 'utf8');
const SNIPPET_DIR = fromRoot('node_modules', '.cache', 'readme-snippets');

function snippet(name: string): string {
  const match = new RegExp(`<!-- snippet: ${name} -->\\n\`\`\`js\\n([\\s\\S]*?)\`\`\``).exec(README);
  if (!match) throw new Error(`README has no snippet "${name}"`);
  return match[1]!;
}

async function run(name: string): Promise<string> {
  const code = snippet(name)
    .replaceAll("'http://localhost:4000/'", JSON.stringify(api.url))
    .replaceAll("'./schema/possible-types.json'", JSON.stringify(pathToFileURL(POSSIBLE_TYPES_FILE).href));
  mkdirSync(SNIPPET_DIR, { recursive: true });
  const file = join(SNIPPET_DIR, `${name}.mjs`);
  writeFileSync(file, code);
  const { stdout } = await promisify(execFile)(process.execPath, [file], { timeout: 20_000 });
  return stdout;
}

describe('the README client snippets, as written', () => {
  it('Apollo Client: Pokrovsk, its relations seen from it, through `... on Entity` (possibleTypes)', async () => {
    expect(await run('apollo-client')).toContain('Pokrovsk OUT LOCATED_IN Donetsk Oblast');
  });

  it('urql: a search with context', async () => {
    expect((await run('urql')).split('\n')[0]).toBe('Pokrovsk UA Donetsk Oblast');
  });
});

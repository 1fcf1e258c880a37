import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { loadSeeds, seedFiles } from '../../src/ingest/seed-loader.js';
import { sampleArticle, TEST_DATA_ID } from '../support/documents.js';
import { testDb } from '../support/graph.js';

const db = testDb();
afterAll(() => db.close());

/** Nodes and relationships of the seed graph; other test files write their own data alongside. */
async function graphSize(): Promise<number[]> {
  const [row] = await db.read(
    `CALL { MATCH (n) WHERE NOT n.id =~ $test RETURN count(n) AS nodes }
     CALL { MATCH (a)-[r]->(b) WHERE NOT a.id =~ $test AND NOT b.id =~ $test RETURN count(r) AS relationships }
     RETURN nodes, relationships`,
    { test: TEST_DATA_ID },
  );
  return [row!['nodes'], row!['relationships']] as number[];
}

const articleExists = async (id: string) => (await db.read('MATCH (a:Article {id: $id}) RETURN a.id AS id', { id })).length === 1;

describe('loadSeeds', () => {
  it('reloading the seeds changes nothing', async () => {
    const files = seedFiles([fromRoot('seeds')]);
    const before = await graphSize();
    const report = await loadSeeds(files, createIngestService(db));
    expect(report).toMatchObject({ loaded: files.length, failed: [], counts: { articles: 1 } });
    expect(await graphSize()).toEqual(before);
  });

  it('loads the good files and reports each bad one by file, field and problem, writing nothing of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    const good = sampleArticle();
    const badSpan = sampleArticle();
    badSpan.document.claims[0]!.segments[0]!.start = 71;
    const badReference = sampleArticle();
    badReference.document.mentions[0]!.entity = 'person:nobody';
    writeFileSync(join(dir, 'a-good.yaml'), stringify(good.document));
    writeFileSync(join(dir, 'b-bad-span.yaml'), stringify(badSpan.document));
    writeFileSync(join(dir, 'c-bad-reference.json'), JSON.stringify(badReference.document));
    writeFileSync(join(dir, 'd-not-yaml.yaml'), 'title: [unclosed');

    const report = await loadSeeds(seedFiles([dir]), createIngestService(db));

    expect(report.loaded).toBe(1);
    const messages = report.failed.map((f) => f.message).sort();
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(/b-bad-span\.yaml: claims\[0\]\.segments\[0\]\.text: "All is calm," does not match the text at 71–84/);
    expect(messages[1]).toMatch(/c-bad-reference\.json: mentions\[0\]\.entity: "person:nobody" is not a known entity$/);
    expect(messages[2]).toMatch(/d-not-yaml\.yaml: cannot be parsed/);
    expect(await articleExists(good.keys.id)).toBe(true);
    expect(await articleExists(badSpan.keys.id)).toBe(false);
    expect(await articleExists(badReference.keys.id)).toBe(false);
  });
});

describe('seedFiles', () => {
  const names = (files: string[], dir: string) => files.map((file) => relative(dir, file));

  it("finds seed files, plain articles and JSON Lines, but not a seed's own text, READMEs, hidden or other files", () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-files-'));
    mkdirSync(join(dir, 'nested'));
    mkdirSync(join(dir, '.git'));
    const files: Record<string, string> = {
      'a.yaml': 'id: test-article-a\ntitle: A\nlanguage: en\ntextFile: a.txt\n',
      'a.txt': 'The text of a.yaml.',
      'b.md': 'A plain article.',
      'c.jsonl': '{}',
      'nested/d.txt': 'A plain article in a subfolder.',
      'nested/README.md': 'About this folder.',
      'nested/readme.txt': 'About this folder, again.',
      '.draft.txt': 'Hidden.',
      '.git/e.txt': 'Hidden by its folder.',
      'f.csv': 'a,b',
      'places.yaml': 'entities: []\n',
    };
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    expect(names(seedFiles([dir]), dir)).toEqual(['a.yaml', 'b.md', 'c.jsonl', 'nested/d.txt', 'places.yaml']);
    // Named alone, a seed's text is still the seed's.
    expect(seedFiles([join(dir, 'a.txt'), join(dir, 'b.md')])).toEqual([join(dir, 'b.md')]);
  });

  it('takes a seed file that cannot be parsed to name the text of its own name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-files-'));
    writeFileSync(join(dir, 'x.yaml'), 'textFile: [unclosed');
    writeFileSync(join(dir, 'x.txt'), 'The text of the broken x.yaml.');
    writeFileSync(join(dir, 'y.txt'), 'A plain article.');
    expect(names(seedFiles([dir]), dir)).toEqual(['x.yaml', 'y.txt']);
  });

  it('finds the seed texts of seeds/ as before: no plain article among the seeds', () => {
    expect(seedFiles([fromRoot('seeds')]).filter((file) => !/\.ya?ml$/.test(file))).toEqual([]);
  });

  it('names a path that does not exist', () => {
    expect(() => seedFiles(['/no/such/seeds'])).toThrowError('/no/such/seeds: no such file or folder');
  });
});

describe('a gazetteer file loaded again from another working directory', () => {
  it('retracts what it stated before: its statements are recorded under one name wherever it is loaded from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-gazetteer-'));
    const file = join(dir, 'towns.yaml');
    const key = `place:cwd-town-${Date.now().toString(36)}`;
    const town = (forms: string[]) => ({
      entities: [
        {
          id: key,
          kind: 'PLACE',
          name: 'Cwdtown',
          names: forms.map((form) => ({ form, language: 'en', script: 'Latn', kind: 'OFFICIAL' })),
        },
      ],
    });
    const service = createIngestService(db);
    writeFileSync(file, stringify(town(['Cwdtown', 'Old Cwdtown'])));
    expect((await loadSeeds([file], service)).failed).toEqual([]);
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      writeFileSync(file, stringify(town(['Cwdtown'])));
      expect((await loadSeeds(['towns.yaml'], service)).failed).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
    const [row] = await db.read('MATCH (:Entity {id: $key})-[:HAS_NAME]->(n:Name) RETURN collect(n.form) AS forms', { key });
    expect(row!['forms']).toEqual(['Cwdtown']);
  });
});

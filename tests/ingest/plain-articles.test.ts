import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';
import { InputError } from '../../src/errors.js';
import { toGlobalId } from '../../src/graph/global-id.js';
import { BulkIngest } from '../../src/ingest/bulk-ingest.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { derivedTitle, plainArticle, plainId, textLanguage } from '../../src/ingest/plain-article.js';
import { articleSchema } from '../../src/ingest/seed.schema.js';
import { loadSeeds, seedFiles, type SeedReport } from '../../src/ingest/seed-loader.js';
import { servedTestGraph } from '../support/api.js';
import { uniqueKey } from '../support/graph.js';

const { db, api } = await servedTestGraph();

const FIXTURES = fromRoot('tests', 'fixtures', 'plain');
const load = (paths: string[]) => loadSeeds(seedFiles(paths), createIngestService(db), { bulk: new BulkIngest(db) });
const scratch = () => mkdtempSync(join(tmpdir(), 'plain-articles-'));

/** What plainArticle refuses, as "field: problem". */
function refusal(name: string, content: string): string {
  try {
    plainArticle(name, content, name);
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error(`${name} was not refused`);
}

describe('a plain article file as a seed document', () => {
  it('takes the front matter as given and derives the rest: id from the file name, title from the first line', () => {
    const doc = plainArticle(
      'notes/Harbour Day.md',
      '---\noutlet: Test Gazette\npublishedAt: 2026-03-14\n---\n\n# Harbour day\n\nText.\n',
      'x',
    );
    expect(doc).toEqual({
      id: 'plain:harbour-day',
      title: 'Harbour day',
      outlet: 'Test Gazette',
      publishedAt: '2026-03-14',
      language: 'en',
      text: '# Harbour day\n\nText.',
    });
    expect(articleSchema.safeParse(doc).success).toBe(true);
  });

  it('reads a front matter with Windows line ends, and gives way to its id, title and language', () => {
    const doc = plainArticle('a.txt', '---\r\nid: plain:given\r\ntitle: Given\r\nlanguage: de\r\n---\r\nEin Text.\r\n', 'a.txt');
    expect(doc).toMatchObject({ id: 'plain:given', title: 'Given', language: 'de', text: 'Ein Text.' });
  });

  it('names the file and the field of a front matter at fault', () => {
    expect(refusal('x.md', '---\nauthor: Someone\n---\nText.')).toBe(
      'x.md: author: is not a field of a plain article (id, title, outlet, url, publishedAt, language)',
    );
    expect(refusal('x.md', '---\ntitle: Text without an end\nText.')).toBe('x.md: front matter: has no closing "---" line');
    expect(refusal('x.md', '---\n- a list\n---\nText.')).toMatch(/^x\.md: front matter: must be a mapping of id, title/);
    expect(refusal('x.md', '---\ntitle: [unclosed\n---\nText.')).toMatch(/^x\.md: front matter: cannot be parsed: /);
    expect(refusal('x.md', '---\ntitle: Nothing after it\n---\n\n')).toMatch(/^x\.md: text: is empty/);
  });

  it('gives ids the seed key accepts, the same for the same name, readable for Cyrillic names', () => {
    expect(plainId('/a/b/Report (1).final.TXT')).toBe('plain:report-1-final');
    expect(plainId('Їжак і ґанок.md')).toBe('plain:yizhak-i-ganok');
    expect(plainId('Звіт про роботу.txt')).toBe('plain:zvit-pro-robotu');
    expect(plainId('Доклад_Ёлки.md')).toBe('plain:doklad_elki');
    expect(plainId('报告.txt')).toMatch(/^plain:[0-9a-f]{16}$/);
    expect(plainId('报告.txt')).toBe(plainId('other/报告.md'));
    expect(plainId(`${'long-name-'.repeat(30)}.txt`)).toHaveLength(120);
    for (const name of ['Report (1).final.TXT', '报告.txt', `${'x'.repeat(300)}.md`, '--.txt']) {
      expect(plainId(name)).toMatch(/^[a-z0-9][a-z0-9:._-]{0,119}$/);
    }
  });

  it('cuts a long first line at a word for the title', () => {
    const title = derivedTitle(`${'word '.repeat(60)}end\nmore`, false);
    expect(title.length).toBeLessThanOrEqual(201);
    expect(title).toMatch(/^word( word)*…$/);
    expect(derivedTitle('\n\n  Second line first  \n', false)).toBe('Second line first');
    expect(derivedTitle('## Heading ##\n', true)).toBe('Heading');
    expect(derivedTitle('## Not a heading in .txt\n', false)).toBe('## Not a heading in .txt');
  });
});

describe('the language of a plain article, from its letters', () => {
  it('tells English, Russian and Ukrainian apart', () => {
    expect(textLanguage('The ferry leaves at seven.', 'x')).toBe('en');
    expect(textLanguage('Паром отходит в семь, и все пассажиры уже на борту.', 'x')).toBe('ru');
    expect(textLanguage('Пором відходить о сьомій, і всі пасажири вже на борту.', 'x')).toBe('uk');
  });

  it('counts letters, not mere presence: a Russian text that names Київ is Russian, a Ukrainian one that quotes «ы» Ukrainian', () => {
    expect(textLanguage('Делегация прибыла в Київ, где её встретили представители мэрии.', 'x')).toBe('ru');
    expect(textLanguage('Він сказав «мы», але всі інші говорили українською й співали пісні.', 'x')).toBe('uk');
  });

  it('refuses to guess: no letters, another script, or no script holding three quarters of them', () => {
    expect(() => textLanguage('12 345 — 678.', 'a.txt')).toThrowError(
      /^a\.txt: language: cannot be told from the text \(it has no letters\)/,
    );
    expect(() => textLanguage('Καλημέρα κόσμε.', 'a.txt')).toThrowError(
      /0 % Latin, 0 % Cyrillic, 100 % other\): give it in the front matter/,
    );
    expect(() => textLanguage('Hello world. Привет мир.', 'a.txt')).toThrowError(/its letters are 53 % Latin, 47 % Cyrillic, 0 % other/);
  });
});

const ARTICLE = `query($id: ID!) { article(id: $id) { title outlet url language publishedAt } }`;
const article = async (key: string) => (await api.run(ARTICLE, { id: toGlobalId('Article', key) })).data?.['article'];

describe('a folder of plain articles in three languages', () => {
  let first: SeedReport;
  beforeAll(async () => {
    first = await load([join(FIXTURES, 'articles')]);
  });

  it('loads every article, the seed beside them included, skipping the README, hidden and other files', () => {
    expect(first.failed).toEqual([]);
    expect(first.loaded).toBe(5);
    expect(first.counts.articles).toBe(5);
  });

  it('serves each with the fields given and those derived', async () => {
    expect(await article('plain:test-en-harbour-festival')).toEqual({
      title: 'Test material: the lantern festival of Greyhaven',
      outlet: 'Test Gazette',
      url: 'https://example.org/test-material/greyhaven-lanterns',
      language: 'en',
      publishedAt: new Date('2026-03-14T09:30:00Z'),
    });
    expect(await article('plain:test-en-library-notes')).toEqual({
      title: 'A new reading room opens in Millbrook',
      outlet: null,
      url: null,
      language: 'en',
      publishedAt: null,
    });
    expect(await article('plain:test-ru-pumpkin-show')).toMatchObject({ title: 'В Заречье прошла выставка садовых тыкв', language: 'ru' });
    expect(await article('plain:test-uk-village-choir')).toMatchObject({
      title: 'Хор із Вербівки вперше виступив у місті',
      outlet: 'Тестовий вісник',
      language: 'uk',
      publishedAt: new Date('2026-04-02T00:00:00Z'),
    });
  });

  it("does not load a seed's own text as an article of its own", async () => {
    expect(await article('test-article-plain-seed-beside')).toMatchObject({ title: expect.stringMatching(/text sits beside it/) });
    expect(await article('plain:test-seed-beside')).toBeNull();
  });

  it('loaded again, from another folder too, keeps one article each: the same file is the same article', async () => {
    const elsewhere = scratch();
    copyFileSync(join(FIXTURES, 'articles', 'test-en-library-notes.txt'), join(elsewhere, 'test-en-library-notes.txt'));
    expect((await load([join(FIXTURES, 'articles')])).failed).toEqual([]);
    expect((await load([elsewhere])).failed).toEqual([]);
    const rows = await db.read(
      `MATCH (a:Article) WHERE a.title IN $titles OR a.id STARTS WITH 'plain:test-' AND NOT a.id STARTS WITH 'plain:test-bulk' AND NOT a.id STARTS WITH 'plain:test-news'
       RETURN a.id AS id ORDER BY id`,
      { titles: ['A new reading room opens in Millbrook', 'В Заречье прошла выставка садовых тыкв'] },
    );
    expect(rows.map((r) => r['id'])).toEqual([
      'plain:test-en-harbour-festival',
      'plain:test-en-library-notes',
      'plain:test-ru-pumpkin-show',
      'plain:test-uk-village-choir',
    ]);
  });
});

describe('a plain article refused', () => {
  it('names the file and field and leaves nothing of it; the other files load', async () => {
    const dir = scratch();
    const bad = uniqueKey('bad-date');
    const good = uniqueKey('good');
    writeFileSync(join(dir, `${bad}.md`), '---\npublishedAt: 2026-02-30\n---\nTEST MATERIAL: a day that does not exist.\n');
    writeFileSync(join(dir, `${good}.txt`), 'TEST MATERIAL: a good article beside a bad one.\n');
    const report = await load([dir]);
    expect(report.failed.map((f) => f.message)).toEqual([expect.stringMatching(new RegExp(`${bad}\\.md: publishedAt: `))]);
    expect(await article(`plain:${bad}`)).toBeNull();
    expect(await article(`plain:${good}`)).toMatchObject({ language: 'en' });
  });

  it('says clearly when its language cannot be told, and loads nothing of it', async () => {
    const dir = scratch();
    const name = uniqueKey('greek');
    writeFileSync(join(dir, `${name}.txt`), 'Δοκιμαστικό υλικό: ένα κείμενο στα ελληνικά.\n');
    const report = await load([dir]);
    expect(report.failed.map((f) => f.message)).toEqual([
      expect.stringMatching(new RegExp(`${name}\\.txt: language: cannot be told from the text .*give it in the front matter`)),
    ]);
    expect(await article(`plain:${name}`)).toBeNull();
  });

  it('refuses a second file with the id of the first, rather than one overwriting the other', async () => {
    const dir = scratch();
    const name = uniqueKey('twice');
    writeFileSync(join(dir, `${name}.md`), 'TEST MATERIAL: the first of two.\n');
    writeFileSync(join(dir, `${name}.txt`), 'TEST MATERIAL: the second of two.\n');
    const report = await load([dir]);
    expect(report.failed.map((f) => f.message)).toEqual([
      expect.stringMatching(new RegExp(`${name}\\.txt: id: "plain:${name}" is also the id of .*${name}\\.md`)),
    ]);
    expect(await article(`plain:${name}`)).toMatchObject({ title: 'TEST MATERIAL: the first of two.' });
  });
});

describe('JSON Lines', () => {
  it('loads the good lines and refuses a bad one by file and line number', async () => {
    const report = await load([join(FIXTURES, 'bulk.jsonl')]);
    expect(report.failed.map((f) => f.message)).toEqual([expect.stringMatching(/bulk\.jsonl:5: publishedAt: /)]);
    expect(report.loaded).toBe(4);
    expect(report.counts.articles).toBe(4);
    expect(await article('plain:test-bulk-uk')).toMatchObject({ title: 'Тестовий матеріал: у Вербівці посадили сад', language: 'uk' });
    for (const key of ['plain:test-bulk-en', 'plain:test-bulk-ru', 'plain:test-bulk-en-2']) expect(await article(key)).not.toBeNull();
    expect(await article('plain:test-bulk-bad-date')).toBeNull();
  });

  it('refuses a line that is not JSON, or wants a text file, by its line; the lines after it load', async () => {
    const dir = scratch();
    const id = uniqueKey('test-article-jsonl');
    const line = (n: number) => JSON.stringify({ id: `${id}-${n}`, title: 'Test material', language: 'en', text: 'TEST MATERIAL.' });
    const file = join(dir, 'lines.jsonl');
    writeFileSync(
      file,
      [line(1), '{"id": "unclosed', JSON.stringify({ id: `${id}-3`, title: 'T', language: 'en', textFile: 'x.txt' }), line(4)].join('\n'),
    );
    const report = await load([file]);
    expect(report.failed.map((f) => f.message).sort()).toEqual([
      expect.stringMatching(/lines\.jsonl:2: cannot be parsed: /),
      expect.stringMatching(/lines\.jsonl:3: textFile: is only available to seed files/),
    ]);
    expect(report.failed.every((f) => f.file === file)).toBe(true);
    expect(await article(`${id}-1`)).not.toBeNull();
    expect(await article(`${id}-4`)).not.toBeNull();
  });
});

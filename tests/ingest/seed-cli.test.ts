import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { afterAll, describe, expect, inject, it } from 'vitest';

import { EXIT } from '../../src/config/operator-error.js';
import { fromRoot } from '../../src/config/project-root.js';
import { missingTool } from '../../src/db/embedded-neo4j.js';
import { runCli, type Run } from '../support/cli.js';

/** `npm run seed` as a person or a script meets it: the built CLI (tests/global-setup.ts builds dist/) as a child process. */
const CLI = fromRoot('dist', 'src', 'ingest', 'seed.cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'seed-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const seed = (args: string[], env: NodeJS.ProcessEnv, command = process.execPath, argv = [CLI, ...args]): Promise<Run> =>
  runCli(argv, env, command);

const lines = (text: string) => text.split(/\r?\n/).filter((line) => line.trim() !== '');
const noStack = (run: Run) => expect(run.stderr + run.stdout).not.toMatch(/^\s+at /m);

/** An article wrong in three places at once. */
const BAD_ARTICLE = `
id: test-seed-cli-bad
title: 42
language: English
text: "Pokrovsk."
mentions:
  - { start: "zero", end: 8, text: "Pokrovsk", entity: place:pokrovsk-donetsk-ua }
`;

describe('a bad seed file', () => {
  const file = join(scratch, 'bad-article.yaml');
  writeFileSync(file, BAD_ARTICLE);

  it('is refused with every problem on a line of its own, exit 1', async () => {
    const run = await seed([file], { NEO4J_URI: inject('neo4jUri'), LOG_FORMAT: 'human' });
    expect(run.code).toBe(EXIT.refused);
    const errors = lines(run.stderr).filter((line) => / ERROR /.test(line));
    expect(errors.map((line) => /bad-article\.yaml: (\S+):/.exec(line)?.[1]).sort()).toEqual(['language', 'mentions[0].start', 'title']);
    expect(run.stderr).toMatch(/INFO {2}seeding finished loaded=0 failed=1/);
    noStack(run);
  });

  it('is reported as JSON lines with --json, each problem with its file', async () => {
    const run = await seed(['--json', file], { NEO4J_URI: inject('neo4jUri'), LOG_FORMAT: 'human' });
    expect(run.code).toBe(EXIT.refused);
    const records = lines(run.stderr).map((line) => JSON.parse(line) as { level: number; msg: string; file?: string });
    expect(records.filter((r) => r.level === 50).map((r) => r.file)).toEqual([file, file, file]);
  });
});

describe('plain articles and JSON Lines', () => {
  it('a folder loads but for the bad line, named by file and line, exit 1, with the counts last; again the same', async () => {
    for (const round of [1, 2]) {
      const run = await seed([fromRoot('tests', 'fixtures', 'plain')], { NEO4J_URI: inject('neo4jUri'), LOG_FORMAT: 'human' });
      expect(run.code, `run ${round}`).toBe(EXIT.refused);
      expect(lines(run.stderr).filter((line) => / ERROR /.test(line))).toEqual([
        expect.stringMatching(/ERROR tests\/fixtures\/plain\/bulk\.jsonl:5: publishedAt: .* file=\S+bulk\.jsonl$/),
      ]);
      // Four plain articles, the seed beside them, four lines; the claims and events are the extractor's.
      expect(run.stderr).toMatch(/INFO {2}seeding finished loaded=9 failed=1 articles=9 mentions=\d+ claims=\d+ events=\d+/);
    }
  });

  it('a refused plain article is a line naming its file and field, exit 1', async () => {
    const dir = join(scratch, 'plain-refused');
    mkdirSync(dir);
    writeFileSync(join(dir, 'bad-date.md'), '---\npublishedAt: 30.11.2026\n---\nTEST MATERIAL.\n');
    writeFileSync(join(dir, 'greek.txt'), 'Δοκιμαστικό υλικό.\n');
    const run = await seed([dir], { NEO4J_URI: inject('neo4jUri'), LOG_FORMAT: 'human' });
    expect(run.code).toBe(EXIT.refused);
    expect(lines(run.stderr).filter((line) => / ERROR /.test(line))).toEqual([
      expect.stringMatching(/ERROR \S*greek\.txt: language: cannot be told from the text/),
      expect.stringMatching(/ERROR \S*bad-date\.md: publishedAt: /),
    ]);
    expect(run.stderr).toMatch(/seeding finished loaded=0 failed=2/);
    noStack(run);
  });
});

describe('Neo4j that cannot be used', () => {
  it('unreachable: one line saying so, exit 3', async () => {
    const run = await seed([], { NEO4J_URI: 'bolt://127.0.0.1:1', LOG_FORMAT: 'human' });
    expect(run.code).toBe(EXIT.neo4j);
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(/FATAL Neo4j at bolt:\/\/127\.0\.0\.1:1 cannot be reached \(connect ECONNREFUSED 127\.0\.0\.1:1\)/),
    ]);
  });

  it.each(['bolt://localhost:notaport', 'bolt://', 'http://localhost:7474'])(
    'malformed NEO4J_URI %s: one line naming it, exit 2',
    async (uri) => {
      const run = await seed([], { NEO4J_URI: uri, LOG_FORMAT: 'human' });
      expect(run.code).toBe(EXIT.usage);
      expect(lines(run.stderr)).toEqual([
        expect.stringMatching(/FATAL Invalid configuration: NEO4J_URI: must be a bolt:\/\/ or neo4j:\/\/ URI/),
      ]);
    },
  );

  it("no java on PATH for the project's own Neo4j: one line saying what to install, at once, exit 3", async () => {
    const bin = join(scratch, 'bin-without-java');
    mkdirSync(bin);
    const run = await seed([], { PATH: bin, NEO4J_DATA_DIR: join(scratch, 'data'), LOG_FORMAT: 'human' });
    expect(run.code).toBe(EXIT.neo4j);
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(/FATAL `java` is not on PATH: the project's own Neo4j needs a JDK 17 or newer/),
    ]);
    expect(run.ms).toBeLessThan(10_000);
  });

  it('names mvn when the jars still have to be fetched, java when it is missing', () => {
    const withJava = join(scratch, 'bin-with-java-only');
    mkdirSync(withJava);
    symlinkSync(process.execPath, join(withJava, 'java'));
    expect(missingTool(false, withJava)).toMatch(/^`mvn` is not on PATH: the project's own Neo4j needs Maven/);
    expect(missingTool(true, withJava)).toBeUndefined();
    expect(missingTool(true, dirname(withJava))).toMatch(/^`java` is not on PATH/);
    expect(missingTool(true, undefined)).toMatch(/^`java` is not on PATH/);
  });
});

describe('output and usage', () => {
  it('is JSON lines when stderr is not a terminal, readable lines when it is', async () => {
    const piped = await seed([], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(JSON.parse(lines(piped.stderr)[0]!)).toMatchObject({ level: 60, msg: expect.stringMatching(/cannot be reached/) });
    // `script` gives the CLI a terminal, as a person's shell would.
    const command = [process.execPath, CLI].map((part) => `'${part}'`).join(' ');
    const atTerminal = await seed([], { NEO4J_URI: 'bolt://127.0.0.1:1' }, 'script', ['-qec', command, '/dev/null']);
    expect(atTerminal.code).toBe(EXIT.neo4j);
    expect(lines(atTerminal.stdout)).toEqual([
      expect.stringMatching(/^\d\d:\d\d:\d\d FATAL Neo4j at bolt:\/\/127\.0\.0\.1:1 cannot be reached/),
    ]);
  });

  it('--help names the environment variables and the exit codes', async () => {
    const run = await seed(['--help'], {});
    expect(run.code).toBe(EXIT.ok);
    for (const name of [
      'NEO4J_URI',
      'NEO4J_USERNAME',
      'NEO4J_PASSWORD',
      'NEO4J_DATABASE',
      'NEO4J_DATA_DIR',
      'QUERY_TIMEOUT_MS',
      'LOG_LEVEL',
      'LOG_FORMAT',
      '--json',
    ]) {
      expect(run.stdout).toContain(name);
    }
    for (const code of Object.values(EXIT)) expect(run.stdout).toMatch(new RegExp(`^ {2}${code} {2}\\S`, 'm'));
  });

  it('--help states how plain articles are read and what is derived', async () => {
    const { stdout } = await seed(['--help'], {});
    for (const rule of [
      '.txt .md',
      'front matter',
      'plain:<file name as a slug>',
      'first non-empty line',
      'і ї є ґ',
      'textFile',
      '.jsonl',
      'file:line',
    ]) {
      expect(stdout).toContain(rule);
    }
  });

  it('a missing path or an unknown option exits 2', async () => {
    const missing = await seed([join(scratch, 'nothing-here')], { LOG_FORMAT: 'human' });
    expect(missing.code).toBe(EXIT.usage);
    expect(lines(missing.stderr)).toEqual([expect.stringMatching(/FATAL .*nothing-here: no such file or folder/)]);
    expect((await seed(['--bogus'], {})).code).toBe(EXIT.usage);
  });

  it('npm run seed builds nothing when nothing changed (tsc --build: up to date)', async () => {
    const scripts = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['preseed']).toBe('npm run build');
    const [tsc, ...args] = scripts['build']!.split(' ');
    const run = await seed([], {}, join(fromRoot('node_modules', '.bin'), tsc!), [...args, '--dry', '--verbose']);
    expect(run.stdout).toMatch(/Project '.*tsconfig\.json' is up to date/);
  });
});

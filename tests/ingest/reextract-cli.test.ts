import { describe, expect, inject, it } from 'vitest';

import { EXIT } from '../../src/config/operator-error.js';
import { fromRoot } from '../../src/config/project-root.js';
import { runCli } from '../support/cli.js';

/** `npm run reextract` (the relink CLI with --extract) as a person runs it, on the seed article. */
const CLI = fromRoot('dist', 'src', 'ingest', 'relink.cli.js');
const reextract = (...ids: string[]) => runCli([CLI, '--extract', ...ids], { NEO4J_URI: inject('neo4jUri'), LOG_FORMAT: 'json' });
const records = (stderr: string) =>
  stderr
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
const finished = (stderr: string) => records(stderr).find((r) => r['msg'] === 'relinking finished');

describe('npm run reextract', () => {
  it('links and extracts the given articles again, and writes nothing when nothing changed', async () => {
    // The seed article is annotated by hand, so its extraction (none) is what ingest stored; its
    // mentions may change once, when other tests have loaded places since.
    const first = await reextract('c14c6e6254578141');
    expect(first.code, first.stderr).toBe(EXIT.ok);
    expect(finished(first.stderr)).toMatchObject({ articles: 1, extractionsChanged: 0 });
    const again = await reextract('c14c6e6254578141');
    expect(finished(again.stderr)).toMatchObject({
      articles: 1,
      mentionsAdded: 0,
      mentionsRemoved: 0,
      mentionsChanged: 0,
      extractionsChanged: 0,
    });
  });

  it('refuses an id that names no article, changing nothing', async () => {
    const run = await reextract('no-such-article');
    expect(run.code).toBe(EXIT.refused);
    expect(records(run.stderr).map((r) => r['msg'])).toEqual(['ids[0]: no article has the id "no-such-article"']);
  });
});

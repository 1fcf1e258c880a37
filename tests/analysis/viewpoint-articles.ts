import { readdirSync, readFileSync } from 'node:fs';

import { parse as parseYaml } from 'yaml';

import { fromRoot } from '../../src/config/project-root.js';
import type { GraphDb } from '../../src/db/graph-db.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { forgetArticles, uniqueKey } from '../support/graph.js';

/**
 * The test-material articles of tests/fixtures/viewpoints (one control change and one strike,
 * told by a Russian, a neutral and two Ukrainian outlets), ingested with ids of this run's own:
 * every key there starts "test-viewpoints-", which becomes a prefix unique to the run.
 */
const FOLDER = fromRoot('tests', 'fixtures', 'viewpoints');
const MARK = 'test-viewpoints-';

export function viewpointRun(db: GraphDb) {
  const run = `${uniqueKey('test-viewpoints')}-`;
  const key = (fixtureKey: string): string => fixtureKey.replace(MARK, run);
  const ingest = createIngestService(db);
  const ingested: string[] = [];
  return {
    key,
    /** Ingests the fixture `name` (its file name without extension), as the ingestArticle mutation would. */
    async ingest(name: string): Promise<void> {
      const { textFile, ...doc } = parseYaml(readFileSync(`${FOLDER}/${name}.yaml`, 'utf8')) as Record<string, unknown>;
      const text = readFileSync(`${FOLDER}/${textFile as string}`, 'utf8');
      const own = JSON.parse(JSON.stringify({ ...doc, text }).replaceAll(MARK, run)) as { id: string };
      await ingest.ingestArticle(own, `viewpoints/${name}`);
      ingested.push(own.id);
    },
    /** The articles, then what they alone left: the run's entities (merged ones too) with their names, and its events. */
    async forget(): Promise<void> {
      await forgetArticles(db, ingested);
      await db.write((tx) =>
        tx.run(
          `MATCH (x) WHERE (x:Entity OR x:EntityAlias OR x:Event) AND x.id CONTAINS $run
           OPTIONAL MATCH (x)-[:HAS_NAME]->(n:Name) WHERE NOT EXISTS { (n)<-[:HAS_NAME]-(o) WHERE o <> x }
           DETACH DELETE n, x`,
          { run },
        ),
      );
    },
  };
}

/** The fixtures' names in their order: the order the test ingests them in. */
export const VIEWPOINT_ARTICLES = readdirSync(FOLDER)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/, ''))
  .sort();

import 'reflect-metadata';

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Command } from 'commander';

import { loadConfig } from '../src/config/config.js';
import { fromRoot } from '../src/config/project-root.js';
import { startNeo4j, type RunningNeo4j } from '../src/db/embedded-neo4j.js';
import { GraphDb } from '../src/db/graph-db.js';
import { applySchema } from '../src/db/schema-setup.js';
import { DEFAULT_GAZETTEER, loadGazetteer } from '../src/gazetteer/gazetteer.service.js';
import { createIngestService } from '../src/ingest/ingest.service.js';
import { loadSeeds, seedFiles } from '../src/ingest/seed-loader.js';
import { evaluate } from './evaluate.js';
import { report } from './report.js';

const options = new Command('eval')
  .description(
    'Links the gold set (tests/fixtures/gold, test material) and the seed article from their text alone and prints precision, recall and wrong links per language.',
  )
  .option('--verbose', 'list every miss, wrong link and spurious link of the tuning set, every seen set and the seed article')
  .option('--held-out-misses', "with --verbose, list the held-out set's misses too (read them only to close a round of tuning)")
  .option('--seeds-only', 'the seed gazetteer alone, without the default GeoNames set')
  .parse()
  .opts<{ verbose?: boolean; heldOutMisses?: boolean; seedsOnly?: boolean }>();

// The project's own Neo4j on a temporary store holding the seeds and the default gazetteer, unless NEO4J_URI names a graph
// to evaluate against as it is.
const config = loadConfig();
const dataDir = config.NEO4J_URI ? null : mkdtempSync(join(tmpdir(), 'newsgraph-eval-'));
let neo4j: RunningNeo4j | null = null;
try {
  neo4j = dataDir ? await startNeo4j(dataDir) : null;
  const db = GraphDb.connect({
    uri: config.NEO4J_URI ?? neo4j!.uri,
    username: config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: 60_000,
  });
  try {
    if (neo4j) {
      await applySchema(db);
      const seeded = await loadSeeds(seedFiles([fromRoot('seeds')]), createIngestService(db));
      if (seeded.failed.length) throw new Error(seeded.failed.map((f) => f.message).join('\n'));
      // What `npm start` loads: the linker is measured against the gazetteer users get.
      if (!options.seedsOnly) await loadGazetteer(db, DEFAULT_GAZETTEER);
    }
    console.log(report(await evaluate(db), { verbose: options.verbose ?? false, heldOut: options.heldOutMisses ?? false }));
  } finally {
    await db.close();
  }
} finally {
  await neo4j?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

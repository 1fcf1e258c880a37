import 'reflect-metadata';

import { fromRoot } from '../../src/config/project-root.js';
import { applySchema } from '../../src/db/schema-setup.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { loadSeeds, seedFiles } from '../../src/ingest/seed-loader.js';
import { connect } from './graph.js';

/**
 * Schema, seed data and the test-material articles (other viewpoints on the seed's events),
 * loaded once per run before any test file starts.
 */
export async function prepareGraph(uri: string): Promise<void> {
  const db = connect(uri);
  try {
    await applySchema(db);
    const report = await loadSeeds(seedFiles([fromRoot('seeds'), fromRoot('tests', 'fixtures', 'articles')]), createIngestService(db));
    if (report.failed.length) throw new Error(`Seeds failed to load: ${report.failed.map((f) => f.message).join('; ')}`);
  } finally {
    await db.close();
  }
}

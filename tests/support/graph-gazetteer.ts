/** The linker's gazetteer as ingest reads it from the test graph (the seeds and the fixture articles' entities). */
import { GazetteerRepository } from '../../src/linking/gazetteer.repository.js';
import { buildNameIndex, type GazetteerEntry, type NameIndex } from '../../src/linking/linker.js';
import { testDb } from './graph.js';

export async function graphGazetteer(): Promise<{ entries: GazetteerEntry[]; index: NameIndex }> {
  const db = testDb();
  try {
    const entries = await new GazetteerRepository(db).entries();
    return { entries, index: buildNameIndex(entries) };
  } finally {
    await db.close();
  }
}

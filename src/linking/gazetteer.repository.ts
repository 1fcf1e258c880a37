import type { Cypher } from '../db/graph-db.js';
import { READ_GAZETTEER_VERSION } from '../graph/gazetteer-version.js';
import type { GazetteerEntry } from './linker.js';

/** Every entity with its name forms and the places it lies in: what the linker matches against. */
const GAZETTEER_ENTRIES = `
MATCH (e:Entity)
RETURN e.id AS entityKey, e.kind AS kind, e.country AS country, e.adminArea AS adminArea, e.featureClass AS featureClass,
  [(e)-[:LOCATED_IN|PART_OF]->(p:Place) | p.id] AS within,
  [(e)-[:HAS_NAME]->(n:Name) | n.form] AS forms`;

export class GazetteerRepository {
  constructor(private readonly db: Cypher) {}

  async entries(): Promise<GazetteerEntry[]> {
    return (await this.db.read(GAZETTEER_ENTRIES)) as unknown as GazetteerEntry[];
  }

  /** The stamp every write changing the entries bumps (src/graph/gazetteer-version.ts). */
  async version(): Promise<number> {
    const [row] = await this.db.read(READ_GAZETTEER_VERSION);
    return row!['version'] as number;
  }
}

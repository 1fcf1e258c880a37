import type { Cypher } from '../db/graph-db.js';
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
}

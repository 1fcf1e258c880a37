import type { Cypher } from '../db/graph-db.js';
import { COUNTRY_PREFIX } from './countries.js';
import { GEONAMES_PREFIX, type AdminArea } from './geonames.mapping.js';
import * as Q from './import.cypher.js';

export interface ImportRecord {
  fingerprint: string;
  /** The gazetteer sources (batches) the load wrote, so a later load retracts those it no longer writes. */
  batches: string[];
}

export interface Twin {
  keep: string;
  remove: string;
}

export class ImportRepository {
  constructor(private readonly db: Cypher) {}

  async read(id: string): Promise<ImportRecord | null> {
    const [row] = await this.db.read(Q.READ_IMPORT, { id });
    return row ? { fingerprint: row['fingerprint'] as string, batches: row['batches'] as string[] } : null;
  }

  async save(id: string, record: ImportRecord): Promise<void> {
    await this.db.write((tx) => tx.run(Q.SAVE_IMPORT, { id, ...record }));
  }

  async curatedTwins(): Promise<Twin[]> {
    const rows = await this.db.read(Q.CURATED_TWINS, { geonamesPrefix: GEONAMES_PREFIX, countryPrefix: COUNTRY_PREFIX });
    return rows.map((row) => ({ keep: row['keep'] as string, remove: row['remove'] as string }));
  }

  /** Keyed by code; two areas claiming one code would be a curation error, and the first wins. */
  async adminAreas(): Promise<Map<string, AdminArea>> {
    const rows = await this.db.read(Q.ADMIN_AREAS);
    const areas = new Map<string, AdminArea>();
    for (const row of rows) if (!areas.has(row['code'] as string)) areas.set(row['code'] as string, row as unknown as AdminArea);
    return areas;
  }
}

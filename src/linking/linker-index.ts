import type { GazetteerRepository } from './gazetteer.repository.js';
import { buildNameIndex, type GazetteerEntry, type NameIndex } from './linker.js';

/**
 * What the linker reads of an entity a document brings (the seed format's EntityDoc has these
 * fields): declared here so linking does not import ingest, which imports linking.
 */
export interface StatedEntity {
  id: string;
  kind: GazetteerEntry['kind'];
  country?: string | undefined;
  adminArea?: string | undefined;
  featureClass?: string | undefined;
  featureCode?: string | undefined;
  population?: number | undefined;
  names: readonly { form: string }[];
}

/** A document's own entity as the linker sees it, so the linker finds it in the document's text too. */
export const toGazetteerEntry = (entity: StatedEntity): GazetteerEntry => ({
  entityKey: entity.id,
  kind: entity.kind,
  country: entity.country ?? null,
  adminArea: entity.adminArea ?? null,
  featureClass: entity.featureClass ?? null,
  featureCode: entity.featureCode ?? null,
  population: entity.population ?? null,
  within: [],
  forms: entity.names.map((n) => n.form),
});

/** The gazetteer as read at one version: its entries, and their index built on first use. */
export class GazetteerSnapshot {
  private index: NameIndex | null = null;
  private byKey: Map<string, GazetteerEntry> | null = null;
  private countries: Map<string, string> | null = null;

  constructor(private readonly entries: GazetteerEntry[]) {}

  /** The entry of an entity key, for what the extractor must know of a mention (its kind). */
  entry(key: string): GazetteerEntry | undefined {
    this.byKey ??= new Map(this.entries.map((e) => [e.entityKey, e]));
    return this.byKey.get(key);
  }

  /**
   * The country entity of an ISO 3166-1 alpha-2 code ("a senior Russian diplomat" → Russia): the
   * place GeoNames codes as a country, else the curated one (a place of that country that lies in none).
   */
  countryKey(code: string): string | undefined {
    if (!this.countries) {
      this.countries = new Map();
      const places = this.entries.filter((e) => e.kind === 'PLACE' && e.country && e.adminArea === null && !e.within.length);
      for (const e of places) if (e.featureCode?.startsWith('PCL')) this.countries.set(e.country!, e.entityKey);
      for (const e of places) if (!e.featureCode && !this.countries.has(e.country!)) this.countries.set(e.country!, e.entityKey);
    }
    return this.countries.get(code);
  }

  /** The index to link a document with; one bringing entities of its own gets them added. */
  for(own: readonly StatedEntity[]): NameIndex {
    if (own.length) return buildNameIndex([...this.entries, ...own.map(toGazetteerEntry)]);
    this.index ??= buildNameIndex(this.entries);
    return this.index;
  }
}

/**
 * The linker's view of the entities in the graph, kept while the gazetteer's version stamp
 * (src/graph/gazetteer-version.ts) stays where it was: a write by any process (an ingest, a
 * gazetteer load, a merge) moves it, and the next `current()` reads the entries again.
 */
export class LinkerIndex {
  private built: { version: number; snapshot: Promise<GazetteerSnapshot> } | null = null;

  constructor(private readonly gazetteer: GazetteerRepository) {}

  /**
   * One read of the stamp; the entries only when it moved. The stamp is read before the entries,
   * so a snapshot is never older than its version: a write committed in between moves the stamp
   * past it and the next call reads again.
   */
  async current(): Promise<GazetteerSnapshot> {
    const version = await this.gazetteer.version();
    if (this.built?.version !== version) {
      const built = { version, snapshot: this.gazetteer.entries().then((entries) => new GazetteerSnapshot(entries)) };
      this.built = built;
      // A failed read is not kept: the next call tries again.
      built.snapshot.catch(() => {
        if (this.built === built) this.built = null;
      });
    }
    return this.built.snapshot;
  }
}

import type { EntityDoc } from '../ingest/seed.schema.js';
import type { GazetteerRepository } from './gazetteer.repository.js';
import { buildNameIndex, type GazetteerEntry, type NameIndex } from './linker.js';

/** A document's own entities, so the linker finds them in its text too. */
const toGazetteerEntry = (entity: EntityDoc): GazetteerEntry => ({
  entityKey: entity.id,
  kind: entity.kind,
  country: entity.country ?? null,
  adminArea: entity.adminArea ?? null,
  within: [],
  forms: entity.names.map((n) => n.form),
});

/**
 * The linker's index of the entities in the graph, read once and read again only after a write
 * that added entities (`forget`); a document bringing entities of its own gets them added.
 */
export class LinkerIndex {
  private entries: Promise<GazetteerEntry[]> | null = null;
  private index: Promise<NameIndex> | null = null;

  constructor(private readonly gazetteer: GazetteerRepository) {}

  async for(own: EntityDoc[]): Promise<NameIndex> {
    this.entries ??= this.gazetteer.entries();
    if (own.length) return buildNameIndex([...(await this.entries), ...own.map(toGazetteerEntry)]);
    this.index ??= this.entries.then(buildNameIndex);
    return this.index;
  }

  forget(): void {
    this.entries = null;
    this.index = null;
  }
}

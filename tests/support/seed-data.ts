/** Loads the seed gazetteer and articles as the linker sees them, through the seed schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { parse } from 'yaml';

import { fromRoot } from '../../src/config/project-root.js';
import { articleSchema, gazetteerSchema, type ArticleDoc, type EntityDoc, type RelationDoc } from '../../src/ingest/seed.schema.js';
import type { GazetteerEntry } from '../../src/linking/linker.js';

const GAZETTEER = fromRoot('seeds', 'gazetteer');
const CONTAINMENT = new Set(['LOCATED_IN', 'PART_OF']);

export function loadGazetteerDocs(): { entities: EntityDoc[]; relations: RelationDoc[] } {
  const docs = readdirSync(GAZETTEER)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => gazetteerSchema.parse(parse(readFileSync(join(GAZETTEER, f), 'utf8'))));
  return { entities: docs.flatMap((d) => d.entities), relations: docs.flatMap((d) => d.relations) };
}

/** Entities as GazetteerEntry, `within` from the LOCATED_IN and PART_OF relations. */
export function toEntries(entities: readonly EntityDoc[], relations: readonly RelationDoc[]): GazetteerEntry[] {
  return entities.map((e) => ({
    entityKey: e.id,
    kind: e.kind,
    country: e.country ?? null,
    adminArea: e.adminArea ?? null,
    within: relations.filter((r) => r.from === e.id && CONTAINMENT.has(r.type)).map((r) => r.to),
    forms: e.names.map((n) => n.form),
  }));
}

/** A seed article with its text, read from its textFile beside it. */
export function loadArticle(path: string): { doc: ArticleDoc; text: string } {
  const doc = articleSchema.parse(parse(readFileSync(path, 'utf8')));
  const text = doc.text ?? readFileSync(join(dirname(path), doc.textFile ?? ''), 'utf8');
  return { doc, text };
}

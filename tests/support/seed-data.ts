/** Loads the seed gazetteer and articles as the linker sees them, through the seed schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { parse } from 'yaml';

import { fromRoot } from '../../src/config/project-root.js';
import { articleSchema, gazetteerSchema, type ArticleDoc, type EntityDoc, type RelationDoc } from '../../src/ingest/seed.schema.js';

const GAZETTEER = fromRoot('seeds', 'gazetteer');

export function loadGazetteerDocs(): { entities: EntityDoc[]; relations: RelationDoc[] } {
  const docs = readdirSync(GAZETTEER)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => gazetteerSchema.parse(parse(readFileSync(join(GAZETTEER, f), 'utf8'))));
  return { entities: docs.flatMap((d) => d.entities), relations: docs.flatMap((d) => d.relations) };
}

/** A seed article with its text, read from its textFile beside it. */
export function loadArticle(path: string): { doc: ArticleDoc; text: string } {
  const doc = articleSchema.parse(parse(readFileSync(path, 'utf8')));
  const text = doc.text ?? readFileSync(join(dirname(path), doc.textFile ?? ''), 'utf8');
  return { doc, text };
}

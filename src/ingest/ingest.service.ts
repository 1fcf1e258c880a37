import type { z } from 'zod';

import { InputError } from '../errors.js';
import { checkArticle } from './checks.js';
import type { Cypher } from '../db/graph-db.js';
import { GazetteerRepository } from '../linking/gazetteer.repository.js';
import { buildNameIndex, linkMentions, type GazetteerEntry, type NameIndex } from '../linking/linker.js';
import { IngestRepository } from './ingest.repository.js';
import { prepareArticle, prepareEntity, prepareRelation } from './prepare.js';
import { articleReferences, gazetteerReferences } from './references.js';
import { articleSchema, gazetteerSchema, type ArticleDoc, type EntityDoc } from './seed.schema.js';

export interface IngestedArticle {
  articleId: string;
  mentions: number;
  claims: number;
  events: number;
}

/** Reads a text file named by a seed document; only the seed loader offers one. */
export type TextFileReader = (name: string) => string;

/**
 * Validates, checks, links and writes documents in the seed format: the seed loader and the
 * mutation share it. The linker's gazetteer is read once and read again only after a document
 * adds entities.
 */
export class IngestService {
  private entries: Promise<GazetteerEntry[]> | null = null;
  private index: Promise<NameIndex> | null = null;

  constructor(
    private readonly repository: IngestRepository,
    private readonly gazetteer: GazetteerRepository,
  ) {}

  async ingestArticle(input: unknown, source: string, readTextFile?: TextFileReader): Promise<IngestedArticle> {
    const doc = parse(articleSchema, input, source);
    const text = articleText(doc, source, readTextFile);
    checkArticle(doc, text, source);
    const linked = linkMentions(text, await this.nameIndex(doc.entities));
    const prepared = prepareArticle(doc, text, linked);
    await this.repository.writeArticle(source, prepared, articleReferences(doc));
    if (doc.entities.length) this.forgetGazetteer();
    return {
      articleId: doc.id,
      mentions: prepared.mentions.length + prepared.autoMentions.length,
      claims: doc.claims.length,
      events: doc.events.length,
    };
  }

  async ingestGazetteer(input: unknown, source: string): Promise<number> {
    const doc = parse(gazetteerSchema, input, source);
    await this.repository.writeGazetteer(source, doc.entities.map(prepareEntity), doc.relations.map(prepareRelation), gazetteerReferences(doc));
    this.forgetGazetteer();
    return doc.entities.length;
  }

  /** The linker's index of known entities, plus a document's own when it brings some. */
  private async nameIndex(own: EntityDoc[]): Promise<NameIndex> {
    this.entries ??= this.gazetteer.entries();
    if (own.length) return buildNameIndex([...(await this.entries), ...own.map(toGazetteerEntry)]);
    this.index ??= this.entries.then(buildNameIndex);
    return this.index;
  }

  private forgetGazetteer(): void {
    this.entries = null;
    this.index = null;
  }
}

export const createIngestService = (db: Cypher): IngestService => new IngestService(new IngestRepository(db), new GazetteerRepository(db));

/** A document's own entities, so the linker finds them in its text too. */
const toGazetteerEntry = (entity: EntityDoc): GazetteerEntry => ({
  entityKey: entity.id,
  kind: entity.kind,
  country: entity.country ?? null,
  adminArea: entity.adminArea ?? null,
  within: [],
  forms: entity.names.map((n) => n.form),
});

function articleText(doc: ArticleDoc, source: string, readTextFile?: TextFileReader): string {
  if (doc.text !== undefined) return doc.text;
  if (!readTextFile) throw new InputError(`${source}: textFile`, 'is only available to seed files; send the text inline');
  try {
    return readTextFile(doc.textFile!);
  } catch {
    throw new InputError(`${source}: textFile`, `"${doc.textFile}" cannot be read`);
  }
}

/** zod's first problem, as "source: path.to[3].field: problem". */
export function parse<T extends z.ZodType>(schema: T, input: unknown, source: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
  throw new InputError(path ? `${source}: ${path}` : source, issue.message);
}

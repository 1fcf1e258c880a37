import type { z } from 'zod';

import { InputError } from '../errors.js';
import { checkArticle } from './checks.js';
import type { IngestRepository } from './ingest.repository.js';
import { prepareArticle, prepareEntity, prepareRelation } from './prepare.js';
import { articleReferences, gazetteerReferences } from './references.js';
import { articleSchema, gazetteerSchema, type ArticleDoc } from './seed.schema.js';

export interface IngestedArticle {
  articleId: string;
  mentions: number;
  claims: number;
  events: number;
}

/** Reads a text file named by a seed document; only the seed loader offers one. */
export type TextFileReader = (name: string) => string;

/** Validates, checks and writes documents in the seed format: the seed loader and the mutation share it. */
export class IngestService {
  constructor(private readonly repository: IngestRepository) {}

  async ingestArticle(input: unknown, source: string, readTextFile?: TextFileReader): Promise<IngestedArticle> {
    const doc = parse(articleSchema, input, source);
    const text = articleText(doc, source, readTextFile);
    checkArticle(doc, text, source);
    await this.repository.writeArticle(source, prepareArticle(doc, text), articleReferences(doc));
    return { articleId: doc.id, mentions: doc.mentions.length, claims: doc.claims.length, events: doc.events.length };
  }

  async ingestGazetteer(input: unknown, source: string): Promise<number> {
    const doc = parse(gazetteerSchema, input, source);
    await this.repository.writeGazetteer(source, doc.entities.map(prepareEntity), doc.relations.map(prepareRelation), gazetteerReferences(doc));
    return doc.entities.length;
  }
}

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

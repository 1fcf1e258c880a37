import type { z } from 'zod';

import type { Cypher } from '../db/graph-db.js';
import { InputError } from '../errors.js';
import { GazetteerRepository } from '../linking/gazetteer.repository.js';
import { LinkerIndex, type GazetteerSnapshot } from '../linking/linker-index.js';
import { linkMentions } from '../linking/linker.js';
import { extractArticle } from '../extraction/extract.js';
import { UNHEARD, type ChangePublisher } from '../graph/change-source.js';
import { fileSource } from '../graph/sources.js';
import { checkArticle } from './checks.js';
import { IngestRepository } from './ingest.repository.js';
import { prepareArticle, prepareEntity, prepareRelation, type FoundMention, type PreparedArticle } from './prepare.js';
import {
  extractionDoc,
  knownMentions,
  prepareExtraction,
  withExtraction,
  type ExtractionDoc,
  type PreparedExtraction,
} from './prepare-extraction.js';
import {
  articleIdentities,
  articleReferences,
  gazetteerIdentities,
  gazetteerReferences,
  type Identity,
  type Reference,
} from './references.js';
import { articleSchema, gazetteerSchema, type ArticleDoc } from './seed.schema.js';

export interface IngestedArticle {
  articleId: string;
  mentions: number;
  claims: number;
  events: number;
}

/** Reads a text file named by a seed document; only the seed loader offers one. */
export type TextFileReader = (name: string) => string;

/** A document ready to write: validated, its spans checked, its text linked. */
export interface ReadyArticle {
  doc: ArticleDoc;
  prepared: PreparedArticle;
  refs: Reference[];
  identities: Identity[];
}

/**
 * Validates, checks, links and writes documents in the seed format: the seed loader and the
 * mutation share it, and bulk ingest shares its `ready` step.
 */
export class IngestService {
  /** `changes` hears what each write changed once it has committed (the subscription's feed). */
  constructor(
    readonly repository: IngestRepository,
    readonly linker: LinkerIndex,
    readonly changes: ChangePublisher = UNHEARD,
  ) {}

  async ingestArticle(input: unknown, source: string, readTextFile?: TextFileReader): Promise<IngestedArticle> {
    const { doc, prepared, refs, identities } = await this.ready(input, source, await this.linker.current(), readTextFile);
    this.changes.publish(await this.repository.writeArticles([prepared], refs, identities));
    return {
      articleId: doc.id,
      mentions: prepared.mentions.length + prepared.autoMentions.length,
      claims: prepared.claims.length,
      events: prepared.events.length,
    };
  }

  /** `file` names the file its statements are recorded under (by default the `source` of messages). */
  async ingestGazetteer(input: unknown, source: string, file = source): Promise<number> {
    const doc = parse(gazetteerSchema, input, source);
    const stated = fileSource(file);
    const changes = await this.repository.writeGazetteer({
      file,
      entities: doc.entities.map((e) => prepareEntity(e, stated)),
      relations: doc.relations.map((r) => prepareRelation(r, stated)),
      identities: gazetteerIdentities(doc, source),
      refs: gazetteerReferences(doc, source),
    });
    this.changes.publish(changes);
    return doc.entities.length;
  }

  /**
   * Everything short of writing, linked against `gazetteer` (LinkerIndex.current()); null skips
   * the linker, for corpora annotated already.
   */
  ready(input: unknown, source: string, gazetteer: GazetteerSnapshot | null, readTextFile?: TextFileReader): ReadyArticle {
    const doc = parse(articleSchema, input, source);
    const text = articleText(doc, source, readTextFile);
    checkArticle(doc, text, source);
    const linked = gazetteer ? this.link(doc, text, gazetteer) : [];
    const prepared = prepareArticle(doc, text, linked);
    return {
      doc,
      prepared: gazetteer ? withExtraction(prepared, this.extract(extractionDoc(doc), text, linked, gazetteer)) : prepared,
      refs: articleReferences(doc, source),
      identities: articleIdentities(doc, source),
    };
  }

  /**
   * What the linker finds in an article's title and text; relinking a stored article goes through
   * here too. The two are linked as one text, the title its first paragraph, so that each is the
   * other's context, and each span is given back in the offsets of its own field. A text that
   * opens with its title (plain-text files often do) is linked as it is, its first line giving
   * the title's mentions, so the title is not read twice.
   */
  link(doc: Pick<ArticleDoc, 'entities' | 'outlet' | 'title' | 'language'>, text: string, gazetteer: GazetteerSnapshot): FoundMention[] {
    const opensWithTitle = text.startsWith(doc.title);
    const prefix = opensWithTitle ? '' : `${doc.title}${TITLE_BREAK}`;
    const found = linkMentions(`${prefix}${text}`, gazetteer.for(doc.entities), { outlet: doc.outlet ?? null, language: doc.language });
    return found.flatMap((m): FoundMention[] => {
      const inTitle = m.end <= doc.title.length;
      const shifted = { ...m, start: m.start - prefix.length, end: m.end - prefix.length, field: 'TEXT' as const };
      if (!opensWithTitle) return [inTitle ? { ...m, field: 'TITLE' } : shifted];
      return inTitle ? [{ ...m, field: 'TITLE' }, shifted] : [shifted];
    });
  }

  /** Claims and events of an article's body, read with the mentions it has (hand and linked); re-extraction goes through here too. */
  extract(doc: ExtractionDoc, text: string, linked: readonly FoundMention[], gazetteer: GazetteerSnapshot): PreparedExtraction {
    const mentions = knownMentions(doc, text, linked, gazetteer);
    const extraction = extractArticle({ text, language: doc.language, publishedAt: doc.publishedAt, mentions });
    return prepareExtraction(doc, extraction, gazetteer);
  }
}

/** A paragraph break: no name runs across it (tokens.ts). */
const TITLE_BREAK = '\n\n';

export const createIngestService = (db: Cypher, changes: ChangePublisher = UNHEARD): IngestService =>
  new IngestService(new IngestRepository(db), new LinkerIndex(new GazetteerRepository(db)), changes);

function articleText(doc: ArticleDoc, source: string, readTextFile?: TextFileReader): string {
  if (doc.text !== undefined) return doc.text;
  if (!readTextFile) throw new InputError(`${source}: textFile`, 'is only available to seed files; send the text inline');
  try {
    return readTextFile(doc.textFile!);
  } catch {
    throw new InputError(`${source}: textFile`, `"${doc.textFile}" cannot be read`);
  }
}

/** zod's problems, each as "source: path.to[3].field: problem"; the error names the first, and lists them all. */
export function parse<T extends z.ZodType>(schema: T, input: unknown, source: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => ({ field: issueField(issue.path, source), problem: issue.message }));
  const first = problems[0]!;
  throw new InputError(
    first.field,
    first.problem,
    problems.map((p) => `${p.field}: ${p.problem}`),
  );
}

function issueField(path: readonly PropertyKey[], source: string): string {
  const field = path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`)).join('');
  return field ? `${source}: ${field}` : source;
}

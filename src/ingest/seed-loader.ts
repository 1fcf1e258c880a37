import { readFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';

import { parse as parseYaml } from 'yaml';

import { PROJECT_ROOT } from '../config/project-root.js';
import { InputError } from '../errors.js';
import type { BulkIngest } from './bulk-ingest.js';
import type { IngestService, TextFileReader } from './ingest.service.js';
import { JSON_LINES_EXTENSION, loadJsonLines, type Refusal } from './json-lines.js';
import { PLAIN_EXTENSIONS, plainArticle } from './plain-article.js';

// Callers find the files and load them from one module.
export { seedFiles } from './seed-files.js';

export interface SeedFailure extends Refusal {
  file: string;
}

export interface SeedReport {
  /** Documents loaded: gazetteer and article files, and the lines of JSON Lines files. */
  loaded: number;
  failed: SeedFailure[];
  /** What the articles loaded hold now; mentions both hand-annotated and linked. */
  counts: { articles: number; mentions: number; claims: number; events: number };
}

export interface SeedProgress {
  file: string;
  /** False after a batch of a JSON Lines file, true once the file is done. */
  done: boolean;
  /** Documents loaded so far in the run. */
  loaded: number;
}

export interface LoadOptions {
  onProgress?: (progress: SeedProgress) => void;
  /** Writes JSON Lines files, which are refused without it. */
  bulk?: BulkIngest;
}

const isObject = (body: unknown): body is Record<string, unknown> => typeof body === 'object' && body !== null;

interface ReadDocument {
  file: string;
  body: unknown;
  /** Gazetteer files load before articles, since articles point at the entities they define. */
  article: boolean;
  /** Reads the text file a seed article names; a plain article holds its text. */
  readTextFile?: TextFileReader;
}

/**
 * Loads every file: each seed file and plain article in its own transaction, JSON Lines in
 * batches. A bad file (or line) is reported with its problem and leaves nothing behind; the good
 * ones load all the same.
 */
export async function loadSeeds(files: string[], ingest: IngestService, options: LoadOptions = {}): Promise<SeedReport> {
  const report: SeedReport = { loaded: 0, failed: [], counts: { articles: 0, mentions: 0, claims: 0, events: 0 } };
  const progress = (file: string, done = true, loaded = report.loaded) => options.onProgress?.({ file, done, loaded });
  const documents: ReadDocument[] = [];
  const ids = new PlainIds();
  for (const file of files.filter((f) => extname(f) !== JSON_LINES_EXTENSION)) {
    try {
      documents.push(ids.check(readDocument(file)));
    } catch (error) {
      fail(report, file, error);
      progress(file);
    }
  }
  for (const { file, body, article, readTextFile } of [...documents.filter((d) => !d.article), ...documents.filter((d) => d.article)]) {
    try {
      if (article) count(report, 1, await ingest.ingestArticle(body, displayName(file), readTextFile));
      else await ingest.ingestGazetteer(body, displayName(file), gazetteerFileName(file));
      report.loaded++;
    } catch (error) {
      fail(report, file, error);
    }
    progress(file);
  }
  for (const file of files.filter((f) => extname(f) === JSON_LINES_EXTENSION)) {
    await loadLines(file, report, options.bulk, (loaded) => progress(file, false, loaded));
    progress(file);
  }
  return report;
}

function readDocument(file: string): ReadDocument {
  const source = displayName(file);
  const content = readFileSync(file, 'utf8');
  if (PLAIN_EXTENSIONS.has(extname(file))) return { file, body: plainArticle(file, content, source), article: true };
  let body: unknown;
  try {
    body = parseYaml(content);
  } catch (error) {
    throw new InputError(source, `cannot be parsed: ${(error as Error).message.split('\n')[0]}`);
  }
  const readTextFile = (name: string) => readFileSync(join(dirname(file), basename(name)), 'utf8');
  return { file, body, article: isObject(body) && 'title' in body, readTextFile };
}

/** Two plain files of one run with one id would be one article, the second overwriting the first: the second is refused. */
class PlainIds {
  private readonly files = new Map<unknown, string>();

  check(document: ReadDocument): ReadDocument {
    if (!PLAIN_EXTENSIONS.has(extname(document.file)) || !isObject(document.body)) return document;
    const id = document.body['id'];
    const first = this.files.get(id);
    if (first !== undefined) {
      throw new InputError(
        `${displayName(document.file)}: id`,
        `"${String(id)}" is also the id of ${displayName(first)}: give one of them an id in its front matter`,
      );
    }
    this.files.set(id, document.file);
    return document;
  }
}

async function loadLines(file: string, report: SeedReport, bulk: BulkIngest | undefined, onBatch: (loaded: number) => void): Promise<void> {
  if (!bulk) {
    fail(report, file, new Error(`${displayName(file)}: JSON Lines need a BulkIngest to load them`));
    return;
  }
  const before = report.loaded;
  const { written, refused } = await loadJsonLines(file, displayName(file), bulk, (total) => onBatch(before + total.articles));
  report.loaded += written.articles;
  count(report, written.articles, { ...written, mentions: written.mentions + written.autoMentions });
  report.failed.push(...refused.map((refusal) => ({ file, ...refusal })));
}

function count(report: SeedReport, articles: number, held: { mentions: number; claims: number; events: number }): void {
  const { counts } = report;
  counts.articles += articles;
  counts.mentions += held.mentions;
  counts.claims += held.claims;
  counts.events += held.events;
}

function fail(report: SeedReport, file: string, error: unknown): void {
  const { message } = error as Error;
  report.failed.push({ file, message, problems: error instanceof InputError ? error.problems : [message] });
}

const displayName = (file: string): string => relative(process.cwd(), file) || file;

/**
 * The name a gazetteer file's statements are recorded under: its path from the project root, so
 * loading it again from another working directory retracts what it stated before.
 */
function gazetteerFileName(file: string): string {
  const fromProject = relative(PROJECT_ROOT, resolve(file));
  return fromProject.startsWith('..') || isAbsolute(fromProject) ? resolve(file) : fromProject;
}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';

import { parse as parseYaml } from 'yaml';

import { PROJECT_ROOT } from '../config/project-root.js';
import { InputError } from '../errors.js';
import type { IngestService } from './ingest.service.js';

const SEED_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

export interface SeedFailure {
  file: string;
  /** The first problem. */
  message: string;
  /** All of them (zod reports every field at fault), the first included. */
  problems: readonly string[];
}

export interface SeedReport {
  loaded: number;
  failed: SeedFailure[];
}

/** Seed files under the given paths (files or folders), in name order. */
export function seedFiles(paths: string[]): string[] {
  return paths.flatMap((path) => {
    if (!existsSync(path)) throw new Error(`${path}: no such file or folder`);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .map((file) => join(path, file))
      .filter((file) => SEED_EXTENSIONS.has(extname(file)))
      .sort();
  });
}

interface ParsedSeed {
  file: string;
  body: unknown;
}

/** Gazetteer files load before articles, since articles point at the entities they define. */
const isArticle = (seed: ParsedSeed): boolean => typeof seed.body === 'object' && seed.body !== null && 'title' in seed.body;

/**
 * Loads every file, each in its own transaction. A bad file is reported with its problem and
 * leaves nothing behind; the good files load all the same.
 */
export async function loadSeeds(files: string[], ingest: IngestService, onFile: (file: string) => void = () => {}): Promise<SeedReport> {
  const report: SeedReport = { loaded: 0, failed: [] };
  const parsed: ParsedSeed[] = [];
  for (const file of files) {
    try {
      parsed.push({ file, body: parseYaml(readFileSync(file, 'utf8')) });
    } catch (error) {
      const message = `${displayName(file)}: cannot be parsed: ${(error as Error).message.split('\n')[0]}`;
      report.failed.push({ file, message, problems: [message] });
      onFile(file);
    }
  }
  const ordered = [...parsed.filter((s) => !isArticle(s)), ...parsed.filter(isArticle)];
  for (const { file, body } of ordered) {
    const source = displayName(file);
    try {
      if (isArticle({ file, body })) {
        await ingest.ingestArticle(body, source, (name) => readFileSync(join(dirname(file), basename(name)), 'utf8'));
      } else {
        await ingest.ingestGazetteer(body, source, gazetteerFileName(file));
      }
      report.loaded++;
    } catch (error) {
      const { message } = error as Error;
      report.failed.push({ file, message, problems: error instanceof InputError ? error.problems : [message] });
    }
    onFile(file);
  }
  return report;
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

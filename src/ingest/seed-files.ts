import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';

import { parse as parseYaml } from 'yaml';

import { JSON_LINES_EXTENSION } from './json-lines.js';
import { PLAIN_EXTENSIONS } from './plain-article.js';

const SEED_EXTENSIONS: ReadonlySet<string> = new Set(['.yaml', '.yml', '.json']);
const LOADED_EXTENSIONS: ReadonlySet<string> = new Set([...SEED_EXTENSIONS, ...PLAIN_EXTENSIONS, JSON_LINES_EXTENSION]);

/**
 * Files to load under the given paths (files or folders), in name order. In folders: seed files,
 * plain articles and JSON Lines, but not hidden files or folders, nor READMEs. Never a text that
 * an article seed file beside it names as its `textFile`: that is the seed's text.
 */
export function seedFiles(paths: string[]): string[] {
  const files = paths.flatMap((path) => {
    if (!existsSync(path)) throw new Error(`${path}: no such file or folder`);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter(isLoadable)
      .map((file) => join(path, file))
      .sort();
  });
  const texts = seedTexts(files.filter((file) => PLAIN_EXTENSIONS.has(extname(file))));
  return files.filter((file) => !texts.has(resolve(file)));
}

const isLoadable = (path: string): boolean =>
  LOADED_EXTENSIONS.has(extname(path)) &&
  !path.split(sep).some((part) => part.startsWith('.')) &&
  !/^readme\.(md|txt)$/i.test(basename(path));

/** The texts that seed files in the folders of these plain files name, as resolved paths. */
function seedTexts(plainFiles: string[]): Set<string> {
  const texts = new Set<string>();
  for (const folder of new Set(plainFiles.map((file) => dirname(resolve(file))))) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (!entry.isFile() || !SEED_EXTENSIONS.has(extname(entry.name))) continue;
      for (const text of textFilesOf(join(folder, entry.name))) texts.add(join(folder, basename(text)));
    }
  }
  return texts;
}

/**
 * What a seed file names as its text. One that cannot be parsed (it is refused when loaded) is
 * taken to name the .txt or .md of its own name, so its text is not loaded as an article meanwhile.
 */
function textFilesOf(seed: string): string[] {
  const content = readFileSync(seed, 'utf8');
  // Gazetteer files are large and name no text.
  if (!content.includes('textFile')) return [];
  try {
    const body: unknown = parseYaml(content);
    const textFile = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)['textFile'] : undefined;
    return typeof textFile === 'string' ? [textFile] : [];
  } catch {
    return [...PLAIN_EXTENSIONS].map((extension) => basename(seed, extname(seed)) + extension);
  }
}

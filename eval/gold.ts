import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/**
 * The gold set: test-material articles (tests/fixtures/gold/*.md, written for the evaluation, not
 * news) in which every name of a person, place or organization is marked `[[surface|entity key]]`
 * with the entity it denotes, whether the gazetteer knows it yet or not. A small YAML front
 * matter says the article's language and outlet. Marks are stripped to give the plain text the
 * linker sees, and the spans of the marks are the gold mentions.
 */
export interface GoldMention {
  start: number;
  end: number;
  text: string;
  entity: string;
}

export interface GoldArticle {
  file: string;
  id: string;
  language: string;
  outlet: string | null;
  text: string;
  mentions: GoldMention[];
  /** Which gold set it belongs to, when not the tuning set. */
  set?: string;
}

const frontMatterSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().startsWith('Test material'),
    language: z.enum(['en', 'ru', 'uk']),
    outlet: z.string().optional(),
  })
  .strict();

const MARK = /\[\[([^\]|]+)\|([a-z0-9][a-z0-9:._-]*)\]\]/g;

/** Plain text and gold mentions of a marked text; spans are UTF-16 offsets into the plain text. */
export function unmark(marked: string): { text: string; mentions: GoldMention[] } {
  const mentions: GoldMention[] = [];
  let text = '';
  let last = 0;
  for (const match of marked.matchAll(MARK)) {
    text += marked.slice(last, match.index);
    const [, surface, entity] = match as unknown as [string, string, string];
    mentions.push({ start: text.length, end: text.length + surface.length, text: surface, entity });
    text += surface;
    last = match.index + match[0].length;
  }
  text += marked.slice(last);
  if (/\[\[|\]\]/.test(text)) throw new Error(`a mark is malformed near "${text.slice(text.search(/\[\[|\]\]/), 60)}"`);
  return { text, mentions };
}

export function parseGold(file: string, source: string): GoldArticle {
  const parts = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!parts) throw new Error(`${file}: needs a YAML front matter between --- lines`);
  const front = frontMatterSchema.safeParse(parseYaml(parts[1]!));
  if (!front.success)
    throw new Error(`${file}: front matter: ${front.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  try {
    return { file, id: front.data.id, language: front.data.language, outlet: front.data.outlet ?? null, ...unmark(parts[2]!) };
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
  }
}

export function loadGold(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => parseGold(f, readFileSync(join(dir, f), 'utf8')));
}

/**
 * The texts `bench:linker` links and extracts: the gold tuning set and the seed article as they
 * are (≈1,500 characters on average, shorter than news), and the same at news length (3,000–6,000
 * characters), which is what issues 10 and 11 ask the rates of.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { parse as parseYaml } from 'yaml';

import { fromRoot } from '../src/config/project-root.js';
import { articleSchema } from '../src/ingest/seed.schema.js';
import { loadGold } from '../eval/gold.js';

/** A text to link and extract, with what the linker and the extractor read beside it. */
export interface Text {
  text: string;
  outlet: string | null;
  language: string;
}

/** Joined gold articles reach at least this many characters. */
const NEWS_LENGTH = 4000;

export function seedArticle(): Text {
  const seed = fromRoot('seeds', 'articles', '000_c14c6e6254578141.yaml');
  const doc = articleSchema.parse(parseYaml(readFileSync(seed, 'utf8')));
  return { text: readFileSync(join(dirname(seed), doc.textFile!), 'utf8'), outlet: doc.outlet ?? null, language: doc.language };
}

export function goldArticles(): Text[] {
  return loadGold(fromRoot('tests', 'fixtures', 'gold')).map(({ text, outlet, language }) => ({ text, outlet, language }));
}

/**
 * Gold articles of one language joined in file order, as paragraphs, until each text reaches
 * NEWS_LENGTH; a shorter remainder joins the language's last text. The outlet is the first
 * article's. Joining keeps real sentences and names, so the linker's and extractor's work per
 * article (context over the whole text) grows as it would in a long article.
 */
export function joinedToNewsLength(articles: readonly Text[]): Text[] {
  const joined: Text[] = [];
  for (const language of new Set(articles.map((a) => a.language))) {
    const own: Text[] = [];
    for (const a of articles.filter((t) => t.language === language)) {
      const last = own.at(-1);
      if (last && last.text.length < NEWS_LENGTH) last.text += `\n\n${a.text}`;
      else own.push({ ...a });
    }
    const tail = own.at(-1);
    if (own.length > 1 && tail && tail.text.length < NEWS_LENGTH) own.at(-2)!.text += `\n\n${own.pop()!.text}`;
    joined.push(...own);
  }
  return joined;
}

import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';

import { parse as parseYaml } from 'yaml';

import { InputError } from '../errors.js';

/**
 * A plain article file (.txt, .md) as a document in the seed format: its text, with what a small
 * YAML front matter gives and the rest derived (README, "Loading plain articles"). Pure: the
 * caller reads the file and ingests the document, so validation, linking and the write are those
 * of every seed file.
 */

export const PLAIN_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.md']);

/** What a front matter may give; anything else is a mistake worth naming, not something to drop. */
const FRONT_MATTER_FIELDS = ['id', 'title', 'outlet', 'url', 'publishedAt', 'language'] as const;

/** A derived title is a line, not a paragraph: long first lines are cut at a word. */
const TITLE_LENGTH = 200;

/** `---` on the first line, the front matter, then `---` (or YAML's `...`) on a line of its own. */
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\n|$)/m;

/** `source` names the file in messages ("articles/x.md: publishedAt: …"). */
export function plainArticle(fileName: string, content: string, source: string): Record<string, unknown> {
  const { front, body } = splitFrontMatter(content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), source);
  const text = body.trim();
  if (!text) throw new InputError(`${source}: text`, 'is empty: a plain article is the text after its front matter');
  return {
    ...front,
    id: front['id'] ?? plainId(fileName),
    title: front['title'] ?? derivedTitle(text, extname(fileName) === '.md'),
    language: front['language'] ?? textLanguage(text, source),
    text,
  };
}

function splitFrontMatter(content: string, source: string): { front: Record<string, unknown>; body: string } {
  if (!/^---[ \t]*\n/.test(content)) return { front: {}, body: content };
  const match = FRONT_MATTER.exec(content);
  if (!match || match.index !== 0) throw new InputError(`${source}: front matter`, 'has no closing "---" line');
  let front: unknown;
  try {
    front = parseYaml(match[1]!) ?? {};
  } catch (error) {
    throw new InputError(`${source}: front matter`, `cannot be parsed: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof front !== 'object' || front === null || Array.isArray(front)) {
    throw new InputError(`${source}: front matter`, `must be a mapping of ${FRONT_MATTER_FIELDS.join(', ')}`);
  }
  const unknown = Object.keys(front).find((key) => !(FRONT_MATTER_FIELDS as readonly string[]).includes(key));
  if (unknown !== undefined)
    throw new InputError(`${source}: ${unknown}`, `is not a field of a plain article (${FRONT_MATTER_FIELDS.join(', ')})`);
  return { front: front as Record<string, unknown>, body: content.slice(match[0].length) };
}

/** Cyrillic file names keep a readable id; one table serves Russian and Ukrainian alike. */
// prettier-ignore
const CYRILLIC_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i',
  ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const PREFIX = 'plain:';
/** The seed key allows 120 characters. */
const SLUG_LENGTH = 120 - PREFIX.length;

/**
 * `plain:` and the file name without its extension, as a key (lowercase, Latin letters, digits,
 * ".", "_", "-"): the same name gives the same id wherever the file is loaded from. A name with
 * nothing of that left (Chinese, say) gets a hash of itself, still stable.
 */
export function plainId(fileName: string): string {
  const name = basename(fileName, extname(fileName));
  // Transliterated before accents are stripped: NFKD would make й и and ї і.
  const slug = [...name.normalize('NFC').toLowerCase()]
    .map((char) => CYRILLIC_LATIN[char] ?? char)
    .join('')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/[^a-z0-9]{2,}/g, '-')
    .slice(0, SLUG_LENGTH)
    .replace(/^[-._]+|[-._]+$/g, '');
  return PREFIX + (slug || createHash('sha256').update(name).digest('hex').slice(0, 16));
}

/** The first non-empty line, without Markdown's heading marks in a .md file. */
export function derivedTitle(text: string, markdown: boolean): string {
  const line = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const title = (markdown ? line.replace(/^\s*#{1,6}\s+/, '').replace(/\s+#+\s*$/, '') : line).trim();
  if (title.length <= TITLE_LENGTH) return title;
  const cut = title.slice(0, TITLE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length).trimEnd()}…`;
}

/** The script that must hold this share of the letters to decide; below it the text is mixed. */
const DOMINANT = 0.75;

/**
 * en for Latin letters, for Cyrillic uk when і ї є ґ (Ukrainian only) outnumber ы э ъ ё (Russian
 * only), else ru; the counts, not the mere presence, so a Russian text that names Київ stays
 * Russian. Anything else (no letters, another script, no script holding three quarters of them)
 * is refused: a wrong language would mislead the linker, which reads names by language.
 */
export function textLanguage(text: string, source: string): string {
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  const letters = count(/\p{L}/gu);
  const latin = count(/\p{Script=Latin}/gu);
  const cyrillic = count(/\p{Script=Cyrillic}/gu);
  if (letters && latin >= DOMINANT * letters) return 'en';
  if (letters && cyrillic >= DOMINANT * letters) return count(/[іїєґ]/giu) > count(/[ыэъё]/giu) ? 'uk' : 'ru';
  const share = (n: number) => `${Math.round((100 * n) / letters)} %`;
  const found = letters
    ? `its letters are ${share(latin)} Latin, ${share(cyrillic)} Cyrillic, ${share(letters - latin - cyrillic)} other`
    : 'it has no letters';
  throw new InputError(`${source}: language`, `cannot be told from the text (${found}): give it in the front matter, e.g. "language: de"`);
}

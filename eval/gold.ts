import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse as parseYaml } from 'yaml';

import { frontMatterSchema, type GoldFlags, type GoldSpeaker, type WrittenEvent } from './gold-schema.js';

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
  publishedAt: string | null;
  /** Null when the article's claims and events are not annotated (the linker's gold only). */
  claims: GoldClaim[] | null;
  events: GoldEvent[] | null;
}

export interface GoldClaim {
  segments: GoldSpan[];
  speaker: GoldSpeaker;
  role: string | null;
  via: { entity: string | null; description: string | null } | null;
  flags: GoldFlags;
  /** Index of the gold event it was said at, in the article's `events`. */
  at: number | null;
}
/** `during`: index of the gold event it took place within, in the article's `events`. */
export type GoldEvent = Omit<WrittenEvent, 'id' | 'during'> & { during: number | null };

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

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
    const { id, language, outlet, publishedAt, claims, events } = front.data;
    const plain = unmark(parts[2]!);
    return {
      file,
      id,
      language,
      outlet: outlet ?? null,
      publishedAt: publishedAt ?? null,
      ...plain,
      claims:
        claims?.map(({ quote, at, ...c }, i) => ({
          ...c,
          segments: quote.map((q, j) => spanOf(plain.text, q, `claims[${i}].quote[${j}]`)),
          at: eventIndex(events, at, `claims[${i}].at`),
        })) ?? null,
      events:
        events?.map(({ id, during, ...e }, i) => {
          if (id !== undefined && eventIndex(events, id, `events[${i}].id`) !== i) throw new Error(`events[${i}].id: "${id}" is taken`);
          const within = eventIndex(events, during, `events[${i}].during`);
          if (within === i) throw new Error(`events[${i}].during: an event is not during itself`);
          return { ...e, during: within };
        }) ?? null,
    };
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

/** The index of the event an `at` or `during` names by its `id`; refused when no event bears it. */
function eventIndex(events: readonly { id?: string }[] | undefined, id: string | undefined, path: string): number | null {
  if (id === undefined) return null;
  const i = events?.findIndex((e) => e.id === id) ?? -1;
  if (i < 0) throw new Error(`${path}: no event has the id "${id}"`);
  return i;
}

/** Where a quoted segment stands: it must occur once in the plain text, so the gold is unambiguous. */
function spanOf(text: string, segment: string, path: string): GoldSpan {
  const start = text.indexOf(segment);
  if (start < 0) throw new Error(`${path}: "${segment.slice(0, 60)}" is not in the text (marks stripped)`);
  if (text.indexOf(segment, start + 1) >= 0) throw new Error(`${path}: "${segment.slice(0, 60)}" occurs more than once; quote more of it`);
  return { start, end: start + segment.length, text: segment };
}

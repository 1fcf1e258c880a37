import type { EventType } from '../../graph/vocabulary.js';
import { CIVIC_WORDS } from './framing-words-civic.js';
import { CONTROL_WORDS } from './framing-words-control.js';
import { OTHER_WORDS } from './framing-words-other.js';
import { ATTACK_WORDS } from './framing-words-attacks.js';
import { ENDINGS, type FramingGroup, type FramingLanguage, type FramingTable } from './framing-words.js';
import { joined, type Word } from '../text/words.js';

/**
 * Finds the framing words of FRAMING_WORDS among an article's words. The table is compiled once
 * per language into two indexes, exact forms by word and stems by their first three letters, so
 * each word costs a lookup or two, not a pass over the table.
 */
export interface FramingMatch {
  type: EventType;
  group: FramingGroup;
  /** Indexes of the first and last word of the framing. */
  first: number;
  last: number;
}

type Part = { exact: string } | { stem: string; endings: ReadonlySet<string> };
interface Form {
  type: EventType;
  group: FramingGroup;
  parts: Part[];
  /** Trailing words the form needs but the framing leaves out: "випусти*V +по" frames "випустили" in "випустили по Херсонщині". */
  context: number;
  /** Letters the form fixes: the longer one wins when two match the same words. */
  weight: number;
}
interface Matcher {
  exact: Map<string, Form[]>;
  stems: Map<string, Form[]>;
}

const FRAMING_WORDS: FramingTable = { ...CONTROL_WORDS, ...ATTACK_WORDS, ...CIVIC_WORDS, ...OTHER_WORDS };
const PREFIX = 3;
const matchers = new Map<FramingLanguage, Matcher>();

export const framingLanguage = (language: string): FramingLanguage => (language === 'ru' || language === 'uk' ? language : 'en');

/** ё and е are one letter in news text. (Most words have no ё: `includes` is cheaper than a replaceAll that changes nothing.) */
export const normalize = (word: string): string => (word.includes('ё') ? word.replaceAll('ё', 'е') : word);

/** The longest framing that starts at word `i`, if any. */
export function framingAt(text: string, ws: readonly Word[], i: number, language: FramingLanguage): FramingMatch | null {
  const matcher = matcherFor(language);
  const word = normalize(ws[i]!.lower);
  let best: FramingMatch | null = null;
  let bestWeight = -1;
  for (const candidates of [matcher.exact.get(word), matcher.stems.get(word.slice(0, PREFIX))]) {
    for (const form of candidates ?? []) {
      const last = form.weight > bestWeight ? matchForm(text, ws, i, form.parts) : null;
      if (last === null) continue;
      best = { type: form.type, group: form.group, first: i, last: last - form.context };
      bestWeight = form.weight;
    }
  }
  return best;
}

function matchForm(text: string, ws: readonly Word[], i: number, parts: readonly Part[]): number | null {
  for (let k = 0; k < parts.length; k++) {
    const word = ws[i + k];
    if (word === undefined || (k > 0 && !joined(text, ws[i + k - 1]!, word))) return null;
    if (!matchPart(normalize(word.lower), parts[k]!)) return null;
  }
  return i + parts.length - 1;
}

const matchPart = (word: string, part: Part): boolean =>
  'exact' in part ? word === part.exact : word.startsWith(part.stem) && part.endings.has(word.slice(part.stem.length));

function matcherFor(language: FramingLanguage): Matcher {
  let matcher = matchers.get(language);
  if (matcher === undefined) {
    matcher = compile(language);
    matchers.set(language, matcher);
  }
  return matcher;
}

function compile(language: FramingLanguage): Matcher {
  const matcher: Matcher = { exact: new Map(), stems: new Map() };
  for (const [type, byLanguage] of Object.entries(FRAMING_WORDS) as [EventType, Record<FramingLanguage, FramingGroup[]>][]) {
    for (const group of byLanguage[language]) {
      for (const written of group.forms) {
        const words = written.split(' ');
        const context = words.filter((part) => part.startsWith('+')).length;
        const parts = words.map((part) => parsePart(part.replace(/^\+/u, ''), language));
        const weight = parts.reduce((sum, part) => sum + ('exact' in part ? part.exact.length : part.stem.length), 0);
        const first = parts[0]!;
        const [index, key] = 'exact' in first ? [matcher.exact, first.exact] : [matcher.stems, first.stem.slice(0, PREFIX)];
        index.set(key, [...(index.get(key) ?? []), { type, group, parts, weight, context }]);
      }
    }
  }
  return matcher;
}

/** "освободи*V" is the stem and its verb endings; a word without a star is read as written. */
function parsePart(written: string, language: FramingLanguage): Part {
  const [stem, endingClass] = written.split('*') as [string, 'N' | 'V' | 'A' | undefined];
  if (endingClass === undefined) return { exact: stem };
  if (language === 'en' || stem.length < PREFIX)
    throw new Error(`framing form ${written}: a stem needs Russian or Ukrainian and ${PREFIX} letters`);
  return { stem, endings: new Set(ENDINGS[language][endingClass]) };
}

import type { Reach, Sentence } from './event-sentence.js';
import type { FramingLanguage } from '../framings/framing-words.js';
import type { KnownMention } from '../types.js';

/**
 * "командующий доложил ему обстановку", "командири бригад доповіли йому", "commanders briefed him":
 * an object pronoun right after a verb that takes one stands for the person the article named
 * last, most often the subject of the sentence before ("Герасимов посетил командный пункт").
 */
const OBJECT_PRONOUNS: Record<FramingLanguage, ReadonlySet<string>> = {
  en: new Set(['him', 'her']),
  ru: new Set(['ему', 'ей', 'его', 'ее', 'её']),
  uk: new Set(['йому', 'їй', 'його', 'її']),
};

/** The person an object pronoun right after the framing verb stands for, or null. */
export function pronounObject(s: Sentence, r: Reach, mentions: readonly KnownMention[]): string | null {
  if (r.match.group.noun || r.match.group.object === undefined) return null;
  const next = s.ws[r.match.last + 1];
  if (next === undefined || !OBJECT_PRONOUNS[s.language].has(next.lower)) return null;
  if (s.text.slice(r.end, next.start).trim() !== '') return null;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.end <= r.start && m.kind === 'PERSON' && m.entityKey !== null) return m.entityKey;
  }
  return null;
}

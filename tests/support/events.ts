import { expect } from 'vitest';

import { extractEvents } from '../../src/extraction/events/events.js';
import type { ExtractedEvent } from '../../src/extraction/types.js';
import type { EventType } from '../../src/graph/vocabulary.js';
import { markedInput, spanOf } from './marked-text.js';

/** The events of a marked text; `quotedPhrases` are the spans its speakers deny. */
export const events = (source: string, language = 'en', quotedPhrases: string[] = []): ExtractedEvent[] => {
  const input = markedInput(source, language);
  return extractEvents(
    input,
    quotedPhrases.map((phrase) => spanOf(input.text, phrase)),
  );
};

/** The one event of a sentence: its type, place and framing words. */
export const one = (source: string, language = 'en') => {
  const found = events(source, language);
  expect(found, source).toHaveLength(1);
  const [event] = found;
  return { type: event!.type, place: event!.place, framings: event!.framings.map((f) => f.text) };
};

/** Each sentence, with its place marked as `P`, gives one event of the type at that place, framed by the word. */
export function family(type: EventType, language: string, place: string, cases: Record<string, string>): void {
  for (const [sentence, framing] of Object.entries(cases)) {
    const source = sentence.replace('P', `[[${place.split('|')[0]}|${place.split('|')[1]}]]`);
    expect(one(source, language), source).toEqual({ type, place: place.split('|')[1], framings: [framing] });
  }
}

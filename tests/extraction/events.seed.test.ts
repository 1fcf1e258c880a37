/**
 * The seed article as plain text with only its hand mentions (kinds from the keys' prefixes):
 * the yardstick for events. Its claims' segments stand in for the claims extractor's
 * output in the second case; the events the article reports in its own voice are the same.
 */
import { describe, expect, it } from 'vitest';

import { extractEvents } from '../../src/extraction/events/events.js';
import type { ExtractionInput, KnownMention, TextSpan } from '../../src/extraction/types.js';
import { resolveEventTime } from '../../src/graph/event-time.js';
import type { EntityKind } from '../../src/graph/vocabulary.js';
import { loadArticle } from '../support/seed-data.js';

const KINDS: Record<string, EntityKind> = { person: 'PERSON', place: 'PLACE', org: 'ORGANIZATION' };
const PUBLISHED = '2025-12-01';

const { doc, text } = loadArticle('seeds/articles/000_c14c6e6254578141.yaml');
const mentions: KnownMention[] = doc.mentions.map((m) => ({ ...m, entityKey: m.entity, kind: KINDS[m.entity.split(':')[0]!] ?? null }));
const input: ExtractionInput = { text, language: 'en', publishedAt: PUBLISHED, mentions };
const claimSegments: TextSpan[] = (doc.claims ?? []).flatMap((c) => c.segments);

describe.each([
  ['no claims', [] as TextSpan[]],
  ["the hand claims' segments", claimSegments],
])('extractEvents on the seed article, quoted: %s', (_, quoted) => {
  const events = extractEvents(input, quoted);
  const find = (type: string, place: string | null) => events.find((e) => e.type === type && e.place === place);

  it('yields the control change of Pokrovsk with every framing the narrator uses', () => {
    const pokrovsk = find('CONTROL_CHANGE', 'place:pokrovsk-donetsk-ua');
    expect(pokrovsk).toMatchObject({ asserted: true });
    const words = new Set(pokrovsk!.framings.map((f) => f.text.toLowerCase()));
    expect([...words].sort()).toEqual(['capture', 'fall', 'liberation']);
    // The headline's "Capture", the lead's "capture" and the hand annotation's "liberation".
    expect(pokrovsk!.framings.map((f) => f.start)).toEqual(expect.arrayContaining([11, 95, 1166]));
    for (const f of pokrovsk!.framings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('yields the control change of Vovchansk from the same "liberation"', () => {
    expect(find('CONTROL_CHANGE', 'place:vovchansk-kharkiv-ua')).toMatchObject({
      asserted: true,
      framings: [{ start: 1166, end: 1176, text: 'liberation' }],
    });
  });

  it("yields Putin's visit on the evening of November 30th, at day precision", () => {
    const visit = find('VISIT', null);
    expect(visit).toMatchObject({
      framings: [{ start: 976, end: 981, text: 'visit' }],
      participants: [
        { entityKey: 'person:vladimir-putin', role: 'visitor' },
        { entityKey: 'org:unified-grouping-of-troops', role: 'visited' },
      ],
      time: { text: 'evening of November 30th', month: 11, day: 30, partOfDay: 'EVENING' },
    });
    expect(resolveEventTime(visit!.time!, PUBLISHED)).toMatchObject({ year: 2025, precision: 'DAY', yearInferred: true });
  });

  it('asserts no event the article only quotes or hedges', () => {
    // "would facilitate the liberation of the Sloviansk-Kramatorsk agglomeration": a possibility.
    expect(find('CONTROL_CHANGE', 'place:sloviansk-donetsk-ua')).toMatchObject({ asserted: false });
    if (quoted.length > 0) expect(find('CONTROL_CHANGE', 'place:donetsk-peoples-republic')).toMatchObject({ asserted: false });
  });
});

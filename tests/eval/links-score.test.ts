import { describe, expect, it } from 'vitest';

import { annotatesLinks, scoreLinks } from '../../eval/links-score.js';
import type { GoldClaim, GoldEvent } from '../../eval/gold.js';
import type { ArticleExtraction } from '../../src/extraction/types.js';

const span = { start: 0, end: 5, text: 'quote' };
const goldClaim = (at: number | null): GoldClaim => ({ segments: [span], speaker: null, role: null, via: null, flags: [], at });
const goldEvent = (type: GoldEvent['type'], during: number | null): GoldEvent => ({
  type,
  place: null,
  framings: [type.toLowerCase()],
  time: null,
  participants: [],
  asserted: true,
  during,
});
const foundClaim = (at: number | null): ArticleExtraction['claims'][number] => ({
  segments: [span],
  flags: [],
  speaker: null,
  role: null,
  via: null,
  about: [],
  score: 1,
  evidence: [],
  events: [],
  at,
});
const foundEvent = (type: GoldEvent['type'], during: number | null): ArticleExtraction['events'][number] => ({
  type,
  framings: [],
  place: null,
  participants: [],
  time: null,
  asserted: true,
  score: 1,
  evidence: [],
  during,
});

// Gold: a visit (0), a briefing during it (1), a meeting (2); claim 0 said at the briefing, claim 1 at none.
const gold = {
  claims: [goldClaim(1), goldClaim(null)],
  events: [goldEvent('VISIT', null), goldEvent('BRIEFING', 0), goldEvent('MEETING', null)],
};

describe('scoring at and during', () => {
  it('counts a link right only when it joins the found items matched to the gold ones', () => {
    // Found in another order: briefing 0, visit 1, meeting 2; the briefing during the visit.
    const found: ArticleExtraction = {
      claims: [foundClaim(0), foundClaim(null)],
      events: [foundEvent('BRIEFING', 1), foundEvent('VISIT', null), foundEvent('MEETING', null)],
    };
    const { tally, misses } = scoreLinks(found, gold, [0, 1], [1, 0, 2]);
    expect(tally).toEqual({ placed: 1, rightAt: 1, goldDuring: 1, foundDuring: 1, rightDuring: 1 });
    expect(misses).toEqual([]);
  });

  it('counts a link to the wrong event, a spurious one and a missed one against the extractor', () => {
    const found: ArticleExtraction = {
      claims: [foundClaim(2), foundClaim(2)],
      events: [foundEvent('VISIT', null), foundEvent('BRIEFING', 2), foundEvent('MEETING', 0)],
    };
    const { tally, misses } = scoreLinks(found, gold, [0, 1], [0, 1, 2]);
    expect(tally).toEqual({ placed: 2, rightAt: 0, goldDuring: 1, foundDuring: 2, rightDuring: 0 });
    expect(misses.map((m) => m.kind)).toEqual(['at', 'at', 'during']);
  });

  it('judges only articles whose gold annotates some link', () => {
    expect(annotatesLinks(gold.claims, gold.events)).toBe(true);
    expect(annotatesLinks([goldClaim(null)], [goldEvent('VISIT', null)])).toBe(false);
  });
});

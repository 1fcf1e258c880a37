import { describe, expect, it } from 'vitest';

import { scoreClaims } from '../../eval/claims-score.js';
import type { GoldClaim } from '../../eval/gold.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';

const span = { start: 0, end: 5, text: 'quote' };
const gold = (description: string): GoldClaim => ({
  segments: [span],
  speaker: null,
  role: null,
  via: { entity: null, description },
  flags: [],
  at: null,
});
const found = (description: string): ExtractedClaim => ({
  segments: [span],
  flags: [],
  speaker: null,
  role: null,
  via: { description, entityKey: null },
  about: [],
  score: 1,
  evidence: [],
});
const rightVia = (foundVia: string, goldVia: string): number => scoreClaims([found(foundVia)], [gold(goldVia)], []).tally.rightVia;

describe('scoring a channel without an entity', () => {
  it('meets a description sharing a word of four letters or more, whatever its ending', () => {
    expect(rightVia('сообщил в Telegram', 'в своём Telegram-канале')).toBe(1);
    expect(rightVia('told reporters', 'speaking to reporters')).toBe(1);
    expect(rightVia('told reporters', 'on Telegram')).toBe(0);
  });

  it('meets a description of short words only when it shares one of them', () => {
    expect(rightVia('on X', 'on X')).toBe(1);
    expect(rightVia('on Telegram', 'on X')).toBe(0);
  });
});

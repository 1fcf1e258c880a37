import { describe, expect, it } from 'vitest';

import { emptyClaimTally, emptyEventTally } from '../../eval/claims-score.js';
import { emptyLinkTally } from '../../eval/links-score.js';
import type { Evaluation } from '../../eval/evaluate.js';
import { report } from '../../eval/report.js';
import { emptyTally, type Miss } from '../../eval/score.js';

const miss: Miss = { kind: 'missed', text: 'Toretsk', start: 0, expected: 'place:x', found: null };
const missOf = (id: string, label: string) => ({
  id,
  label,
  claims: emptyClaimTally(),
  events: emptyEventTally(),
  links: emptyLinkTally(),
  misses: [{ kind: 'missed claim' as const, detail: `"${id} quote"` }],
});

/** One article per kind of set, each with one linking miss and one extraction miss. */
const evaluation: Evaluation = {
  byLanguage: new Map([['en', emptyTally()]]),
  articles: ['en', 'en, seen 2', 'en, seen 3', 'en, seen 4', 'en, held out 5'].map((language, i) => ({
    id: `article-${i}`,
    language,
    tally: emptyTally(),
    misses: [miss],
  })),
  articlesPerSecond: 1,
  extraction: {
    byLabel: new Map(),
    articles: [missOf('tuned', 'en'), missOf('seen', 'en, seen 2'), missOf('unseen', 'en, held out 5')],
    articlesPerSecond: 1,
  },
};

describe('npm run eval --verbose', () => {
  it('lists the misses of the tuning and seen sets, and the held-out set only when asked', () => {
    const verbose = report(evaluation, { verbose: true, heldOut: false });
    for (const listed of [
      'article-0 (en)',
      'article-1 (en, seen 2)',
      'article-2 (en, seen 3)',
      'article-3 (en, seen 4)',
      'tuned (en)',
      'seen (en, seen 2)',
    ])
      expect(verbose).toContain(listed);
    expect(verbose).not.toContain('held out 5)');
    const all = report(evaluation, { verbose: true, heldOut: true });
    expect(all).toContain('article-4 (en, held out 5)');
    expect(all).toContain('unseen (en, held out 5)');
  });
});

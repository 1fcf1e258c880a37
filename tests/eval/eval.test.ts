import { afterAll, describe, expect, it } from 'vitest';

import { evaluate, GOLD_DIR, LATER_SETS } from '../../eval/evaluate.js';
import { loadGold, parseGold, unmark } from '../../eval/gold.js';
import { rates, score } from '../../eval/score.js';
import type { LinkedMention } from '../../src/linking/linker.js';
import { testDb } from '../support/graph.js';

const linked = (start: number, end: number, entityKey: string | null): LinkedMention => ({
  start,
  end,
  text: 'x',
  entityKey,
  score: entityKey ? 1 : 0,
  candidates: [],
  evidence: [],
});

describe('gold marks', () => {
  it('are stripped to the plain text, each giving its span and entity', () => {
    const { text, mentions } = unmark('In [[Pokrovsk|place:pokrovsk-donetsk-ua]] ([[Красноармейск|place:pokrovsk-donetsk-ua]]).');
    expect(text).toBe('In Pokrovsk (Красноармейск).');
    expect(mentions).toEqual([
      { start: 3, end: 11, text: 'Pokrovsk', entity: 'place:pokrovsk-donetsk-ua' },
      { start: 13, end: 26, text: 'Красноармейск', entity: 'place:pokrovsk-donetsk-ua' },
    ]);
  });

  it('refuse a malformed mark instead of scoring a text that still holds brackets', () => {
    expect(() => unmark('In [[Pokrovsk|Place Pokrovsk]].')).toThrow(/malformed/);
  });

  it.each([GOLD_DIR, ...LATER_SETS.map((s) => s.dir)])(
    'mark every article of %s as test material in every language the targets name',
    (dir) => {
      const gold = loadGold(dir);
      expect(new Set(gold.map((a) => a.language))).toEqual(new Set(['en', 'ru', 'uk']));
      for (const article of gold) expect(article.text).toMatch(/^(TEST MATERIAL|ТЕСТОВЫЙ МАТЕРИАЛ|ТЕСТОВИЙ МАТЕРІАЛ)/);
    },
  );
});

describe('gold claims and events', () => {
  const article = (front: string, body = 'TEST MATERIAL. “We hold the line,” [[Syrskyi|person:oleksandr-syrskyi]] said. “We hold.”') =>
    parseGold('x.md', `---\nid: x\ntitle: "Test material: x"\nlanguage: en\n${front}\n---\n${body}`);

  it('give each quoted segment its span in the plain text, and default what is not said', () => {
    const gold = article(
      'publishedAt: 2026-03-03\nclaims:\n  - { quote: ["We hold the line,"], speaker: person:oleksandr-syrskyi }\nevents: []',
    );
    expect(gold.publishedAt).toBe('2026-03-03');
    expect(gold.claims).toEqual([
      {
        segments: [{ start: 16, end: 33, text: 'We hold the line,' }],
        speaker: 'person:oleksandr-syrskyi',
        role: null,
        via: null,
        flags: [],
        at: null,
      },
    ]);
    expect(gold.events).toEqual([]);
  });

  it('are null when the article annotates none, so the linker-only gold is not scored for claims', () => {
    expect(article('outlet: Test Wire').claims).toBeNull();
  });

  const linked = (claim: string, events: string) =>
    article(`claims:\n  - { quote: ["We hold the line,"], speaker: null${claim} }\nevents:\n${events}`);
  const visitAndBriefing = (during: string) =>
    `  - { id: visit, type: VISIT, framings: [visit] }\n  - { id: briefing, type: BRIEFING, framings: [briefed]${during} }`;

  it("resolve a claim's at and an event's during to the index of the event bearing that id", () => {
    const gold = linked(', at: briefing', visitAndBriefing(', during: visit'));
    expect(gold.claims![0]!.at).toBe(1);
    expect(gold.events!.map((e) => e.during)).toEqual([null, 0]);
  });

  it('refuse an at or during naming no event, a taken id, and an event during itself', () => {
    expect(() => linked(', at: meeting', visitAndBriefing(''))).toThrow(/claims\[0\]\.at: no event has the id "meeting"/);
    expect(() => linked('', visitAndBriefing(', during: briefing'))).toThrow(/events\[1\]\.during: an event is not during itself/);
    expect(() => linked('', visitAndBriefing('').replace('id: briefing', 'id: visit'))).toThrow(/events\[1\]\.id: "visit" is taken/);
  });

  it('refuse a segment the text lacks or holds twice, naming the claim', () => {
    expect(() => article('claims:\n  - { quote: ["We fold"], speaker: null }')).toThrow(/claims\[0\]\.quote\[0\].*not in the text/);
    expect(() => article('claims:\n  - { quote: ["We hold"], speaker: null }')).toThrow(/occurs more than once/);
  });
});

describe('scoring', () => {
  const gold = [
    { start: 0, end: 5, text: 'a', entity: 'place:a' },
    { start: 10, end: 15, text: 'b', entity: 'place:b' },
    { start: 20, end: 25, text: 'c', entity: 'place:c' },
  ];

  it('tells right, wrong and spurious links apart, and an unresolved mention predicts nothing', () => {
    const found = [linked(0, 5, 'place:a'), linked(10, 15, 'place:x'), linked(30, 35, 'place:y'), linked(20, 25, null)];
    const { tally, misses } = score(found, gold, (e) => e !== 'place:c');
    expect(tally).toEqual({ gold: 3, known: 2, resolved: 3, right: 1, wrong: 1, spurious: 1 });
    expect(misses.map((m) => [m.kind, m.start])).toEqual([
      ['wrong', 10],
      ['spurious', 30],
      ['missed', 20],
    ]);
    expect(rates(tally)).toEqual({ precision: 1 / 3, recall: 1 / 3, recallOfKnown: 1 / 2, wrongLinks: 1 / 3 });
  });

  it('counts a boundary off by one as a miss and a spurious link', () => {
    expect(score([linked(0, 4, 'place:a')], gold.slice(0, 1), () => true).tally).toMatchObject({ right: 0, spurious: 1 });
  });
});

describe('npm run eval, on the graph of the test run', () => {
  const db = testDb();
  afterAll(() => db.close());

  it('scores every language and the seed article, which links all 32 hand mentions and nothing wrong', async () => {
    const evaluation = await evaluate(db);
    expect([...evaluation.byLanguage.keys()].sort()).toEqual([
      'en',
      'en, seen 10',
      'en, seen 11',
      'en, seen 2',
      'en, seen 3',
      'en, seen 4',
      'en, seen 5',
      'en, seen 6',
      'en, seen 7',
      'en, seen 8',
      'en, seen 9',
      'ru',
      'ru, seen 10',
      'ru, seen 11',
      'ru, seen 2',
      'ru, seen 3',
      'ru, seen 4',
      'ru, seen 5',
      'ru, seen 6',
      'ru, seen 7',
      'ru, seen 8',
      'ru, seen 9',
      'seed',
      'uk',
      'uk, seen 10',
      'uk, seen 11',
      'uk, seen 2',
      'uk, seen 3',
      'uk, seen 4',
      'uk, seen 5',
      'uk, seen 6',
      'uk, seen 7',
      'uk, seen 8',
      'uk, seen 9',
    ]);
    expect(evaluation.byLanguage.get('seed')).toEqual({ gold: 32, known: 32, resolved: 32, right: 32, wrong: 0, spurious: 0 });
    for (const tally of evaluation.byLanguage.values()) expect(tally.gold).toBeGreaterThan(10);
  }, 120_000); // links and extracts all ten sets: 20 s at load 20, past the default 30 s at worse
});

/**
 * Evaluation against hand annotation: the seed article (the brief's yardstick) and the two test
 * fixture articles, linked from their text alone with the seed gazetteer plus the entities each
 * article introduces. A mention is right when span and entity both equal a hand mention;
 * unresolved mentions (entityKey null) count as no prediction, not as a wrong one.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';
import type { ArticleDoc } from '../../src/ingest/seed.schema.js';
import { linkMentions, type GazetteerEntry, type LinkedMention, type NameIndex } from '../../src/linking/linker.js';
import { graphGazetteer } from '../support/graph-gazetteer.js';
import { loadArticle } from '../support/seed-data.js';

const ARTICLES = [
  'seeds/articles/000_c14c6e6254578141.yaml',
  'tests/fixtures/articles/001_test_ukrainian_view.yaml',
  'tests/fixtures/articles/002_test_neutral_view.yaml',
];

type HandMention = ArticleDoc['mentions'][number];
const spanKey = (m: { start: number; end: number }): string => `${m.start}-${m.end}`;
const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

function evaluate(found: readonly LinkedMention[], hand: readonly HandMention[], places: ReadonlySet<string>) {
  const handBySpan = new Map(hand.map((m) => [spanKey(m), m]));
  const predicted = found.filter((m) => m.entityKey !== null);
  const correct = predicted.filter((m) => handBySpan.get(spanKey(m))?.entity === m.entityKey);
  const foundBySpan = new Map(found.map((m) => [spanKey(m), m]));
  const handPlaces = hand.filter((m) => places.has(m.entity));
  const placesRight = handPlaces.filter((m) => foundBySpan.get(spanKey(m))?.entityKey === m.entity);
  return {
    precision: ratio(correct.length, predicted.length),
    recall: ratio(correct.length, hand.length),
    placeRecall: ratio(placesRight.length, handPlaces.length),
    placesMissed: handPlaces.filter((m) => !placesRight.includes(m)),
    wrong: predicted.filter((m) => !correct.includes(m)),
    missed: hand.filter((m) => foundBySpan.get(spanKey(m))?.entityKey !== m.entity),
  };
}

const describeMention = (m: { start: number; text: string; entityKey?: string | null; entity?: string }): string =>
  `${m.start} "${m.text}" → ${m.entityKey ?? m.entity ?? 'unresolved'}`;

// The gazetteer as the linker reads it from the test graph: the seeds and the entities the fixture
// articles introduce, which the run loads before any test file starts.
let entries: GazetteerEntry[] = [];
let index: NameIndex;
beforeAll(async () => {
  ({ entries, index } = await graphGazetteer());
});

/** An article linked from its text alone, as plain-text ingest links it. */
function linkArticle(path: string) {
  const { doc, text } = loadArticle(fromRoot(path));
  const places = new Set(entries.filter((e) => e.kind === 'PLACE').map((e) => e.entityKey));
  return { doc, result: evaluate(linkMentions(text, index, { outlet: doc.outlet ?? null }), doc.mentions, places) };
}

// The yardstick of the brief: every hand mention of the seed article, and nothing wrong.
it("links all of the seed article's 32 hand mentions with no wrong link", () => {
  const { doc, result } = linkArticle(ARTICLES[0]!);
  expect(result.missed.map(describeMention)).toEqual([]);
  expect(result.wrong.map(describeMention)).toEqual([]);
  expect(doc.mentions).toHaveLength(32);
});

describe.each(ARTICLES)('linking %s against its hand annotation', (path) => {
  it('finds every hand-annotated place mention with the right entity', () => {
    const { result } = linkArticle(path);
    expect(result.placesMissed.map(describeMention)).toEqual([]);
    expect(result.placeRecall).toBe(1);
  });

  it('reaches precision and recall of at least 0.9 over all mentions', () => {
    const { result } = linkArticle(path);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
  });
});

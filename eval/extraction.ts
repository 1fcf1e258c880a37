import { extractArticle } from '../src/extraction/extract.js';
import type { KnownMention } from '../src/extraction/types.js';
import type { GazetteerEntry, LinkedMention } from '../src/linking/linker.js';
import {
  addTallies,
  emptyClaimTally,
  emptyEventTally,
  scoreClaims,
  scoreEvents,
  type ClaimTally,
  type EventTally,
  type ExtractionMiss,
} from './claims-score.js';
import type { GoldArticle } from './gold.js';
import { annotatesLinks, emptyLinkTally, scoreLinks, type LinkTally } from './links-score.js';

/** A gold article's claims and events scored, beside the extraction's rate. */
export interface ExtractionResult {
  id: string;
  label: string;
  claims: ClaimTally;
  events: EventTally;
  /** Zero unless the article annotates `at` or `during`. */
  links: LinkTally;
  misses: ExtractionMiss[];
}

export interface ExtractionEvaluation {
  byLabel: Map<string, Tallies>;
  articles: ExtractionResult[];
  /** Articles extracted per second, extraction alone (mentions linked beforehand), warm. */
  articlesPerSecond: number;
}

type Tallies = Pick<ExtractionResult, 'claims' | 'events' | 'links'>;

const RATE_WINDOW_MS = 1000;

/**
 * Extracts claims and events from each annotated gold article as ingest does: from its plain
 * text and the mentions the linker found in it (not the gold marks), so linking misses count.
 */
export function evaluateExtraction(
  articles: readonly { article: GoldArticle; label: string; linked: readonly LinkedMention[] }[],
  entries: readonly GazetteerEntry[],
): ExtractionEvaluation {
  const byKey = new Map(entries.map((e) => [e.entityKey, e]));
  const annotated = articles.filter(({ article }) => article.claims !== null || article.events !== null);
  const inputs = annotated.map(({ article, linked }) => ({
    text: article.text,
    language: article.language === 'seed' ? 'en' : article.language,
    publishedAt: article.publishedAt,
    mentions: linked.map((m): KnownMention => ({
      start: m.start,
      end: m.end,
      text: m.text,
      entityKey: m.entityKey,
      kind: m.entityKey ? (byKey.get(m.entityKey)?.kind ?? null) : null,
      outlet: m.entityKey ? byKey.get(m.entityKey)?.outlet === true : false,
    })),
  }));
  const extracted = inputs.map(extractArticle);
  let rounds = 0;
  const started = performance.now();
  while (inputs.length && performance.now() - started < RATE_WINDOW_MS) {
    inputs.forEach(extractArticle);
    rounds++;
  }
  const seconds = (performance.now() - started) / 1000;
  const results = annotated.map(({ article, label }, i): ExtractionResult => {
    const gold = { claims: article.claims ?? [], events: article.events ?? [] };
    const claims = scoreClaims(extracted[i]!.claims, gold.claims, article.mentions);
    const events = scoreEvents(extracted[i]!.events, gold.events);
    const links = annotatesLinks(gold.claims, gold.events)
      ? scoreLinks(extracted[i]!, gold, claims.matches, events.matches)
      : { tally: emptyLinkTally(), misses: [] };
    return {
      id: article.id,
      label,
      claims: claims.tally,
      events: events.tally,
      links: links.tally,
      misses: [...claims.misses, ...events.misses, ...links.misses],
    };
  });
  const byLabel = new Map<string, Tallies>();
  for (const r of results) {
    const sum = byLabel.get(r.label) ?? { claims: emptyClaimTally(), events: emptyEventTally(), links: emptyLinkTally() };
    byLabel.set(r.label, {
      claims: addTallies(sum.claims, r.claims),
      events: addTallies(sum.events, r.events),
      links: addTallies(sum.links, r.links),
    });
  }
  return { byLabel, articles: results, articlesPerSecond: inputs.length ? (rounds * inputs.length) / seconds : 0 };
}

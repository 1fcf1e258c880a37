/**
 * `npm run bench:linker`: the linker on its own, without Neo4j. It builds the name index from the
 * embedded GeoNames cities500 table (the default selection, then the whole world) as the import
 * maps it, and reports for each the index's build time and heap, and the linking rate over the
 * gold set and the seed article, and over the same at news length (bench/linker-texts.ts),
 * measured warm for a few seconds; then the claim and event extractor's rate on both, given the
 * mentions the linker found.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { DEFAULT_SELECTION, WORLD } from '../src/gazetteer/default-set.js';
import { buildNameIndex, linkMentions, type GazetteerEntry, type NameIndex } from '../src/linking/linker.js';
import { extractArticle } from '../src/extraction/extract.js';
import { entriesOf } from './linker-entries.js';
import { goldArticles, joinedToNewsLength, seedArticle, type Text } from './linker-texts.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** Extraction alone, over inputs linked beforehand, warm: the rate beside linking's. */
function extractionRate(index: NameIndex, entries: readonly GazetteerEntry[], articles: readonly Text[], ms: number) {
  const kinds = new Map(entries.map((e) => [e.entityKey, e.kind]));
  const inputs = articles.map((a) => ({
    text: a.text,
    language: a.language,
    publishedAt: null,
    mentions: linkMentions(a.text, index, { outlet: a.outlet }).map((m) => ({
      ...m,
      kind: m.entityKey ? (kinds.get(m.entityKey) ?? null) : null,
    })),
  }));
  inputs.forEach(extractArticle); // warm-up
  let done = 0;
  let chars = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    for (const input of inputs) {
      extractArticle(input);
      done++;
      chars += input.text.length;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { articlesPerSecond: done / seconds, charsPerSecond: chars / seconds };
}

function rate(index: NameIndex, articles: readonly Text[], ms: number) {
  for (const a of articles) linkMentions(a.text, index, { outlet: a.outlet }); // warm-up
  let done = 0;
  let chars = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    for (const a of articles) {
      linkMentions(a.text, index, { outlet: a.outlet });
      done++;
      chars += a.text.length;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return { articlesPerSecond: done / seconds, charsPerSecond: chars / seconds };
}

type Rate = ReturnType<typeof rate>;
const NEWS = 'news length';

const textSets = [
  { name: 'gold + seed', articles: [...goldArticles(), seedArticle()] },
  { name: NEWS, articles: [seedArticle(), ...joinedToNewsLength(goldArticles())] },
];
const extraction = new Map<string, Rate>();
const meanChars = (articles: readonly Text[]) => Math.round(articles.reduce((n, a) => n + a.text.length, 0) / articles.length);
/** At news length the rate per character is near flat, so it gives the rate at 5,000 characters too. */
const cell = (r: Rate, name: string) =>
  `${r.articlesPerSecond.toFixed(0)} articles/s, ${(r.charsPerSecond / 1000).toFixed(0)}k chars/s` +
  (name === NEWS ? ` (≈ ${(r.charsPerSecond / 5000).toFixed(0)}/s at 5,000 chars)` : '');
const headers = textSets.map((t) => `linking, ${t.name}`);
console.log(`| gazetteer | entities | name forms | index build | index heap | ${headers.join(' | ')} |`);
console.log(`|---|---|---|---|---|${headers.map(() => '---|').join('')}`);
for (const [name, selection] of [
  ['default (focus countries + capitals)', DEFAULT_SELECTION],
  ['world cities500', WORLD],
] as const) {
  const entries = await entriesOf(selection);
  const before = heapMb();
  const started = performance.now();
  const index = buildNameIndex(entries);
  const buildMs = performance.now() - started;
  const heap = heapMb() - before;
  const linking = textSets.map((t) => rate(index, t.articles, 3000));
  if (selection === DEFAULT_SELECTION) for (const t of textSets) extraction.set(t.name, extractionRate(index, entries, t.articles, 3000));
  const forms = entries.reduce((n, e) => n + e.forms.length, 0);
  console.log(
    `| ${name} | ${entries.length.toLocaleString('en')} | ${forms.toLocaleString('en')} | ${(buildMs / 1000).toFixed(1)} s | ${heap.toFixed(0)} MB | ${linking.map((r, i) => cell(r, textSets[i]!.name)).join(' | ')} |`,
  );
}
console.log('');
for (const { name, articles } of textSets) {
  const lengths = articles.map((a) => a.text.length);
  console.log(
    `${name}: ${articles.length} texts, ${meanChars(articles).toLocaleString('en')} characters on average (${Math.min(...lengths).toLocaleString('en')}–${Math.max(...lengths).toLocaleString('en')}), linked warm for 3 s each.`,
  );
}
console.log('news length: the seed article, and the gold articles joined per language in file order to ≥ 4,000 characters.');
for (const { name } of textSets) {
  console.log(`Extraction (claims and events, mentions linked beforehand, one core), ${name}: ${cell(extraction.get(name)!, name)}.`);
}

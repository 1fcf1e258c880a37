/**
 * `npm run bench:linker`: the linker on its own, without Neo4j. It builds the name index from the
 * embedded GeoNames cities500 table (the default selection, then the whole world) as the import
 * maps it, and reports for each the index's build time and heap, and the linking rate over the
 * gold set and the seed article (real-sized texts), measured warm for a few seconds; then the
 * claim and event extractor's rate on the same texts, given the mentions the linker found.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { parse as parseYaml } from 'yaml';

import { fromRoot } from '../src/config/project-root.js';
import { countryEntities } from '../src/gazetteer/countries.js';
import { DEFAULT_SELECTION, EMBEDDED_CITIES, WORLD } from '../src/gazetteer/default-set.js';
import type { Selection } from '../src/gazetteer/geonames.files.js';
import { placeEntity } from '../src/gazetteer/geonames.mapping.js';
import { parseGeoname } from '../src/gazetteer/geonames.parse.js';
import { readLines } from '../src/gazetteer/lines.js';
import { articleSchema } from '../src/ingest/seed.schema.js';
import { toGazetteerEntry } from '../src/linking/linker-index.js';
import { buildNameIndex, linkMentions, type GazetteerEntry, type NameIndex } from '../src/linking/linker.js';
import { loadGold } from '../eval/gold.js';
import { extractArticle } from '../src/extraction/extract.js';

/** A text to link and extract, with what the linker and the extractor read beside it. */
interface Text {
  text: string;
  outlet: string | null;
  language: string;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = (): number => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

async function entriesOf(selection: Selection): Promise<GazetteerEntry[]> {
  const entries = countryEntities().map(toGazetteerEntry);
  for await (const line of readLines(EMBEDDED_CITIES)) {
    const record = parseGeoname(line);
    if (record && selection.keep(record)) entries.push(toGazetteerEntry(placeEntity(record, { areas: new Map(), admin1: new Map() })));
  }
  return entries;
}

function texts(): Text[] {
  const seed = fromRoot('seeds', 'articles', '000_c14c6e6254578141.yaml');
  const doc = articleSchema.parse(parseYaml(readFileSync(seed, 'utf8')));
  const seedText = readFileSync(join(dirname(seed), doc.textFile!), 'utf8');
  return [...loadGold(fromRoot('tests', 'fixtures', 'gold')), { text: seedText, outlet: doc.outlet ?? null, language: doc.language }];
}

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

const articles = texts();
let extraction = { articlesPerSecond: 0, charsPerSecond: 0 };
const meanChars = Math.round(articles.reduce((n, a) => n + a.text.length, 0) / articles.length);
console.log(`| gazetteer | entities | name forms | index build | index heap | linking | |\n|---|---|---|---|---|---|---|`);
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
  const { articlesPerSecond, charsPerSecond } = rate(index, articles, 3000);
  if (selection === DEFAULT_SELECTION) extraction = extractionRate(index, entries, articles, 3000);
  const forms = entries.reduce((n, e) => n + e.forms.length, 0);
  console.log(
    `| ${name} | ${entries.length.toLocaleString('en')} | ${forms.toLocaleString('en')} | ${(buildMs / 1000).toFixed(1)} s | ${heap.toFixed(0)} MB | ${articlesPerSecond.toFixed(0)} articles/s | ${(charsPerSecond / 1000).toFixed(0)}k chars/s |`,
  );
}
console.log(
  `\n${articles.length} texts (the gold set and the seed article), ${meanChars.toLocaleString('en')} characters on average, linked warm for 3 s each.`,
);
console.log(
  `Extraction (claims and events, mentions linked beforehand, one core): ${extraction.articlesPerSecond.toFixed(0)} articles/s, ${(extraction.charsPerSecond / 1000).toFixed(0)}k chars/s.`,
);

/**
 * Event and time extraction on its own, without Neo4j: the seed article (3.8k characters, news
 * length) with its hand mentions and claim segments, extracted warm for a few seconds on one
 * core. Run after `npm run build`: `node dist/bench/events.js`. Issue 11 asks the whole
 * extraction for 200 articles/s, so this share should stay well under 5 ms an article.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

import { parse as parseYaml } from 'yaml';

import { fromRoot } from '../src/config/project-root.js';
import { extractEvents } from '../src/extraction/events/events.js';
import type { ExtractionInput, KnownMention } from '../src/extraction/types.js';
import type { EntityKind } from '../src/graph/vocabulary.js';
import { articleSchema } from '../src/ingest/seed.schema.js';

const KINDS: Record<string, EntityKind> = { person: 'PERSON', place: 'PLACE', org: 'ORGANIZATION' };
const RUN_MS = 3000;

const seed = fromRoot('seeds', 'articles', '000_c14c6e6254578141.yaml');
const doc = articleSchema.parse(parseYaml(readFileSync(seed, 'utf8')));
const text = readFileSync(join(dirname(seed), doc.textFile!), 'utf8');
const mentions: KnownMention[] = doc.mentions.map((m) => ({ ...m, entityKey: m.entity, kind: KINDS[m.entity.split(':')[0]!] ?? null }));
const input: ExtractionInput = { text, language: 'en', publishedAt: '2025-12-01', mentions };
const quoted = (doc.claims ?? []).flatMap((c) => c.segments);

for (let i = 0; i < 200; i++) extractEvents(input, quoted); // warm-up
let done = 0;
const started = performance.now();
const cpuBefore = process.cpuUsage();
while (performance.now() - started < RUN_MS) {
  extractEvents(input, quoted);
  done++;
}
// CPU time, not wall time: the figure holds on a machine other processes share.
const cpu = process.cpuUsage(cpuBefore);
const ms = (cpu.user + cpu.system) / 1000 / done;
console.log(`events: ${ms.toFixed(3)} ms of CPU per article (${text.length} chars), ${Math.round(1000 / ms)} articles/s on one core`);

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

import { fromRoot } from '../src/config/project-root.js';
import type { IngestFigures } from './ingest.js';
import { TARGETS, type LoadFigures, type QueryFigures, type Target } from './measure.js';
import type { SearchFigures } from './search.js';

export interface BenchReport {
  date: string;
  machine: string;
  options: Record<string, unknown>;
  graph: Record<string, number>;
  gazetteerSeconds: number;
  ingest: IngestFigures[];
  queries: QueryFigures[];
  /** Null when run with --no-search. */
  search: SearchFigures | null;
}

/** The load average shows whether other processes shared the machine during the run. */
export const machine = (): string =>
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )}; ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Neo4j 5.26 Community embedded (-Xmx1g, 512 MiB page cache)`;

/** A run in which no request finished within its duration has no latency (NaN, null in JSON). */
const ms = (n: number | null): string => (Number.isFinite(n) ? String(n) : '–');
const ratio = (a: number | null, b: number | null): string => (Number.isFinite(a) && b! > 0 ? `${(a! / b!).toFixed(2)}×` : '–');
const each = (l: Record<Target, LoadFigures>, f: (figures: LoadFigures) => number | null): string =>
  TARGETS.map((t) => {
    const n = f(l[t]);
    return n === null ? 'n/a' : ms(n);
  }).join(' / ');
const fixed = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1));

function corpusLines(r: BenchReport): string[] {
  return [
    `Graph: ${Object.entries(r.graph)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
    '',
    '## Ingest',
    '',
    '| path | articles | mentions | claims | events | s | articles/s | peak RSS MB | RSS by quarter MB |',
    '|---|---|---|---|---|---|---|---|---|',
    ...r.ingest.map(
      (i) =>
        `| ${i.path} | ${i.articles} | ${i.mentions} | ${i.claims} | ${i.events} | ${fixed(i.seconds)} | ${fixed(i.articlesPerSecond)} | ${i.peakRssMb} | ${i.rssByQuarterMb.join(' / ')} |`,
    ),
    '',
    `Mentions are the annotated ones. Gazetteer (${r.graph['entities']} entities, IngestService.ingestGazetteer in documents of 1,000): ${fixed(r.gazetteerSeconds)} s.`,
    '',
    `## Queries (over HTTP; the three servers interleaved, ${r.options['rounds']} rounds of ${r.options['seconds']} s each per concurrency; latency ms)`,
    '',
    '| query | c | ours p50 / p95 | floor p50 / p95 | peer p50 / p95 | ours/floor p50 | ours/peer p50 | requests ours / floor / peer | failed |',
    '|---|---|---|---|---|---|---|---|---|',
    ...r.queries.flatMap((q) =>
      q.load.map(
        (l) =>
          `| ${q.name} | ${l.connections} | ${ms(l.ours.p50)} / ${ms(l.ours.p95)} | ${ms(l.floor.p50)} / ${ms(l.floor.p95)} | ${ms(l.peer.p50)} / ${ms(l.peer.p95)} | ${ratio(l.ours.p50, l.floor.p50)} | ${ratio(l.ours.p50, l.peer.p50)} | ${l.ours.requests} / ${l.floor.requests} / ${l.peer.requests} | ${l.ours.failures + l.floor.failures + l.peer.failures} |`,
      ),
    ),
    '',
    "Per request, ours / floor / peer. Node CPU is this process (server, driver, load loops) around each server's turns; JVM CPU and Bolt bytes (what the JVM wrote) come from /proc when the bench started Neo4j, else n/a.",
    '',
    '| query | c | Node CPU ms | JVM CPU ms | response bytes | Bolt bytes | ours/peer Node CPU |',
    '|---|---|---|---|---|---|---|',
    ...r.queries.flatMap((q) =>
      q.load.map(
        (l) =>
          `| ${q.name} | ${l.connections} | ${each(l, (f) => f.cpuMs)} | ${each(l, (f) => f.jvmCpuMs)} | ${each(l, (f) => f.bytes)} | ${each(l, (f) => f.boltBytes)} | ${ratio(l.ours.cpuMs, l.peer.cpuMs)} |`,
      ),
    ),
    '',
    '| query | round trips ours / peer / floor (fewest–most) | db hits per request ours / floor / peer |',
    '|---|---|---|',
    ...r.queries.map(
      (q) =>
        `| ${q.name} | ${q.roundTrips.ours.join('–')} / ${q.roundTrips.peer.join('–')} / ${q.roundTrips.floor.join('–')} | ${q.dbHits.ours} / ${q.dbHits.floor} / ${q.dbHits.peer} |`,
    ),
    '',
  ];
}

function searchLines({ search: s }: BenchReport): string[] {
  if (!s) return [];
  const row = (target: string, l: { p50: number; p95: number; p99: number }) =>
    `| ${target} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} |`;
  return [
    `## Name search at ${s.names} names (one connection, ours and the floor interleaved; latency ms)`,
    '',
    `Store: ${s.entities} entities, ${s.written} of them written by this run, in ${fixed(s.loadSeconds)} s. ${s.requests} requests each over ${s.variants} names; ` +
      `the same first hit on both for ${s.sameFirstHit} of ${s.variants}.`,
    '',
    '| target | p50 | p95 | p99 |',
    '|---|---|---|---|',
    row('ours', s.ours),
    row('floor', s.floor),
    `| ours/floor | ${ratio(s.ours.p50, s.floor.p50)} | ${ratio(s.ours.p95, s.floor.p95)} | ${ratio(s.ours.p99, s.floor.p99)} |`,
    '',
  ];
}

export function markdown(r: BenchReport): string {
  return [
    `# Bench ${r.date}`,
    '',
    `Machine: ${r.machine}  `,
    `Options: \`${JSON.stringify(r.options)}\`  `,
    ...(r.ingest.length ? corpusLines(r) : ['']),
    ...searchLines(r),
  ].join('\n');
}

/** bench/results/<date>.md and .json; returns the Markdown path. */
export function writeReport(r: BenchReport): string {
  const dir = fromRoot('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stem = `${dir}/${r.date.slice(0, 16).replace(':', '-')}`;
  writeFileSync(`${stem}.json`, JSON.stringify(r, null, 2) + '\n');
  writeFileSync(`${stem}.md`, markdown(r));
  return `${stem}.md`;
}

import type { Driver } from 'neo4j-driver';

import { burst, failed, percentile, type JvmReading, type Samples } from './load.js';
import { dbHits, type Recorder } from './probe.js';
import type { BenchQuery } from './queries.js';

export const TARGETS = ['ours', 'floor', 'peer'] as const;
export type Target = (typeof TARGETS)[number];

export interface LoadFigures {
  connections: number;
  requests: number;
  rps: number;
  /** Milliseconds, from every response's own timing. */
  p50: number;
  p95: number;
  failures: number;
  /** This process's CPU (server, driver and the load loops) per request. */
  cpuMs: number;
  /** The Neo4j JVM's CPU per request; null when the bench did not start Neo4j. */
  jvmCpuMs: number | null;
  /** Response body bytes per request. */
  bytes: number;
  /** Bytes the JVM wrote per request (Bolt); null when the bench did not start Neo4j. */
  boltBytes: number | null;
}

export interface QueryFigures {
  name: string;
  /** Cypher statements per request, fewest and most over the twenty variants. */
  roundTrips: Record<Target, [number, number]>;
  /** PROFILE database hits per request, mean over the twenty variants. */
  dbHits: Record<Target, number>;
  load: ({ connections: number } & Record<Target, LoadFigures>)[];
}

export interface Timing {
  /** Rounds per concurrency, each giving every server `seconds` in turn. */
  rounds: number;
  seconds: number;
  /** Reads the JVM's counters, when the bench runs the JVM itself. */
  jvm: (() => JvmReading) | null;
}

const body = (target: Target, q: BenchQuery, variables: Record<string, unknown>): string =>
  JSON.stringify({ query: target === 'floor' ? q.name : target === 'ours' ? q.ours : q.peer, variables });

export async function post(url: string, payload: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
  const text = await response.text();
  if (failed(response.status, text)) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 600)}`);
}

/**
 * Asks every variant once of each target, recording the Cypher it ran (a wrong or failing
 * query stops the bench here, before any timing), then PROFILEs what was recorded.
 */
async function probe(q: BenchQuery, urls: Record<Target, string>, recorder: Recorder, driver: Driver) {
  const figures = {
    roundTrips: { ours: [Infinity, 0], floor: [1, 1], peer: [Infinity, 0] } as Record<Target, [number, number]>,
    dbHits: { ours: 0, floor: 0, peer: 0 },
  };
  // Once unrecorded first: one-time work (a server's first schema or version check) is no round trip of the query.
  for (const target of TARGETS) await post(urls[target], body(target, q, q.variants[0]![target]));
  for (const variant of q.variants) {
    for (const target of TARGETS) {
      const statements =
        target === 'floor'
          ? (await post(urls.floor, body('floor', q, variant.floor)), [{ cypher: q.floor, params: variant.floor }])
          : await recorder.during(() => post(urls[target], body(target, q, variant[target])));
      const [fewest, most] = figures.roundTrips[target];
      figures.roundTrips[target] = [Math.min(fewest, statements.length), Math.max(most, statements.length)];
      for (const statement of statements) figures.dbHits[target] += (await dbHits(driver, statement)) / q.variants.length;
    }
  }
  for (const target of TARGETS) figures.dbHits[target] = Math.round(figures.dbHits[target]);
  return figures;
}

/** Round r puts the servers in turn, rotated by r: each goes first, second and last equally often. */
export function roundOrder<T>(targets: readonly T[], rounds: number): T[][] {
  return Array.from({ length: rounds }, (_, r) => targets.map((_, i) => targets[(i + r) % targets.length]!));
}

interface Tally extends Samples {
  cpuMs: number;
  jvmCpuMs: number;
  boltBytes: number;
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

function figuresOf(t: Tally, connections: number, seconds: number, jvm: boolean): LoadFigures {
  const sorted = t.latencies.sort((a, b) => a - b);
  const per = (n: number): number => (sorted.length ? n / sorted.length : NaN);
  return {
    connections,
    requests: sorted.length,
    rps: Math.round(sorted.length / seconds),
    p50: round2(percentile(sorted, 50)),
    p95: round2(percentile(sorted, 95)),
    failures: t.failures,
    cpuMs: round2(per(t.cpuMs)),
    jvmCpuMs: jvm ? round2(per(t.jvmCpuMs)) : null,
    bytes: Math.round(per(t.bytes)),
    boltBytes: jvm ? Math.round(per(t.boltBytes)) : null,
  };
}

/**
 * The three servers interleaved round by round (order rotated each round) at one concurrency,
 * after an unrecorded warm-up round, so that a swing in the machine's load weighs on all three
 * alike. CPU is measured around each server's own turn: this process's by process.cpuUsage, the
 * JVM's from /proc. Each round starts the connections a few variants further on.
 */
export async function interleaved(
  bodies: Record<Target, string[]>,
  urls: Record<Target, string>,
  connections: number,
  timing: Timing,
): Promise<Record<Target, LoadFigures>> {
  for (const target of TARGETS) await burst(urls[target], bodies[target], connections, Math.min(1, timing.seconds));
  const tallies = Object.fromEntries(
    TARGETS.map((t) => [t, { latencies: [] as number[], bytes: 0, failures: 0, cpuMs: 0, jvmCpuMs: 0, boltBytes: 0 }]),
  ) as Record<Target, Tally>;
  for (const [r, order] of roundOrder(TARGETS, timing.rounds).entries()) {
    for (const target of order) {
      const [cpu, jvm] = [process.cpuUsage(), timing.jvm?.()];
      const samples = await burst(urls[target], bodies[target], connections, timing.seconds, r * 7);
      const [cpuAfter, jvmAfter] = [process.cpuUsage(cpu), timing.jvm?.()];
      const tally = tallies[target];
      for (const ms of samples.latencies) tally.latencies.push(ms);
      tally.bytes += samples.bytes;
      tally.failures += samples.failures;
      tally.cpuMs += (cpuAfter.user + cpuAfter.system) / 1000;
      if (jvm && jvmAfter) {
        tally.jvmCpuMs += jvmAfter.cpuMs - jvm.cpuMs;
        tally.boltBytes += jvmAfter.writtenBytes - jvm.writtenBytes;
      }
    }
  }
  const seconds = timing.rounds * timing.seconds;
  return Object.fromEntries(TARGETS.map((t) => [t, figuresOf(tallies[t], connections, seconds, timing.jvm !== null)])) as Record<
    Target,
    LoadFigures
  >;
}

export async function measure(
  q: BenchQuery,
  urls: Record<Target, string>,
  recorder: Recorder,
  driver: Driver,
  timing: Timing,
  log: (line: string) => void,
): Promise<QueryFigures> {
  const figures = await probe(q, urls, recorder, driver);
  const bodies = Object.fromEntries(TARGETS.map((t) => [t, q.variants.map((v) => body(t, q, v[t]))])) as Record<Target, string[]>;
  const runs: QueryFigures['load'] = [];
  for (const connections of [1, 16]) {
    const run = { connections, ...(await interleaved(bodies, urls, connections, timing)) };
    for (const target of TARGETS)
      log(
        `  ${q.name} c=${connections} ${target}: p50 ${run[target].p50} ms, p95 ${run[target].p95} ms, ${run[target].rps} req/s, ${run[target].cpuMs} ms CPU, ${run[target].failures} failed`,
      );
    runs.push(run);
  }
  return { name: q.name, ...figures, load: runs };
}

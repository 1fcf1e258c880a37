import type { Driver } from 'neo4j-driver';

import { load, type LoadFigures } from './load.js';
import { dbHits, type Recorder } from './probe.js';
import type { BenchQuery } from './queries.js';

const TARGETS = ['ours', 'floor', 'peer'] as const;
type Target = (typeof TARGETS)[number];

export interface QueryFigures {
  name: string;
  /** Cypher statements per request, fewest and most over the twenty variants. */
  roundTrips: Record<Target, [number, number]>;
  /** PROFILE database hits per request, mean over the twenty variants. */
  dbHits: Record<Target, number>;
  /** Mean response size in bytes: how much each answer carries (the Relay shape of ours is wordier). */
  bytes: Record<Target, number>;
  load: ({ connections: number } & Record<Target, LoadFigures>)[];
}

const body = (target: Target, q: BenchQuery, variables: Record<string, unknown>): string =>
  JSON.stringify({ query: target === 'floor' ? q.name : target === 'ours' ? q.ours : q.peer, variables });

async function post(url: string, payload: string): Promise<number> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
  const text = await response.text();
  const json = response.status === 200 ? (JSON.parse(text) as { data?: unknown; errors?: unknown }) : null;
  if (!json || json.errors) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 600)}`);
  return text.length;
}

/**
 * Asks every variant once of each target, recording the Cypher it ran (a wrong or failing
 * query stops the bench here, before any timing), then PROFILEs what was recorded.
 */
async function probe(q: BenchQuery, urls: Record<Target, string>, recorder: Recorder, driver: Driver) {
  const figures = {
    roundTrips: { ours: [Infinity, 0], floor: [1, 1], peer: [Infinity, 0] } as Record<Target, [number, number]>,
    dbHits: { ours: 0, floor: 0, peer: 0 },
    bytes: { ours: 0, floor: 0, peer: 0 },
  };
  // Once unrecorded first: one-time work (a server's first schema or version check) is no round trip of the query.
  for (const target of TARGETS) await post(urls[target], body(target, q, q.variants[0]![target]));
  for (const variant of q.variants) {
    for (const target of TARGETS) {
      let bytes = 0;
      const statements =
        target === 'floor'
          ? [{ cypher: q.floor, params: variant.floor }]
          : await recorder.during(async () => (bytes = await post(urls[target], body(target, q, variant[target]))));
      if (target === 'floor') bytes = await post(urls.floor, body('floor', q, variant.floor));
      figures.bytes[target] += bytes / q.variants.length;
      const [fewest, most] = figures.roundTrips[target];
      figures.roundTrips[target] = [Math.min(fewest, statements.length), Math.max(most, statements.length)];
      for (const statement of statements) figures.dbHits[target] += (await dbHits(driver, statement)) / q.variants.length;
    }
  }
  for (const target of TARGETS) {
    figures.dbHits[target] = Math.round(figures.dbHits[target]);
    figures.bytes[target] = Math.round(figures.bytes[target]);
  }
  return figures;
}

export async function measure(
  q: BenchQuery,
  urls: Record<Target, string>,
  recorder: Recorder,
  driver: Driver,
  seconds: number,
  log: (line: string) => void,
): Promise<QueryFigures> {
  const figures = await probe(q, urls, recorder, driver);
  const runs: QueryFigures['load'] = [];
  for (const connections of [1, 16]) {
    const run = { connections } as QueryFigures['load'][number];
    for (const target of TARGETS) {
      run[target] = await load(
        urls[target],
        q.variants.map((v) => body(target, q, v[target])),
        connections,
        seconds,
      );
      log(`  ${q.name} c=${connections} ${target}: p50 ${run[target].p50} ms, p95 ${run[target].p95} ms, ${run[target].rps} req/s`);
    }
    runs.push(run);
  }
  return { name: q.name, ...figures, load: runs };
}

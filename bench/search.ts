import { fromGlobalId } from '../src/graph/global-id.js';
import type { Gazetteer } from './corpus/gazetteer.js';
import { percentile } from './load.js';
import { nameSearch, type BenchQuery } from './queries.js';

/** Names asked in turn: enough that no one query's plan or pages stay hot. */
const VARIANTS = 200;

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
}

export interface SearchFigures {
  entities: number;
  /** Entities this run wrote: the rest were in the graph already (NEO4J_URI, an earlier run). */
  written: number;
  /** Name nodes in the graph while measured, this store's and any other's. */
  names: number;
  /** Building the store: writing what was missing, checking what was there. */
  loadSeconds: number;
  /** Requests timed per target. */
  requests: number;
  ours: Latency;
  floor: Latency;
  /** Variants whose first hit is the same entity on both. */
  sameFirstHit: number;
  variants: number;
}

async function post(url: string, body: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 600)}`);
  const json = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (json.errors) throw new Error(`${url} answered ${text.slice(0, 600)}`);
  return json.data;
}

const firstOurs = (data: unknown): string | undefined => {
  const id = (data as { searchEntities: { edges: { node: { id: string } }[] } }).searchEntities.edges[0]?.node.id;
  return id === undefined ? undefined : fromGlobalId(id).key;
};
const firstFloor = (data: unknown): string | undefined => (data as { node: { id: string } }[])[0]?.node.id;

const latency = (sorted: number[]): Latency => {
  const round = (ms: number): number => Math.round(ms * 100) / 100;
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)) };
};

/**
 * Ours against the floor, one request at a time and interleaved: each variant goes to both,
 * in alternating order, so that whatever else loads the machine meanwhile weighs on both alike.
 * Every variant is asked once of each first, untimed, to warm the index and check the answers.
 */
export async function measureSearch(
  q: BenchQuery,
  urls: { ours: string; floor: string },
  seconds: number,
): Promise<Pick<SearchFigures, 'requests' | 'ours' | 'floor' | 'sameFirstHit' | 'variants'>> {
  const bodies = q.variants.map((v) => ({
    ours: JSON.stringify({ query: q.ours, variables: v.ours }),
    floor: JSON.stringify({ query: q.name, variables: v.floor }),
  }));
  let sameFirstHit = 0;
  for (const body of bodies) {
    const [ours, floor] = [firstOurs(await post(urls.ours, body.ours)), firstFloor(await post(urls.floor, body.floor))];
    if (ours !== undefined && ours === floor) sameFirstHit++;
  }
  const times = { ours: [] as number[], floor: [] as number[] };
  const until = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < until; i++) {
    const body = bodies[i % bodies.length]!;
    for (const target of i % 2 ? (['floor', 'ours'] as const) : (['ours', 'floor'] as const)) {
      const started = performance.now();
      await post(urls[target], body[target]);
      times[target].push(performance.now() - started);
    }
  }
  for (const list of Object.values(times)) list.sort((a, b) => a - b);
  return { requests: times.ours.length, ours: latency(times.ours), floor: latency(times.floor), sameFirstHit, variants: bodies.length };
}

/** The name-search query over the store, with `variants` names of it. */
export const searchQuery = (store: Gazetteer, variants = VARIANTS): BenchQuery => nameSearch(store, variants);

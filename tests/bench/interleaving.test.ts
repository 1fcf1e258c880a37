import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { burst, failed } from '../../bench/load.js';
import { interleaved, roundOrder, TARGETS, type Target } from '../../bench/measure.js';

/**
 * The bench's load harness without Neo4j: three stub servers stand in for ours, the floor and
 * the peer, each logging the variant every request asked and when it arrived.
 */
const arrivals: { target: string; variant: number; at: number }[] = [];
const servers: Server[] = [];
const urls = {} as Record<Target, string>;

/**
 * A server that answers every POST with `answer(variant)` as the body of a 200. It holds its
 * first `gate` answers until that many requests have arrived, so those are the first request
 * of each of `gate` connections, however the machine schedules them.
 */
async function stub(target: string, answer: (variant: number) => string, gate = 0): Promise<string> {
  const held: (() => void)[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { variant } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variant: number };
      arrivals.push({ target, variant, at: performance.now() });
      held.push(() => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(answer(variant)), 2));
      if (held.length >= gate) {
        gate = 0;
        held.splice(0).forEach((reply) => reply());
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const bodies = (n: number): string[] => Array.from({ length: n }, (_, variant) => JSON.stringify({ variant }));

beforeAll(async () => {
  for (const target of TARGETS) urls[target] = await stub(target, () => '{"data":{"ok":true}}');
});
afterAll(async () => {
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
});

describe('bench load', () => {
  it('counts a GraphQL error inside a 200 as a failure, and only a clean 200 as a success', async () => {
    expect(failed(200, '{"data":{"a":1}}')).toBe(false);
    expect(failed(200, '{"errors":[{"message":"boom"}],"data":null}')).toBe(true);
    expect(failed(200, '{"data":{"a":null},"errors":[{"message":"partial"}]}')).toBe(true);
    expect(failed(200, 'not json')).toBe(true);
    expect(failed(500, '{"data":{}}')).toBe(true);
    // Over HTTP: every odd variant answers with an error inside a 200.
    const url = await stub('erring', (v) => (v % 2 ? '{"errors":[{"message":"boom"}],"data":null}' : '{"data":{"ok":true}}'));
    const samples = await burst(url, bodies(2), 2, 0.3);
    expect(samples.failures).toBeGreaterThan(0);
    expect(samples.latencies.length).toBeGreaterThan(0);
    expect(Math.abs(samples.failures - samples.latencies.length)).toBeLessThanOrEqual(2);
    expect(samples.bytes).toBe(samples.latencies.length * '{"data":{"ok":true}}'.length);
  });

  it('starts concurrent connections on different variants, spread evenly over them', async () => {
    const first = async (connections: number, offset: number): Promise<number[]> => {
      const url = await stub('gated', () => '{"data":{"ok":true}}', connections);
      arrivals.length = 0;
      await burst(url, bodies(20), connections, 0.05, offset);
      return arrivals
        .slice(0, connections)
        .map((a) => a.variant)
        .sort((x, y) => x - y);
    };
    expect(new Set(await first(16, 0)).size).toBe(16);
    expect(await first(4, 1)).toEqual([1, 6, 11, 16]);
  });

  it('rotates the servers round by round, so each goes first, second and last alike', () => {
    expect(roundOrder(TARGETS, 4)).toEqual([
      ['ours', 'floor', 'peer'],
      ['floor', 'peer', 'ours'],
      ['peer', 'ours', 'floor'],
      ['ours', 'floor', 'peer'],
    ]);
  });

  it('interleaves the three servers round by round rather than one after another', async () => {
    arrivals.length = 0;
    const figures = await interleaved({ ours: bodies(4), floor: bodies(4), peer: bodies(4) }, urls, 1, {
      rounds: 3,
      seconds: 0.1,
      jvm: null,
    });
    // The arrival log as runs of one server: a warm-up turn each, then three rounds of three turns.
    const turns = arrivals.map((a) => a.target).filter((t, i, all) => t !== all[i - 1]);
    expect(turns).toEqual(['ours', 'floor', 'peer', ...roundOrder(TARGETS, 3).flat()].filter((t, i, all) => t !== all[i - 1]));
    for (const target of TARGETS) {
      expect(figures[target].requests).toBeGreaterThan(0);
      expect(figures[target].failures).toBe(0);
      expect(figures[target].cpuMs).toBeGreaterThan(0);
      expect(figures[target].jvmCpuMs).toBeNull();
    }
  });
});

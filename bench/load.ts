import autocannon from 'autocannon';

export interface LoadFigures {
  connections: number;
  requests: number;
  rps: number;
  /** Milliseconds, from every response's own timing (autocannon's histogram keeps whole ms only). */
  p50: number;
  p95: number;
  failures: number;
}

export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/**
 * Fixed-duration load on one endpoint: POSTs the bodies in turn on each connection, after an
 * unrecorded one-second warm-up. autocannon runs in this process, as the servers do, so its own
 * cost is in every figure alike; see README ("the harness").
 */
export async function load(url: string, bodies: string[], connections: number, seconds: number): Promise<LoadFigures> {
  const latencies: number[] = [];
  // @types/autocannon 7 predates the warmup option of autocannon 8+.
  const options: autocannon.Options & { warmup: { connections: number; duration: number } } = {
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: bodies.map((body) => ({ body })),
    warmup: { connections, duration: 1 },
  };
  // Without a callback autocannon returns its tracker, an EventEmitter that is also a promise.
  const instance = autocannon(options) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  // The warm-up reports to a tracker of its own: these are the recorded requests only.
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status === 200) latencies.push(ms);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  const round = (ms: number): number => Math.round(ms * 100) / 100;
  return {
    connections,
    requests: latencies.length,
    rps: Math.round(latencies.length / seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    failures: result.errors + result.timeouts + result.non2xx,
  };
}

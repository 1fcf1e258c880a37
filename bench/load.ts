import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

/** What one burst of load on one server gave: every successful response's own time, its bytes, and the failures. */
export interface Samples {
  /** Milliseconds, one per successful response. */
  latencies: number[];
  /** Response body bytes of the successful responses. */
  bytes: number;
  /** Non-200 answers, GraphQL errors inside a 200, and broken connections. */
  failures: number;
}

export const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** A 200 whose body carries `errors` (or is no JSON object) is a failed request, as any other status is. */
export function failed(status: number, text: string): boolean {
  if (status !== 200) return true;
  try {
    const json = JSON.parse(text) as unknown;
    return json === null || typeof json !== 'object' || 'errors' in json;
  } catch {
    return true;
  }
}

function post(agent: Agent, url: URL, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * `connections` request loops on one endpoint for `seconds`, each POSTing the bodies in turn.
 * The loops start spread evenly over the bodies (loop c at `offset + c·n/connections`), so that
 * concurrent requests ask different variants, and a loop that gets through only a few bodies in
 * its turn still leaves every variant about as often asked as any other. The loops run in this process, as the servers do: their cost
 * is in every server's figures alike (README, "the harness").
 */
export async function burst(url: string, bodies: string[], connections: number, seconds: number, offset = 0): Promise<Samples> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const samples: Samples = { latencies: [], bytes: 0, failures: 0 };
  const until = performance.now() + seconds * 1000;
  const loop = async (c: number): Promise<void> => {
    for (let i = offset + Math.floor((c * bodies.length) / connections); performance.now() < until; i++) {
      const started = performance.now();
      try {
        const { status, text } = await post(agent, target, bodies[i % bodies.length]!);
        if (failed(status, text)) samples.failures++;
        else {
          samples.latencies.push(performance.now() - started);
          samples.bytes += Buffer.byteLength(text);
        }
      } catch {
        samples.failures++;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, (_, c) => loop(c)));
  } finally {
    agent.destroy();
  }
  return samples;
}

/** CPU time and bytes written by the Neo4j JVM so far, from /proc (Linux; the bench must have started it). */
export interface JvmReading {
  cpuMs: number;
  /** Bytes the JVM passed to write(): almost all of it Bolt responses while only reads run. */
  writtenBytes: number;
}

export function jvmMeter(pid: number): () => JvmReading {
  const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return () => {
    // Fields after the parenthesised command name: utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const wchar = /^wchar: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'));
    return { cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond, writtenBytes: Number(wchar?.[1] ?? NaN) };
  };
}

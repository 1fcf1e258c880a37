import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createInterface } from 'node:readline';

import { describe, expect, inject, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';

/**
 * SIGTERM on the real entry point (dist/src/app/main.js, built by tests/global-setup.ts) as a child
 * process, outside NODE_ENV=test: Apollo installs its own signal handler only there, so the
 * in-process tests cannot see it.
 */

interface Api {
  child: ChildProcess;
  port: number;
  exited: Promise<number | null>;
  /** Resolves when the API logs a line with this message. */
  logged(message: string): Promise<void>;
}

/** Starts the API on the run's Neo4j and resolves once it logs its URL. */
async function startApi(): Promise<Api> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'info', SANDBOX: 'false' };
  delete env['NODE_ENV'];
  const child = spawn(process.execPath, [fromRoot('dist', 'src', 'app', 'main.js')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const lines = createInterface({ input: child.stderr! });
  const logged = (message: string) =>
    new Promise<void>((resolve) =>
      lines.on('line', (line) => (JSON.parse(line) as { msg?: string }).msg?.startsWith(message) && resolve()),
    );
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the API exited with ${code} before serving`)));
    lines.on('line', (line) => {
      const url = (JSON.parse(line) as { url?: string }).url;
      if (url) resolve(Number(new URL(url).port));
    });
  });
  return { child, port, exited, logged };
}

/** A POST whose body arrives in two halves: the request is in flight until `finish` is called. */
function slowRequest(port: number, query: string) {
  const body = JSON.stringify({ query });
  const half = Math.floor(body.length / 2);
  let finish!: () => void;
  const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { port, method: 'POST', path: '/', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: text }));
      },
    );
    req.on('error', reject);
    req.write(body.slice(0, half));
    req.flushHeaders();
    finish = () => req.end(body.slice(half));
  });
  return { response, finish: () => finish() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const QUERIES = [
  '{ searchEntities(query: "Pokrovsk") { edges { node { name } } } }',
  '{ articles(first: 5) { edges { node { title } } } }',
  '{ events(first: 5) { edges { node { type } } } }',
  '{ claims(first: 5) { totalCount } }',
  '{ searchEntities(query: "Putin") { edges { node { name } } } }',
];

describe('SIGTERM', () => {
  it('lets every in-flight request finish with its full answer, then exits 0', async () => {
    const api = await startApi();
    const inFlight = QUERIES.map((query) => slowRequest(api.port, query));
    const answers = Promise.all(inFlight.map((r) => r.response));
    await sleep(500);
    const shuttingDown = api.logged('shutting down');
    api.child.kill('SIGTERM');
    await shuttingDown;
    // Shutting down: no new connections, but the requests already in flight are still served.
    await expect(fetch(`http://127.0.0.1:${api.port}/health`)).rejects.toThrow();
    for (const request of inFlight) request.finish();
    for (const response of await answers) {
      expect(response.status).toBe(200);
      const body = JSON.parse(response.body) as { data?: unknown; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data).toBeTruthy();
    }
    // Drained: idle keep-alive connections do not hold the exit for their timeout.
    const answered = Date.now();
    expect(await api.exited).toBe(0);
    expect(Date.now() - answered).toBeLessThan(2_000);
  }, 60_000);

  it('exits at once on a second signal, without waiting for requests', async () => {
    const api = await startApi();
    const stuck = slowRequest(api.port, QUERIES[0]!);
    stuck.response.catch(() => {});
    await sleep(500);
    const shuttingDown = api.logged('shutting down');
    api.child.kill('SIGTERM');
    await shuttingDown;
    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(128 + 15);
  }, 60_000);
});

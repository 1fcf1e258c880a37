import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { createInterface } from 'node:readline';

import { EXIT, OperatorError } from '../config/operator-error.js';
import { fromRoot } from '../config/project-root.js';
import { LineTail } from './line-tail.js';

/**
 * Obtains and runs a real Neo4j 5.26 (Community, embedded, Bolt only) when no NEO4J_URI is given.
 * The jars come from Maven Central through neo4j/pom.xml into .neo4j/lib (GPL: fetched, never
 * committed); neo4j/Launcher.java starts the database and says READY on stdout.
 */
const LIB_DIR = fromRoot('.neo4j', 'lib');
const INSTALLED_MARKER = fromRoot('.neo4j', 'lib', '.installed');
const JAVA_OPENS = ['java.base/java.nio', 'java.base/sun.nio.ch', 'java.base/java.io', 'java.base/java.lang'];
const START_TIMEOUT_MS = 180_000;

export interface RunningNeo4j {
  uri: string;
  /** The JVM's process id. */
  pid: number;
  /** Settles when the JVM exits, asked to or not. */
  exited: Promise<JvmExit>;
  stop(): Promise<void>;
}

export interface JvmExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function isNeo4jInstalled(): boolean {
  return existsSync(INSTALLED_MARKER);
}

/** What to install when a tool the project's own Neo4j needs is not on PATH. */
const TOOLS = {
  java: 'a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk-headless)',
  mvn: 'Maven, which fetches the Neo4j jars into .neo4j/lib once (e.g. apt-get install maven; it needs java too)',
} as const;

/**
 * The first tool missing from `path` (java always; mvn until the jars are there), said as what to
 * install: checked before anything runs, since a missing mvn would be retried like Central's 429s
 * and a missing java crash the start with `spawn java ENOENT`.
 */
export function missingTool(installed: boolean, path: string | undefined): string | undefined {
  const needed: (keyof typeof TOOLS)[] = installed ? ['java'] : ['java', 'mvn'];
  const absent = needed.find((tool) => !(path ?? '').split(delimiter).some((dir) => dir !== '' && isExecutable(join(dir, tool))));
  return absent && `\`${absent}\` is not on PATH: the project's own Neo4j needs ${TOOLS[absent]}; or set NEO4J_URI to a Neo4j of your own`;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function requireTools(): void {
  const missing = missingTool(isNeo4jInstalled(), process.env['PATH']);
  if (missing) throw new OperatorError(missing, EXIT.neo4j);
}

/** Fetches the jars once; retries because Central answers 429 under bursts. */
export function installNeo4j(log: (line: string) => void = console.error): void {
  if (isNeo4jInstalled()) return;
  requireTools();
  for (let attempt = 1; attempt <= 4; attempt++) {
    log(`Fetching Neo4j 5.26 from Maven Central into .neo4j/lib (attempt ${attempt}) ...`);
    const result = spawnSync(
      'mvn',
      ['-q', '-B', '-f', fromRoot('neo4j', 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${LIB_DIR}`],
      { stdio: 'inherit' },
    );
    if (result.status === 0 && existsSync(LIB_DIR) && readdirSync(LIB_DIR).some((f) => f.startsWith('neo4j-bolt'))) {
      writeFileSync(INSTALLED_MARKER, new Date().toISOString() + '\n');
      return;
    }
    spawnSync('sleep', [String(attempt * 5)]);
  }
  throw new OperatorError('Could not fetch Neo4j from Maven Central: is it reachable? (mvn said why above)', EXIT.neo4j);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Neo4j on a loopback port (a free one unless given) with its store in dataDir (one JVM per
 * store). Once it is up, its stderr lines go to `onLog` (dropped by default); `abandon` kills a
 * JVM that is still starting.
 */
export async function startNeo4j(
  dataDir: string,
  port?: number,
  onLog: (line: string) => void = () => {},
  abandon?: AbortSignal,
): Promise<RunningNeo4j> {
  requireTools();
  installNeo4j();
  mkdirSync(dataDir, { recursive: true });
  port ??= await freePort();
  const java = spawn(
    'java',
    [
      ...JAVA_OPENS.map((pkg) => `--add-opens=${pkg}=ALL-UNNAMED`),
      '-Xmx1g',
      '-cp',
      `${LIB_DIR}/*`,
      fromRoot('neo4j', 'Launcher.java'),
      dataDir,
      String(port),
    ],
    // A process group of its own: Ctrl-C in a terminal reaches this process, which stops Neo4j
    // after draining its requests, and not the JVM too, which the supervisor would restart.
    { stdio: ['pipe', 'pipe', 'pipe'], detached: true },
  );
  const exited = new Promise<JvmExit>((resolve) => java.once('exit', (code, signal) => resolve({ code, signal })));
  const uri = await waitForReady(java, onLog, abandon);
  return { uri, pid: java.pid!, exited, stop: () => stopJava(java, exited) };
}

/** Resolves with the Bolt URI once the launcher says READY; stderr is held (a bounded tail) only until then. */
function waitForReady(java: ChildProcess, onLog: (line: string) => void, abandon?: AbortSignal): Promise<string> {
  return new Promise((resolve, reject) => {
    let tail: LineTail | null = new LineTail(30);
    createInterface({ input: java.stderr! }).on('line', (line) => (tail ? tail.push(line) : onLog(line)));
    const timer = setTimeout(() => fail('did not start within ' + START_TIMEOUT_MS / 1000 + ' s'), START_TIMEOUT_MS);
    const onExit = (code: number | null) => fail(`exited with code ${code}`);
    const onAbandon = () => fail('start was abandoned');
    const settle = () => {
      clearTimeout(timer);
      java.removeListener('exit', onExit);
      abandon?.removeEventListener('abort', onAbandon);
    };
    function fail(why: string): void {
      settle();
      java.kill('SIGKILL');
      reject(new Error(`Neo4j ${why}:\n${tail}`));
    }
    java.once('exit', onExit);
    java.once('error', (error) => fail(`could not be run: ${error.message}`));
    abandon?.addEventListener('abort', onAbandon, { once: true });
    createInterface({ input: java.stdout! }).on('line', (line) => {
      const ready = /^READY (\S+)/.exec(line);
      if (!ready || !tail) return;
      settle();
      tail = null;
      resolve(ready[1]!);
    });
  });
}

/** Closing stdin asks the launcher to shut down; a JVM that ignores it for 30 s is killed. */
async function stopJava(java: ChildProcess, exited: Promise<JvmExit>): Promise<void> {
  if (java.exitCode !== null || java.signalCode !== null) return;
  const killer = setTimeout(() => java.kill('SIGKILL'), 30_000);
  java.stdin!.end();
  await exited;
  clearTimeout(killer);
}

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { TestProject } from 'vitest/node';

import { fromRoot } from '../src/config/project-root.js';
import { startNeo4j } from '../src/db/embedded-neo4j.js';
import { prepareGraph } from './support/prepare-graph.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * One real Neo4j for the whole run: the given NEO4J_URI, or the project's own on a fresh store
 * that is deleted afterwards. The schema and the seeds are loaded once, here; test files share
 * the graph, and those that write keep apart by ids of their own.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const built = buildDist();
  if (process.env['NEO4J_URI']) {
    project.provide('neo4jUri', process.env['NEO4J_URI']);
    await Promise.all([prepareGraph(process.env['NEO4J_URI']), built]);
    return async () => {};
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-test-neo4j-'));
  const [neo4j] = await Promise.all([startNeo4j(dataDir), built]);
  project.provide('neo4jUri', neo4j.uri);
  await prepareGraph(neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/** dist/ as `npm run build` leaves it (incremental: seconds when up to date), for the tests that run the real commands. */
function buildDist(): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile('npm', ['run', 'build', '--silent'], { cwd: fromRoot() }, (error, stdout) =>
      error ? reject(new Error(`npm run build failed:\n${stdout}`)) : resolve(),
    ),
  );
}

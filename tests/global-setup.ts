import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { TestProject } from 'vitest/node';

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
  if (process.env['NEO4J_URI']) {
    project.provide('neo4jUri', process.env['NEO4J_URI']);
    await prepareGraph(process.env['NEO4J_URI']);
    return async () => {};
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-test-neo4j-'));
  const neo4j = await startNeo4j(dataDir);
  project.provide('neo4jUri', neo4j.uri);
  await prepareGraph(neo4j.uri);
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import neo4j, { type Driver } from 'neo4j-driver';

import { toDriver, toPlain } from '../src/db/values.js';
import type { BenchQuery } from './queries.js';

/**
 * The floor: each bench query as one hand-written Cypher statement, run as an auto-commit read
 * (`session.run`: one round trip, where a managed transaction costs BEGIN and COMMIT too) with
 * the same value conversion ours pays (toDriver / toPlain), behind a bare node:http handler so
 * that it is measured over HTTP exactly as the two GraphQL servers are. Body: {query: name, variables}.
 */
export async function serveFloor(
  driver: Driver,
  queries: BenchQuery[],
  database?: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const cypher = new Map(queries.map((q) => [q.name, q.floor]));
  const read = async (statement: string, variables: Record<string, unknown>): Promise<unknown[]> => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(statement, toDriver(variables) as Record<string, unknown>);
      return result.records.map((record) => toPlain(record.toObject()));
    } finally {
      await session.close();
    }
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        query: string;
        variables: Record<string, unknown>;
      };
      read(cypher.get(query)!, variables).then(
        (rows) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: rows })),
        (error: unknown) => res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error)),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

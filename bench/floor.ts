import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { GraphDb } from '../src/db/graph-db.js';
import type { BenchQuery } from './queries.js';

/**
 * The floor: each bench query as one hand-written Cypher statement through the project's driver
 * wrapper (GraphDb.read, the same value conversion ours pays), behind a bare node:http handler so
 * that it is measured over HTTP exactly as the two GraphQL servers are. Body: {query: name, variables}.
 */
export async function serveFloor(db: GraphDb, queries: BenchQuery[]): Promise<{ url: string; stop: () => Promise<void> }> {
  const cypher = new Map(queries.map((q) => [q.name, q.floor]));
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        query: string;
        variables: Record<string, unknown>;
      };
      db.read(cypher.get(query)!, variables).then(
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

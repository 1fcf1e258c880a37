import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { HeaderMap, type ApolloServer } from '@apollo/server';

import type { Context } from '../graphql/context.js';
import type { CorsPolicy } from './cors.js';
import { mayBeForged, mediaType } from './csrf.js';
import { serveExplorer } from './explore/explore.route.js';
import { withinRequest } from '../graphql/request-scope.js';

const MAX_BODY_BYTES = 1_000_000;
/** A client's own request id is kept when it is plain printable ASCII of sane length. */
const USABLE_REQUEST_ID = /^[\x21-\x7e]{1,128}$/;

export interface HttpOptions {
  port: number;
  /** Builds each request's context from the x-api-key header and the request's id. */
  context: (apiKey: string | undefined, requestId: string) => Context;
  /** True when the database answers; /health reports it. */
  healthy: () => Promise<boolean>;
  /** Which other origins' pages may call the API. */
  cors: CorsPolicy;
  /** Serves WebSocket upgrades on the same server (subscriptions.ts); returns what closes them. */
  subscriptions: (server: Server) => () => Promise<void>;
}

/** Apollo's words for the same refusal, with what lets a legitimate client through. */
const CSRF_REFUSAL = JSON.stringify({
  errors: [
    {
      message:
        'This operation has been blocked as a potential Cross-Site Request Forgery (CSRF): send it with content-type application/json, ' +
        "or a non-empty apollo-require-preflight header, or as a GET from this server's own pages or an origin in CORS_ORIGINS.",
      extensions: { code: 'BAD_REQUEST' },
    },
  ],
});

/**
 * Apollo on node:http, with /health beside it: 200 when Neo4j answers, 503 when it does not,
 * so a load balancer can take the instance out while the database is away. Every response
 * carries the request's id in `x-request-id`, the one its log lines have.
 */
export async function listen(apollo: ApolloServer<Context>, options: HttpOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    handle(apollo, options, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const closeSubscriptions = options.subscriptions(server);
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    // Subscribers first: an open socket would hold the server's close for as long as it stays.
    close: async () => {
      await closeSubscriptions();
      await closeGracefully(server);
    },
  };
}

async function handle(apollo: ApolloServer<Context>, options: HttpOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const requestId = requestIdOf(req.headers['x-request-id']);
  res.setHeader('x-request-id', requestId);
  for (const [name, value] of Object.entries(options.cors.responseHeaders(req.headers.origin))) res.setHeader(name, value);
  if (req.method === 'OPTIONS') {
    const { status, headers } = options.cors.preflight(req.headers);
    res.writeHead(status, headers).end();
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/health') {
    const up = await options.healthy();
    res.writeHead(up ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: up ? 'ok' : 'unavailable', neo4j: up ? 'up' : 'down' }));
    return;
  }
  if (await serveExplorer(url.pathname, req.method ?? 'GET', res)) return;
  const body = await readBody(req);
  if (body === null) {
    // The rest of the body is left unread, so the connection cannot carry another request.
    res.writeHead(413, { connection: 'close' }).end();
    return;
  }
  if (mayBeForged(req.method ?? 'GET', url.searchParams, req.headers, options.cors)) {
    res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' }).end(CSRF_REFUSAL);
    return;
  }
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  const context = options.context(headers.get('x-api-key'), requestId);
  const response = await withinRequest(context, () =>
    apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parseJson(body, headers) },
      context: async () => context,
    }),
  );
  res.writeHead(response.status ?? 200, Object.fromEntries(response.headers));
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function requestIdOf(given: string | string[] | undefined): string {
  return typeof given === 'string' && USABLE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** The raw body, or null when it is larger than any sane GraphQL request. */
async function readBody(req: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON bodies are parsed here; Apollo answers a malformed one with a 400 naming the problem. */
function parseJson(body: string, headers: HeaderMap): unknown {
  if (mediaType(headers.get('content-type')) !== 'application/json' || body === '') return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/**
 * Stops accepting connections, lets in-flight requests finish, and drops idle keep-alives, also
 * those that turn idle meanwhile (else each would hold the close for its 5 s keep-alive timeout).
 */
function closeGracefully(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    server.close(() => {
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}

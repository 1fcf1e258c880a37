import { randomUUID, timingSafeEqual } from 'node:crypto';

import type { Logger } from 'pino';

import type { Config } from '../config/config.js';
import type { GraphDb } from '../db/graph-db.js';
import type { Context } from '../graphql/context.js';
import { Prefetcher } from '../graphql/prefetch.js';
import { PrefetchRepository } from '../graph/prefetch.repository.js';
import { SelectedFields } from '../graph/selection.js';
import { SearchRepository } from '../search/search.repository.js';
import { createLoaders } from './loaders.js';

/**
 * A request's context. The ingest service is the server's, shared by every request: it keeps
 * the linker's index of the gazetteer, which takes seconds to build on a large graph (it reaches
 * the request's CountingDb through request-scope.ts); so is the source of changes it publishes to. The request id is the client's
 * x-request-id when it sent a usable one (http.ts).
 */
export function createContext(
  db: GraphDb,
  config: Pick<Config, 'API_KEY'>,
  log: Logger,
  apiKeyHeader: string | undefined,
  services: Pick<Context, 'ingest' | 'changes'>,
  requestId: string = randomUUID(),
): Context {
  const counted = db.counted();
  // Filled in by selectedFieldsPlugin once the operation is parsed; read whole until then.
  const selected = new SelectedFields();
  const loaders = createLoaders(counted, selected);
  return {
    requestId,
    log: log.child({ requestId }),
    db: counted,
    loaders,
    selected,
    prefetch: new Prefetcher(new PrefetchRepository(counted, selected), loaders),
    search: new SearchRepository(counted, selected),
    ...services,
    authorized: keyMatches(config.API_KEY, apiKeyHeader),
  };
}

function keyMatches(expected: string | undefined, given: string | undefined): boolean {
  if (!expected || !given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

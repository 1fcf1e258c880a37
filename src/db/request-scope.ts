import { AsyncLocalStorage } from 'node:async_hooks';

import type { CountingDb, Cypher } from './graph-db.js';

const current = new AsyncLocalStorage<CountingDb>();

/** Runs a request's work so that `requestScoped` services reach its CountingDb. */
export function withinRequest<T>(db: CountingDb, work: () => T): T {
  return current.run(db, work);
}

/**
 * For services built once per server and shared by requests (the ingest service keeps the
 * linker's index of the gazetteer, seconds to build): each statement goes through the current
 * request's CountingDb, so it is counted and gated as the request's own, or straight to `db`
 * outside any request (the seed loader).
 */
export function requestScoped(db: Cypher): Cypher {
  const scoped = () => current.getStore() ?? db;
  return {
    read: (cypher, params) => scoped().read(cypher, params),
    write: (work) => scoped().write(work),
  };
}

import { AsyncLocalStorage } from 'node:async_hooks';

import type { Logger } from 'pino';

import type { Cypher } from '../db/graph-db.js';
import type { Context } from './context.js';

const current = new AsyncLocalStorage<Context>();

/** Serves a request (http.ts) so that code not handed its context still reaches it. */
export function withinRequest<T>(context: Context, work: () => T): T {
  return current.run(context, work);
}

/** The log of the request being served, under its id; `fallback` outside a request. */
export const requestLog = (fallback: Logger): Logger => current.getStore()?.log ?? fallback;

/**
 * For services built once per server and shared by requests (the ingest service keeps the
 * linker's index of the gazetteer, seconds to build): each statement goes through the current
 * request's CountingDb, so it is counted and gated as the request's own, or straight to `db`
 * outside any request (the seed loader).
 */
export function requestScoped(db: Cypher): Cypher {
  const scoped = () => current.getStore()?.db ?? db;
  return {
    read: (cypher, params) => scoped().read(cypher, params),
    write: (work) => scoped().write(work),
  };
}

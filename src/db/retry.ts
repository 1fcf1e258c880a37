import { setTimeout as sleep } from 'node:timers/promises';

import { classify } from './neo4j-errors.js';

/** Conflicts usually clear once the other transaction commits: a few tries, about a second of waiting at most. */
const ATTEMPTS = 5;
const BASE_DELAY_MS = 50;

/**
 * Runs a whole unit of work again when it failed on a conflict (deadlock, lock timeout, a node
 * deleted under it), after a jittered, doubling delay so the contenders do not meet again; and
 * once at once when its connection was lost, which a pooled connection to a restarted Neo4j is.
 * A repeated unit of work runs in a fresh transaction, the failed one having been rolled back; only
 * a connection lost during the commit leaves the outcome unknown, as with the driver's own retries.
 */
export async function withRetries<T>(unitOfWork: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await unitOfWork();
    } catch (error) {
      const failure = classify(error);
      if (failure === 'conflict' && attempt < ATTEMPTS) await sleep(BASE_DELAY_MS * 2 ** (attempt - 1) * (0.5 + Math.random()));
      else if (!(failure === 'unreachable' && attempt === 1)) throw error;
    }
  }
}

import { Neo4jError } from 'neo4j-driver';

import { ConflictError, DatabaseUnavailableError, QueryTimeoutError } from '../errors.js';

/** What a failed transaction means for the application: the one place that reads Neo4j's error codes. */
export type Failure = 'unreachable' | 'busy' | 'conflict' | 'timeout' | 'other';

/** The server is gone, or up but its database not (starting, stopping). */
const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Another transaction got in the way; running the unit of work again usually succeeds. */
const CONFLICT = new Set([
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
  'Neo.TransientError.Transaction.Outdated',
  'Neo.TransientError.Transaction.ConstraintsChanged',
  // A concurrent merge DETACH DELETEd a node or relationship this transaction had already matched.
  'Neo.ClientError.Statement.EntityNotFound',
]);

export function classify(error: unknown): Failure {
  if (!(error instanceof Neo4jError)) return 'other';
  if (UNREACHABLE.has(error.code) || /connect ECONNREFUSED/i.test(error.message)) return 'unreachable';
  if (/acquisition timed out/i.test(error.message)) return 'busy';
  if (error.code.includes('TransactionTimedOut')) return 'timeout';
  if (CONFLICT.has(error.code) || /Unable to load (NODE|RELATIONSHIP)/.test(error.message)) return 'conflict';
  // Memory pools and the like: retrying at once would only add load; the client may come back.
  if (error.code.startsWith('Neo.TransientError.')) return 'busy';
  return 'other';
}

/** The coded error a client sees; anything else stays as it is, to be logged and masked. */
export function translate(error: unknown, failure: Failure = classify(error)): unknown {
  switch (failure) {
    case 'unreachable':
    case 'busy':
      return new DatabaseUnavailableError();
    case 'conflict':
      return new ConflictError();
    case 'timeout':
      return new QueryTimeoutError();
    case 'other':
      return error;
  }
}

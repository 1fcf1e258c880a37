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

/** A first contact's failure as the operator can act on it: unreachable, credentials, database. */
export function whyUnusable(error: unknown, database: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof Neo4jError)) return message.split('\n')[0]!;
  if (error.code === 'Neo.ClientError.Security.Unauthorized') return 'refused the credentials (NEO4J_USERNAME, NEO4J_PASSWORD)';
  if (error.code === 'Neo.ClientError.Database.DatabaseNotFound') return `has no database "${database}" (NEO4J_DATABASE)`;
  // The driver's own text is a paragraph of advice; its cause (ECONNREFUSED, ENOTFOUND) is the news.
  const cause = /Caused by: (.+)$/m.exec(message)?.[1];
  if (classify(error) === 'unreachable') return `cannot be reached${cause ? ` (${cause})` : ''}: is it running, and is NEO4J_URI right?`;
  return message.split('\n')[0]!;
}

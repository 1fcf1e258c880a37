/**
 * The errors the application raises on purpose. Each carries the code clients see in
 * `extensions.code`; anything else is an internal error, logged and masked (src/graphql/errors.ts).
 */
export abstract class AppError extends Error {
  abstract readonly code: string;
}

/** Input that cannot be served; `field` names the argument or path at fault. */
export class InputError extends AppError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly field: string,
    problem: string,
    /** Every problem of the input, "field: problem" each, when it has more than this first one (a seed file's). */
    readonly problems: readonly string[] = [`${field}: ${problem}`],
  ) {
    super(`${field}: ${problem}`);
  }
}

export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED';
}

/** Neo4j cannot be reached; the request fails fast and the client may retry. */
export class DatabaseUnavailableError extends AppError {
  readonly code = 'SERVICE_UNAVAILABLE';
  constructor() {
    super('The graph database is unavailable; try again shortly.');
  }
}

export class QueryTimeoutError extends AppError {
  readonly code = 'QUERY_TIMEOUT';
  constructor() {
    super('The query took too long and was stopped; narrow it or ask for fewer items.');
  }
}

/**
 * A concurrent write kept getting in the way (a deadlock, a node deleted under the transaction by
 * a merge) after the transaction was retried a few times; the client may try again.
 */
export class ConflictError extends AppError {
  readonly code = 'CONFLICT';
  constructor() {
    super('A concurrent change to the same part of the graph got in the way; try again.');
  }
}

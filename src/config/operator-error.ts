/** The exit codes of the project's commands (`npm start`, `npm run seed`, …), as `--help` and README list them. */
export const EXIT = {
  ok: 0,
  /** A seed file (or another input) was refused; the rest loaded. */
  refused: 1,
  /** A bad argument or environment variable. */
  usage: 2,
  /** Neo4j cannot be reached or started (down, wrong credentials, no `java` or `mvn`). */
  neo4j: 3,
} as const;

/**
 * A problem the operator fixes (a bad setting, a missing tool, a Neo4j that is not there): shown
 * as one line that says what to do, with no stack trace, and the process exits with its code.
 */
export class OperatorError extends Error {
  constructor(
    message: string,
    readonly exitCode: (typeof EXIT)[keyof typeof EXIT],
  ) {
    super(message);
  }
}

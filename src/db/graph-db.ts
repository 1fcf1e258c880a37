import neo4j, { type Driver, type Record as DriverRecord, type Session, type SessionMode, type Transaction } from 'neo4j-driver';
import pLimit from 'p-limit';

import { DownCircuit } from './down-circuit.js';
import { classify, translate, whyUnusable } from './neo4j-errors.js';
import { withRetries } from './retry.js';
import { toDriver, toPlain } from './values.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface ConnectOptions {
  uri: string;
  username: string;
  password: string;
  database: string;
  queryTimeoutMs: number;
}

/** Runs Cypher inside a write transaction; the rows come back as plain values. */
export interface WriteTx {
  run(cypher: string, params?: Params): Promise<Row[]>;
}

/** Enough for a probe to connect and answer `RETURN 1`. */
const PROBE_TIMEOUT_MS = 2_000;

/**
 * The one way into the driver. Every read and write is a unit of work retried here on conflicts
 * (src/db/retry.ts; the driver's own retries are not used: they wait a second or more before each
 * try, also when the server is down), behind a circuit that fails requests at once while Neo4j is
 * down; driver errors become the application's coded errors here and nowhere else.
 */
export class GraphDb {
  private readonly circuit = new DownCircuit(() => this.autoCommit('RETURN 1', {}, PROBE_TIMEOUT_MS));

  private constructor(
    private readonly driver: Driver,
    private readonly options: ConnectOptions,
  ) {}

  static connect(options: ConnectOptions): GraphDb {
    const auth = options.password ? neo4j.auth.basic(options.username, options.password) : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      // A server that does not answer is noticed in seconds; then the circuit answers for it.
      connectionTimeout: 2_000,
      // Waiting for a free connection when the pool is busy: a queue, but not for a minute.
      connectionAcquisitionTimeout: 5_000,
      disableLosslessIntegers: false,
    });
    return new GraphDb(driver, options);
  }

  /**
   * One statement as an auto-commit query: one round trip, where a transaction adds BEGIN and
   * COMMIT. A read changes nothing, so running it again after a lost connection is safe.
   */
  read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.unitOfWork(() => this.autoCommit(cypher, params, this.options.queryTimeoutMs));
  }

  /** A managed transaction: all of `work` commits, or none of it, and a retry runs all of it again. */
  write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.unitOfWork(() => this.transaction(this.options.queryTimeoutMs * 6, work));
  }

  /** A view of this database that counts the queries run through it (one per request). */
  counted(): CountingDb {
    return new CountingDb(this);
  }

  /** True when the database answers a trivial query. */
  async isHealthy(): Promise<boolean> {
    try {
      await this.read('RETURN 1 AS ok');
      return true;
    } catch {
      return false;
    }
  }

  /** Why this database cannot be used, as a phrase after "Neo4j at URI", or null when it answers. */
  async connectionProblem(): Promise<string | null> {
    try {
      await this.autoCommit('RETURN 1', {}, PROBE_TIMEOUT_MS);
      return null;
    } catch (error) {
      return whyUnusable(error, this.options.database);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async unitOfWork<T>(attempt: () => Promise<T>): Promise<T> {
    await this.circuit.check();
    try {
      return await withRetries(attempt);
    } catch (error) {
      const failure = classify(error);
      if (failure === 'unreachable') this.circuit.open();
      throw translate(error, failure);
    }
  }

  private async autoCommit(cypher: string, params: Params, timeoutMs: number): Promise<Row[]> {
    const session = this.session(neo4j.session.READ);
    try {
      const result = await session.run(cypher, toDriver(params) as Params, { timeout: timeoutMs });
      return plainRows(result.records);
    } finally {
      await session.close();
    }
  }

  /** One transaction, committed when the work succeeds; closing the session rolls back one that did not. */
  private async transaction<T>(timeoutMs: number, work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const session = this.session(neo4j.session.WRITE);
    try {
      const tx = session.beginTransaction({ timeout: timeoutMs });
      const result = await work(plainTx(tx));
      await tx.commit();
      return result;
    } finally {
      await session.close();
    }
  }

  /** READ lets a cluster route the statement to a reader. */
  private session(mode: SessionMode): Session {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode,
      // Shared by every session, so a read after a write sees it on a cluster too.
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }
}

function plainTx(tx: Transaction): WriteTx {
  return {
    run: async (cypher, params = {}) => plainRows((await tx.run(cypher, toDriver(params) as Params)).records),
  };
}

const plainRows = (records: readonly DriverRecord[]): Row[] => records.map((record) => toPlain(record.toObject()) as Row);

/** How many statements one request may run at once; the rest wait, so no request takes the pool from others. */
export const STATEMENTS_AT_ONCE = 4;

/**
 * A request's view of the database: counts its round trips (for tests and logs) and runs at most
 * STATEMENTS_AT_ONCE of them at a time, a write transaction holding one slot until it ends.
 */
export class CountingDb {
  queryCount = 0;
  private readonly gate = pLimit(STATEMENTS_AT_ONCE);

  constructor(private readonly db: GraphDb) {}

  read(cypher: string, params?: Params): Promise<Row[]> {
    this.queryCount++;
    return this.gate(() => this.db.read(cypher, params));
  }

  write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.gate(() =>
      this.db.write((tx) =>
        work({
          run: (cypher, params) => {
            this.queryCount++;
            return tx.run(cypher, params);
          },
        }),
      ),
    );
  }
}

/** What repositories need: read queries and write transactions. */
export type Cypher = Pick<CountingDb, 'read' | 'write'>;

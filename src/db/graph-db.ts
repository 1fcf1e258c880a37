import neo4j, { type Driver, type ManagedTransaction, Neo4jError } from 'neo4j-driver';

import { DatabaseUnavailableError, QueryTimeoutError } from '../errors.js';
import { Gate, STATEMENTS_AT_ONCE } from './gate.js';
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

/**
 * The one way into the driver. Managed transactions retry transient errors (deadlocks, leader
 * changes); driver errors become the application's coded errors here and nowhere else.
 */
export class GraphDb {
  private constructor(
    private readonly driver: Driver,
    private readonly options: ConnectOptions,
  ) {}

  static connect(options: ConnectOptions): GraphDb {
    const auth = options.password ? neo4j.auth.basic(options.username, options.password) : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      // Fail fast when the database is down instead of queueing requests for a minute.
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: 5_000,
      disableLosslessIntegers: false,
    });
    return new GraphDb(driver, options);
  }

  async read(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.translateErrors(() =>
      this.driver.executeQuery(cypher, toDriver(params) as Params, {
        database: this.options.database,
        routing: neo4j.routing.READ,
        transactionConfig: { timeout: this.options.queryTimeoutMs },
        resultTransformer: neo4j.resultTransformers.mappedResultTransformer({
          map: (record) => toPlain(record.toObject()) as Row,
          collect: (rows) => rows,
        }),
      }),
    );
  }

  async write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await this.translateErrors(() =>
        session.executeWrite((tx) => work(plainTx(tx)), { timeout: this.options.queryTimeoutMs * 6 }),
      );
    } finally {
      await session.close();
    }
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

  close(): Promise<void> {
    return this.driver.close();
  }

  private async translateErrors<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw translate(error);
    }
  }
}

function plainTx(tx: ManagedTransaction): WriteTx {
  return {
    run: async (cypher, params = {}) => {
      const result = await tx.run(cypher, toDriver(params) as Params);
      return result.records.map((record) => toPlain(record.toObject()) as Row);
    },
  };
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

function translate(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (UNAVAILABLE.has(error.code) || /acquisition timed out|connect ECONNREFUSED/i.test(error.message)) {
    return new DatabaseUnavailableError();
  }
  if (error.code.includes('TransactionTimedOut') || error.code.includes('TransactionTimedOutClientConfiguration')) {
    return new QueryTimeoutError();
  }
  return error;
}

/**
 * A request's view of the database: counts its round trips (for tests and logs) and runs at most
 * STATEMENTS_AT_ONCE of them at a time, a write transaction holding one slot until it ends.
 */
export class CountingDb {
  queryCount = 0;
  private readonly gate = new Gate(STATEMENTS_AT_ONCE);

  constructor(private readonly db: GraphDb) {}

  read(cypher: string, params?: Params): Promise<Row[]> {
    this.queryCount++;
    return this.gate.run(() => this.db.read(cypher, params));
  }

  write<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    return this.gate.run(() =>
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

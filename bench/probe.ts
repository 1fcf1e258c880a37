import neo4j, { type Driver, type ManagedTransaction, type ProfiledPlan } from 'neo4j-driver';

import { CountingDb, type GraphDb, type Params } from '../src/db/graph-db.js';
import { toDriver } from '../src/db/values.js';

/** A statement one request ran, with parameters ready for the driver. */
export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
}

/** Collects the statements requests run while `statements` is set; one request at a time. */
export class Recorder {
  statements: Statement[] | null = null;

  async during(request: () => Promise<unknown>): Promise<Statement[]> {
    this.statements = [];
    try {
      await request();
      return this.statements;
    } finally {
      this.statements = null;
    }
  }

  /**
   * What serve() is given instead of the GraphDb: each request's CountingDb reads through this
   * recorder. The server only calls counted() and isHealthy(), and CountingDb read() and write().
   */
  ours(db: GraphDb): GraphDb {
    const reader = {
      read: (cypher: string, params: Params = {}) => {
        this.statements?.push({ cypher, params: toDriver(params) as Record<string, unknown> });
        return db.read(cypher, params);
      },
      write: db.write.bind(db),
    };
    return { counted: () => new CountingDb(reader as unknown as GraphDb), isHealthy: () => db.isHealthy() } as unknown as GraphDb;
  }

  /** Wraps the peer's driver so the Cypher @neo4j/graphql generates is recorded as it runs. */
  peer(driver: Driver): Driver {
    const session = driver.session.bind(driver);
    driver.session = (config) => {
      const s = session(config);
      const executeRead = s.executeRead.bind(s);
      s.executeRead = (work, txConfig) =>
        executeRead((tx: ManagedTransaction) => {
          const run: ManagedTransaction['run'] = (cypher, params) => {
            this.statements?.push({ cypher: String(cypher), params: (params ?? {}) as Record<string, unknown> });
            return tx.run(cypher, params);
          };
          return work(Object.assign(Object.create(tx) as ManagedTransaction, { run }));
        }, txConfig);
      return s;
    };
    return driver;
  }
}

const hits = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((n, child) => n + hits(child), 0);

/** Database hits of one statement by PROFILE (after any CYPHER version or option lines). */
export async function dbHits(driver: Driver, { cypher, params }: Statement): Promise<number> {
  const profiled = cypher.replace(/^(\s*(?:CYPHER[^\n]*\n)*)/, '$1PROFILE ');
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.executeRead((tx) => tx.run(profiled, params));
    return result.summary.profile ? hits(result.summary.profile) : NaN;
  } finally {
    await session.close();
  }
}

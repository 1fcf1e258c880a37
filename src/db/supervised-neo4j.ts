import { setTimeout as sleep } from 'node:timers/promises';

import type { Logger } from 'pino';

import { freePort, startNeo4j, type JvmExit, type RunningNeo4j } from './embedded-neo4j.js';
import { NEO4J_RESTARTS, RestartPolicy, type RestartLimits } from './restart-policy.js';

export interface SupervisedNeo4j {
  /** The same for every restart: the JVM comes back on the same port, so the driver reconnects by itself. */
  uri: string;
  /** The current JVM's process id; undefined while it is being restarted. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  log: Logger;
  /** Called once restarts have failed too often (see RestartPolicy); the caller exits. */
  onGiveUp: () => void;
  limits?: RestartLimits;
}

/**
 * The project's own Neo4j, restarted on the same store and port when its JVM dies (a crash, the
 * OOM killer, kill -9). Neo4j recovers the store from its transaction log on start; the store
 * lock is a file lock, released by the kernel with the dead process.
 */
export async function superviseNeo4j(dataDir: string, options: SuperviseOptions): Promise<SupervisedNeo4j> {
  const { log, onGiveUp } = options;
  const port = await freePort();
  const jvmLog = (line: string) => log.debug({ neo4j: line }, 'neo4j stderr');
  const limits = options.limits ?? NEO4J_RESTARTS;
  const policy = new RestartPolicy(limits);
  let current: RunningNeo4j | null = await startNeo4j(dataDir, port, jvmLog);
  let restarting: Promise<void> | null = null;
  const stopped = new AbortController();

  const watch = (running: RunningNeo4j): void => {
    void running.exited.then((exit) => {
      if (stopped.signal.aborted) return;
      current = null;
      restarting = restart(exit);
    });
  };

  /** Starts a new JVM after the policy's delay, until one is up, the policy gives up or stop() is called. */
  const restart = async (exit: JvmExit): Promise<void> => {
    log.error({ exit, dataDir, port }, "the project's own Neo4j died; restarting it on the same store and port");
    for (;;) {
      const delay = policy.failed(Date.now());
      if (delay === null) {
        const minutes = limits.windowMs / 60_000;
        log.fatal(
          { failures: policy.recentFailures, dataDir, port },
          `the project's own Neo4j failed ${policy.recentFailures} times within ${minutes} min; giving up (its own log: ${dataDir}/logs)`,
        );
        return onGiveUp();
      }
      try {
        await sleep(delay, undefined, { signal: stopped.signal });
        current = await startNeo4j(dataDir, port, jvmLog, stopped.signal);
        log.info({ uri: current.uri, pid: current.pid }, "restarted the project's own Neo4j");
        return watch(current);
      } catch (error) {
        if (stopped.signal.aborted) return; // stop() cut the backoff or the start short
        log.error({ err: error }, 'restarting Neo4j failed');
      }
    }
  };

  watch(current);
  return {
    uri: current.uri,
    get pid() {
      return current?.pid;
    },
    async stop() {
      stopped.abort();
      await restarting;
      await current?.stop();
    },
  };
}

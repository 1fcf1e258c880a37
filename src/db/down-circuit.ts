import { DatabaseUnavailableError } from '../errors.js';

const PROBE_INTERVAL_MS = 500;

/**
 * Once a connection has failed the database is taken as down: requests fail at once with
 * SERVICE_UNAVAILABLE instead of each waiting for the driver to connect and give up. A probe, at
 * most one per interval and shared by the requests that arrive meanwhile, closes it again, so the
 * first request after Neo4j is back already succeeds.
 */
export class DownCircuit {
  private down = false;
  private probing: Promise<boolean> | null = null;
  private nextProbeAt = 0;

  constructor(private readonly probe: () => Promise<unknown>) {}

  /** Marks the database as down after a connection failure. */
  open(): void {
    this.down = true;
  }

  /** Throws DatabaseUnavailableError while the database is down and a probe does not reach it. */
  async check(): Promise<void> {
    if (this.down && !(await this.reachable())) throw new DatabaseUnavailableError();
  }

  private reachable(): Promise<boolean> {
    if (this.probing) return this.probing;
    if (Date.now() < this.nextProbeAt) return Promise.resolve(false);
    this.nextProbeAt = Date.now() + PROBE_INTERVAL_MS;
    this.probing = this.probe()
      .then(
        () => {
          this.down = false;
          return true;
        },
        () => false,
      )
      .finally(() => (this.probing = null));
    return this.probing;
  }
}

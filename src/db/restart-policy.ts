/** How often a crashed process may be restarted before supervision gives up. */
export interface RestartLimits {
  /** This many failures within `windowMs` and the supervisor gives up. */
  maxFailures: number;
  windowMs: number;
  /** Delay before the first restart; it doubles with each failure in the window, up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const NEO4J_RESTARTS: RestartLimits = { maxFailures: 5, windowMs: 10 * 60_000, baseDelayMs: 1_000, maxDelayMs: 30_000 };

/**
 * Bounded restarts with exponential backoff: a store that cannot start (corrupt, disk full, port
 * taken) fails again and again, and retrying it forever would only hide that from the operator.
 */
export class RestartPolicy {
  private failures: number[] = [];

  constructor(private readonly limits: RestartLimits = NEO4J_RESTARTS) {}

  /** Records a failure (a crash or a failed start) at `now`: the delay before the next start, or null to give up. */
  failed(now: number): number | null {
    this.failures = [...this.failures.filter((at) => now - at < this.limits.windowMs), now];
    if (this.failures.length >= this.limits.maxFailures) return null;
    return Math.min(this.limits.baseDelayMs * 2 ** (this.failures.length - 1), this.limits.maxDelayMs);
  }

  /** Failures within the window as of the last one recorded. */
  get recentFailures(): number {
    return this.failures.length;
  }
}

import { describe, expect, it } from 'vitest';

import { RestartPolicy } from '../../src/db/restart-policy.js';

const limits = { maxFailures: 4, windowMs: 60_000, baseDelayMs: 1_000, maxDelayMs: 3_000 };

describe('RestartPolicy', () => {
  it('backs off, doubling up to the cap, and gives up at the limit of failures in the window', () => {
    const policy = new RestartPolicy(limits);
    expect([0, 10_000, 20_000, 30_000].map((at) => policy.failed(at))).toEqual([1_000, 2_000, 3_000, null]);
  });

  it('forgets failures older than the window', () => {
    const policy = new RestartPolicy(limits);
    expect(policy.failed(0)).toBe(1_000);
    expect(policy.failed(10_000)).toBe(2_000);
    expect(policy.failed(65_000)).toBe(2_000);
    expect(policy.recentFailures).toBe(2);
  });
});

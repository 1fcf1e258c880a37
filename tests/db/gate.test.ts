import { describe, expect, it } from 'vitest';

import { Gate } from '../../src/db/gate.js';

/** A task that runs until the test lets it finish, recording how many ran beside it. */
function tracked() {
  let running = 0;
  let peak = 0;
  const started: number[] = [];
  const finish: (() => void)[] = [];
  const task = (id: number, fail = false) => async () => {
    started.push(id);
    peak = Math.max(peak, ++running);
    await new Promise<void>((resolve) => finish.push(resolve));
    running--;
    if (fail) throw new Error(`task ${id} failed`);
    return id;
  };
  return { task, started, finish, peak: () => peak };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('Gate', () => {
  it('runs at most its limit at once and the rest in the order they came', async () => {
    const gate = new Gate(2);
    const t = tracked();
    const results = [1, 2, 3, 4, 5].map((id) => gate.run(t.task(id)));
    await settle();
    expect(t.started).toEqual([1, 2]);
    while (t.finish.length) {
      t.finish.shift()!();
      await settle();
    }
    expect(await Promise.all(results)).toEqual([1, 2, 3, 4, 5]);
    expect(t.started).toEqual([1, 2, 3, 4, 5]);
    expect(t.peak()).toBe(2);
  });

  it('frees the slot of a task that fails', async () => {
    const gate = new Gate(1);
    const t = tracked();
    const failing = gate.run(t.task(1, true));
    const next = gate.run(t.task(2));
    await settle();
    t.finish.shift()!();
    await expect(failing).rejects.toThrow('task 1 failed');
    await settle();
    expect(t.started).toEqual([1, 2]);
    t.finish.shift()!();
    expect(await next).toBe(2);
  });
});

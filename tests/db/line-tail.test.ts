import { describe, expect, it } from 'vitest';

import { LineTail } from '../../src/db/line-tail.js';

describe('LineTail', () => {
  it('keeps only the last lines of the JVM output for a failed start', () => {
    const tail = new LineTail(30);
    for (let i = 0; i < 10_000; i++) tail.push(`line ${i}`);
    const kept = tail.toString().split('\n');
    expect(kept).toHaveLength(30);
    expect(kept[0]).toBe('line 9970');
    expect(kept.at(-1)).toBe('line 9999');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { partitionPoint } from '../../src/extraction/text/partition-point.js';

describe('partitionPoint: the first index past the items a predicate holds for', () => {
  it('counts the sorted offsets below a bound, as a linear scan would', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000)), fc.nat(1000), (offsets, bound) => {
        const sorted = [...offsets].sort((a, b) => a - b);
        expect(partitionPoint(sorted, (o) => o < bound)).toBe(sorted.filter((o) => o < bound).length);
      }),
    );
  });

  it('is 0 for no items and the length when every item comes before', () => {
    expect(partitionPoint([], () => true)).toBe(0);
    expect(partitionPoint([1, 2, 3], () => true)).toBe(3);
  });
});

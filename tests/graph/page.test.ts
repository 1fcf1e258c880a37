import { describe, expect, it } from 'vitest';

import { InputError } from '../../src/errors.js';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageRequest, toPage } from '../../src/graph/page.js';

describe('cursors', () => {
  it('round-trip a sort key', () => {
    expect(decodeCursor(encodeCursor([12.5, 'place:pokrovsk']))).toEqual([12.5, 'place:pokrovsk']);
  });

  it.each(['', 'not-base64!', encodeCursor([]), Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[null]').toString('base64url')])(
    'refuse a forged cursor %j, naming the argument',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrowError(new InputError('after', 'is not a cursor returned by this API'));
    },
  );
});

describe('pageRequest', () => {
  it('defaults to 20 and starts at the beginning', () => {
    expect(pageRequest(undefined, undefined)).toEqual({ first: 20, after: null });
  });

  it.each([-1, MAX_PAGE_SIZE + 1, 2.5])('refuses first = %d', (first) => {
    expect(() => pageRequest(first, null)).toThrowError(/^first: must be between 0 and 100$/);
  });

  it('takes first = 0 (Relay allows it)', () => {
    expect(pageRequest(0, null)).toEqual({ first: 0, after: null });
  });
});

describe('toPage', () => {
  const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('uses the extra row only to say there is a next page', () => {
    const page = toPage(
      rows,
      { first: 2, after: null },
      (r) => [r.id],
      async () => 3,
    );
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.hasNextPage).toBe(true);
    expect(decodeCursor(page.edges[1]!.cursor)).toEqual(['b']);
  });

  it('first = 0: no edges, and the one row read says whether anything is there', () => {
    expect(
      toPage(
        rows.slice(0, 1),
        { first: 0, after: null },
        (r) => [r.id],
        async () => 3,
      ),
    ).toMatchObject({ edges: [], hasNextPage: true });
    expect(
      toPage<{ id: string }>(
        [],
        { first: 0, after: null },
        (r) => [r.id],
        async () => 0,
      ),
    ).toMatchObject({ edges: [], hasNextPage: false });
  });

  it('has no next page when the rows fit', () => {
    expect(
      toPage(
        rows,
        { first: 3, after: null },
        (r) => [r.id],
        async () => 3,
      ).hasNextPage,
    ).toBe(false);
  });
});

import type { Cypher } from '../db/graph-db.js';
import { InputError } from '../errors.js';
import type { RecordedChange } from '../graph/changes.js';
import { decodeCursor, toPage, type Page } from '../graph/page.js';
import * as Q from './change.cypher.js';

/** Larger pages than other lists: a consumer catching up reads the log through, and its entries are small. */
export const DEFAULT_CHANGES_PAGE = 50;
export const MAX_CHANGES_PAGE = 500;

/** Reads the change log (src/graph/changes.ts); a cursor is the opaque sequence of the last entry seen. */
export class ChangeRepository {
  constructor(private readonly db: Cypher) {}

  async after(after: string | null | undefined, first: number | null | undefined): Promise<Page<RecordedChange>> {
    const size = first ?? DEFAULT_CHANGES_PAGE;
    if (!Number.isInteger(size) || size < 0 || size > MAX_CHANGES_PAGE) {
      throw new InputError('first', `must be between 0 and ${MAX_CHANGES_PAGE}`);
    }
    const sequence = after === null || after === undefined ? 0 : sequenceOf(after);
    const rows = (await this.db.read(Q.CHANGES_AFTER, { after: sequence, limit: size + 1 })) as unknown as RecordedChange[];
    return toPage(
      rows,
      { first: size, after: null },
      (row) => [row.sequence],
      async () => (await this.db.read(Q.COUNT_CHANGES))[0]!['total'] as number,
    );
  }
}

function sequenceOf(cursor: string): number {
  const [sequence, ...rest] = decodeCursor(cursor, 'after');
  if (typeof sequence !== 'number' || !Number.isSafeInteger(sequence) || sequence < 0 || rest.length) {
    throw new InputError('after', 'is not a cursor of changes');
  }
  return sequence;
}

import type { Cypher } from '../db/graph-db.js';
import { InputError } from '../errors.js';
import * as Q from './merge.cypher.js';

export class MergeRepository {
  constructor(private readonly db: Cypher) {}

  /** Folds `remove` into `keep` in one transaction; both must exist and be of one kind. */
  merge(keep: string, remove: string): Promise<void> {
    if (keep === remove) return Promise.reject(new InputError('remove', 'must differ from keep'));
    return this.db.write(async (tx) => {
      const [pair] = await tx.run(Q.ENTITY_PAIR, { keep, remove });
      if (!pair!['keepKind']) throw new InputError('keep', 'no such entity');
      if (!pair!['removeKind']) throw new InputError('remove', 'no such entity (already merged?)');
      if (pair!['keepKind'] !== pair!['removeKind']) {
        throw new InputError('remove', `is a ${pair!['removeKind']}, cannot merge into a ${pair!['keepKind']}`);
      }
      await tx.run(Q.MOVE_RELATIONSHIPS, { keep, remove });
      await tx.run(Q.REPLACE_WITH_ALIAS, { keep, remove });
    });
  }
}

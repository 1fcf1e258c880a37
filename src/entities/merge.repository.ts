import type { Cypher } from '../db/graph-db.js';
import { InputError } from '../errors.js';
import { toGlobalId, type NodeLabel } from '../graph/global-id.js';
import { recordChanges } from '../graph/changes.js';
import { BUMP_GAZETTEER_VERSION } from '../graph/gazetteer-version.js';
import { ENTITY_LABELS, type EntityKind } from '../graph/vocabulary.js';
import { derive } from '../ingest/ingest.repository.js';
import * as Q from './merge.cypher.js';

/** What RESOLVE_AND_LOCK found: the entities the two keys mean now, locked. */
interface LockedPair {
  keep: string | null;
  keepKind: EntityKind | null;
  remove: string | null;
  removeKind: EntityKind | null;
  /** `remove` is the id of an entity merged away before; `remove` above is where it went. */
  removeMerged: boolean;
}

export class MergeRepository {
  constructor(private readonly db: Cypher) {}

  /**
   * Folds `remove` into `keep` in one transaction and returns the kept entity's key. Either may be
   * a merged id, meaning the entity it was merged into; merging an id into the entity it was
   * merged into already changes nothing.
   */
  merge(keep: string, remove: string): Promise<string> {
    if (keep === remove) return Promise.reject(new InputError('remove', 'must differ from keep'));
    return this.db.write(async (tx) => {
      const [row] = await tx.run(Q.RESOLVE_AND_LOCK, { keep, remove });
      const pair = row as unknown as LockedPair;
      if (!pair.keep) throw new InputError('keep', 'no such entity');
      if (!pair.remove) throw new InputError('remove', 'no such entity');
      if (pair.removeMerged) {
        if (pair.remove === pair.keep) return pair.keep;
        throw new InputError(
          'remove',
          `was merged into ${toGlobalId(ENTITY_LABELS[pair.removeKind!] as NodeLabel, pair.remove)} already; merge that entity instead`,
        );
      }
      if (pair.remove === pair.keep) throw new InputError('remove', 'is the entity keep was merged into');
      if (pair.keepKind !== pair.removeKind) {
        throw new InputError('remove', `is a ${pair.removeKind}, cannot merge into a ${pair.keepKind}`);
      }
      const [moved] = await tx.run(Q.MERGE_INTO, { keep: pair.keep, remove: pair.remove });
      // What an ingest derives from statements, derived again now that they are the kept entity's.
      const { relations, events } = moved as { relations: unknown[]; events: string[] };
      const derived = await derive(tx, { relations, events, entities: [] });
      // The removed entity's names are the kept one's now: linkers everywhere read the gazetteer again.
      await tx.run(BUMP_GAZETTEER_VERSION);
      await recordChanges(tx, [{ kind: 'MERGED', nodeKind: 'ENTITY', id: pair.remove }, ...derived]);
      return pair.keep;
    });
  }
}

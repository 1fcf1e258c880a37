import { createPubSub } from '@graphql-yoga/subscription';

import type { ChangeNodeKind, RecordedChange } from './changes.js';

/**
 * Where the subscription reads committed changes from. In one process that is the writers'
 * own publisher (InProcessChanges); several API processes would each read one shared source
 * instead (Neo4j change data capture over the :ChangeBatch nodes, or a message bus the writers
 * publish to), behind this same interface, and nothing above it would change.
 */
export interface ChangeSource {
  /** The changes committed from now on to nodes of `nodeKinds` (all when null), until the iterator is returned. */
  subscribe(nodeKinds: readonly ChangeNodeKind[] | null): AsyncIterableIterator<RecordedChange>;
}

/** What a writer tells once its transaction has committed. */
export interface ChangePublisher {
  publish(changes: readonly RecordedChange[]): void;
}

/** For writers nobody in their process listens to (the seed and bulk-ingest command lines). */
export const UNHEARD: ChangePublisher = { publish: () => undefined };

/**
 * Changes published by this process's writers to its own subscribers. A transaction's changes
 * travel as one message, so a bulk batch of thousands queues once per subscriber, not per change.
 */
export class InProcessChanges implements ChangeSource, ChangePublisher {
  private readonly pubSub = createPubSub<{ committed: [readonly RecordedChange[]] }>();

  publish(changes: readonly RecordedChange[]): void {
    if (changes.length) this.pubSub.publish('committed', changes);
  }

  /**
   * Hand-rolled rather than an async generator: a generator queues return() behind the next()
   * waiting for a publish, so an unsubscribed client would hold its listener until the next write.
   */
  subscribe(nodeKinds: readonly ChangeNodeKind[] | null): AsyncIterableIterator<RecordedChange> {
    const source = this.pubSub.subscribe('committed');
    const pending: RecordedChange[] = [];
    const iterator: AsyncIterableIterator<RecordedChange> = {
      async next() {
        while (!pending.length) {
          const message = await source.next();
          if (message.done) return { done: true, value: undefined };
          pending.push(...message.value.filter((change) => !nodeKinds || nodeKinds.includes(change.nodeKind)));
        }
        return { done: false, value: pending.shift()! };
      },
      async return() {
        await source.return();
        return { done: true, value: undefined };
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}

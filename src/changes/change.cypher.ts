/**
 * The change log's entries after a sequence, oldest first: a seek on the change_batch_last
 * constraint's index for the batches (src/graph/changes.ts) that end after it, in its order.
 */
export const CHANGES_AFTER = `
MATCH (b:ChangeBatch) WHERE b.last > $after
WITH b ORDER BY b.last
UNWIND range(0, size(b.ids) - 1) AS i
WITH b, i, b.first + i AS sequence WHERE sequence > $after
RETURN sequence, b.kinds[i] AS kind, b.nodeKinds[i] AS nodeKind, b.ids[i] AS id, b.at AS at
LIMIT $limit`;

/** The log's counter is the last sequence given, and sequences start at 1: no entry is read. */
export const COUNT_CHANGES = `OPTIONAL MATCH (log:ChangeLog {id: 'changes'}) RETURN coalesce(log.sequence, 0) AS total`;

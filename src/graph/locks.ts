/**
 * Takes the write lock of the node or relationship bound to `v` until the transaction ends
 * (setting a property takes it; removing the property again leaves nothing behind). A
 * transaction that reads what it is about to derive or move takes this first, so a concurrent
 * writer has either committed before the read or waits until this one commits.
 */
export const writeLock = (v: string): string => `SET ${v}._lock = true REMOVE ${v}._lock`;

/** The change log's entries after a sequence, oldest first: a seek on the change_sequence constraint's index. */
export const CHANGES_AFTER = `
MATCH (c:Change) WHERE c.sequence > $after
RETURN c.sequence AS sequence, c.kind AS kind, c.nodeKind AS nodeKind, c.id AS id, c.at AS at
ORDER BY c.sequence
LIMIT $limit`;

/** From the count store: no entry is read. */
export const COUNT_CHANGES = `MATCH (c:Change) RETURN count(c) AS total`;

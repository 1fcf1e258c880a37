/**
 * The shape shared by the batched child-list queries (see children.ts): for each of $requests,
 * `match` binds `child` under the parent with id `req.parent`; a page is the children after
 * req.after in id order. Both arguments are constant Cypher from the repositories, never input.
 */
export const childList = (match: string, projection: string): string => `
UNWIND $requests AS req
CALL (req) {
  ${match}
  WITH child WHERE req.after IS NULL OR child.id > req.after[0]
  RETURN child ORDER BY child.id LIMIT $limit
}
RETURN req.parent AS parent, ${projection} AS node`;

/** How many children each of $parents has: `match` binds the parent from `parent`, `count` counts. */
export const childCount = (match: string, count: string): string => `
UNWIND $parents AS parent
${match}
RETURN parent, ${count} AS count`;

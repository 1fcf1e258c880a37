import type { Edge } from './edges.js';

/** In the batched loader statements, an edge's arguments are top-level parameters. */
const param = (name: string): string => `$${name}`;

/**
 * The batched child-list statement of an edge (see children.ts): for each of $requests
 * ({parent, after}), the parent's rows after req.after in id order, at most $limit of them.
 * The label is constant text from the repositories, never input.
 */
export const childList = (parentLabel: string, edge: Edge): string => `
UNWIND $requests AS req
CALL (req) {
  MATCH (parent:${parentLabel} {id: req.parent})
  ${edge.match('parent', 'child', param)}
  WITH * WHERE req.after IS NULL OR child.id > req.after[0]
  WITH * ORDER BY child.id LIMIT $limit
  RETURN ${edge.projection('child', 'parent')} AS node ORDER BY child.id
}
RETURN req.parent AS parent, node`;

/** How many rows the edge leads to from each of $parents. */
export const childCount = (parentLabel: string, edge: Edge): string => `
UNWIND $parents AS parent
MATCH (p:${parentLabel} {id: parent})
RETURN parent, ${countOf(edge, 'p', 'c', param)} AS count`;

/** Every row a list edge leads to from each of $keys, as rows {key, row}, in the edge's order. */
export const childRows = (parentLabel: string, edge: Edge): string => `
UNWIND $keys AS key
MATCH (p:${parentLabel} {id: key})
${edge.match('p', 'c', param)}
RETURN key, ${edge.projection('c', 'p')} AS row
ORDER BY key${edge.order ? `, ${edge.order('c')}` : ''}`;

export const countOf = (edge: Edge, p: string, c: string, arg: (name: string) => string): string =>
  `COUNT { ${edge.match(p, c, arg)} RETURN 1 }`;

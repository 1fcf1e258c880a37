import neo4j from 'neo4j-driver';

/**
 * Driver values to plain JavaScript at the boundary, so nothing above the db layer sees Integer,
 * temporal classes or Node objects. Integers are ids, counts and offsets: safe as numbers here.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values of a row are strings and floats: they leave before the driver's type tests, which
  // would otherwise run on every one of them (a statement of a page returns thousands).
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isDateTime(value)) return new Date(value.toString());
  if (neo4j.isDate(value)) return value.toString();
  if (isGraphEntity(value)) return toPlain(value.properties);
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(value)) plain[key] = toPlain((value as Record<string, unknown>)[key]);
  return plain;
}

function isGraphEntity(value: unknown): value is { properties: Record<string, unknown> } {
  return neo4j.isNode(value as never) || neo4j.isRelationship(value as never);
}

/**
 * Plain JavaScript to driver values: whole numbers travel as Cypher INTEGER (LIMIT, offsets and
 * years need one; a JS number would arrive as FLOAT).
 */
export function toDriver(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toDriver);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriver(v)]));
  }
  return value;
}

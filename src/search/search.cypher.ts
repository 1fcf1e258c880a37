import type { ListColumns } from '../graph/prefetch.cypher.js';

/** Each filter of searchEntities as a condition on entity `e`: a statement holds only those given. */
const FILTERS = {
  kinds: 'e.kind IN $kinds',
  country: 'e.country = $country',
  adminArea: 'toLower(e.adminArea) = toLower($adminArea)',
} as const;

/** What the text of a search statement depends on: the filters given, and whether the query has readings. */
export interface SearchShape {
  filters: (keyof typeof FILTERS)[];
  readings: boolean;
}

const where = (shape: SearchShape): string =>
  shape.filters.length ? `\n  WHERE ${shape.filters.map((name) => FILTERS[name]).join(' AND ')}` : '';

/** Names that hold the context word among their folded keys (the folds of src/names/normalize.ts). */
const NAMED = `(word.key IN split(n.keys, ' ') OR word.loose IN split(n.loose, ' '))`;

/** The words of the entity's adminArea, folded here as normalizeName folds: apostrophes dropped, other punctuation a space. */
const ADMIN_WORDS = `split(reduce(s = reduce(a = toLower(coalesce(e.adminArea, '')), c IN ["'", '’', 'ʼ'] | replace(a, c, '')),
  c IN ['(', ')', ',', '.', '-', '/'] | replace(s, c, ' ')), ' ')`;

/**
 * A context word fits the entity when it is its country's code, a word of its adminArea, or a
 * word of a name of its country or of a place it lies in (LOCATED_IN / PART_OF, up to four steps).
 */
const FITS = `word.code = e.country
  OR word.key IN ${ADMIN_WORDS}
  OR EXISTS { MATCH (e)-[:LOCATED_IN|PART_OF]->{1,4}(:Entity)-[:HAS_NAME]->(n:Name) WHERE ${NAMED} }
  OR EXISTS { MATCH (:Entity {iso3166: e.country})-[:HAS_NAME]->(n:Name) WHERE ${NAMED} }`;

/**
 * The candidates (e, name, score, and with readings part): entities with a name matching the
 * whole query ($whole.lucene); only when there is none, those with a name matching the name part
 * of a reading ($readings, src/search/readings.ts) whose every context word fits them (a query
 * without readings has no such branch). `part` is the text the name matched, for choosing the
 * matched name; without readings it is the whole query, which the repository knows. Only an
 * entity has names (a merge moves them to the entity kept), so `e` needs no label check.
 */
const candidates = (shape: SearchShape): string => {
  const whole = `CALL db.index.fulltext.queryNodes('name_search', $whole.lucene, {limit: $candidates}) YIELD node AS name, score
MATCH (e)-[:HAS_NAME]->(name)${where(shape)}`;
  if (!shape.readings) return `\n${whole}`;
  return `
CALL () {
  ${whole.replaceAll('\n', '\n  ')}
  RETURN collect({e: e, name: name, score: score}) AS wholeHits
}
CALL (wholeHits) {
  UNWIND wholeHits AS hit
  RETURN hit.e AS e, hit.name AS name, hit.score AS score, $whole.name AS part
  UNION ALL
  UNWIND CASE WHEN size(wholeHits) = 0 THEN $readings ELSE [] END AS reading
  CALL db.index.fulltext.queryNodes('name_search', reading.lucene, {limit: $candidates}) YIELD node AS name, score
  MATCH (e)-[:HAS_NAME]->(name)${where(shape)}
  WITH reading, e, collect({name: name, score: score}) AS hits
  WHERE all(word IN reading.context WHERE ${FITS})
  UNWIND hits AS hit
  RETURN e, hit.name AS name, hit.score AS score, reading.name AS part
}`;
};

/** Matched names kept per entity, best first, each with the text it matched; the repository picks the one the query spelt. */
const MATCHED = 30;

/** A column's first MATCHED values per entity as `list`: names and parts are kept alike, so parts[i] is what names[i] matched. */
const kept = (column: string, list: string): string => `collect(${column})[..${MATCHED}] AS ${list}`;

/**
 * The text of the query each name matched (`part`, per candidate; `parts`, kept per entity) as
 * the statement's steps carry it: only when a reading may have matched the name, else nothing.
 */
function partColumns(readings: boolean): { part: string; parts: string; kept: string } {
  if (!readings) return { part: '', parts: '', kept: '' };
  const [column, list] = ['part', 'parts'];
  return { part: `, ${column}`, parts: `, ${list}`, kept: `, ${kept(column, list)}` };
}

/**
 * Name search through the full-text index. An entity scores by its best-matching name form,
 * raised gently by how often articles mention it; keyset on (score desc, id); `columns` as for
 * listClaims, and `names` the projection of a matched name `n` (the fields selected, and form).
 * The parts each name matched are carried only when a reading may have matched it.
 */
export const searchEntities = (shape: SearchShape, columns: ListColumns & { names: string }): string => {
  const { part, parts, kept: keptParts } = partColumns(shape.readings);
  return `${candidates(shape)}
WITH e, name, score${part} ORDER BY score DESC
WITH e, ${kept('name', 'names')}${keptParts}, max(score) AS match
WITH e, names${parts}, match * (1 + 0.1 * log(1 + COUNT { (e)<-[:REFERS_TO]-() })) AS score
WHERE $after IS NULL OR score < $after[0] OR (score = $after[0] AND e.id > $after[1])
WITH e AS root, names${parts}, score ORDER BY score DESC, root.id LIMIT $limit
// Names are projected for the page only, not for every candidate.
RETURN ${columns.node} AS node, score, [n IN names | ${columns.names}] AS names${parts}${columns.readAhead}
ORDER BY score DESC, root.id`;
};

export const countSearch = (shape: SearchShape): string => `${candidates(shape)}
RETURN count(DISTINCT e) AS count`;

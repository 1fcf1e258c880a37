import type { GraphDb } from '../src/db/graph-db.js';
import { prepareEntity, prepareRelation } from '../src/ingest/prepare.js';
import { entitySchema, relationSchema } from '../src/ingest/seed.schema.js';
import { Gazetteer } from './corpus/gazetteer.js';

/** Entities per transaction: about 10,000 nodes, well inside the bench Neo4j's 1 GB heap. */
const CHUNK = 2000;
const SOURCE = 'file:bench-search';
const PREFIX = 'benchsearch';

/** Entities and names as the ingest prepares them (src/ingest/prepare.ts), written as new. */
const CREATE_ENTITIES = `
UNWIND $entities AS x
CREATE (e:Entity {id: x.id})
SET e:$(x.label), e += x.properties, e.latitude = toFloat(e.latitude), e.longitude = toFloat(e.longitude)
WITH e, x
UNWIND x.names AS n
CREATE (e)-[:HAS_NAME]->(name:Name)
SET name = n, name.sources = [x.source]`;

const CREATE_RELATIONS = `
UNWIND $relations AS x
MATCH (from:Entity {id: x.from}), (to:Entity {id: x.to})
CREATE (from)-[r:$(x.type)]->(to)
SET r.id = x.id, r.sources = [x.source], r.roles = [coalesce(x.role, '')], r.role = x.role`;

/** Whether the graph holds a chunk already: each is one transaction, so its last entity or relation tells. */
async function holds(
  db: GraphDb,
  entity: string | undefined,
  relation: { type: string; from: string; to: string } | undefined,
): Promise<boolean> {
  const [row] = await db.read(
    `RETURN CASE WHEN $entity IS NOT NULL THEN EXISTS { (:Entity {id: $entity}) }
      ELSE EXISTS { (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type } END AS holds`,
    { entity: entity ?? null, from: relation?.from ?? null, to: relation?.to ?? null, type: relation?.type ?? null },
  );
  return row!['holds'] as boolean;
}

/**
 * The name-search store: a synthetic gazetteer (bench/corpus/gazetteer.ts, seeded, so every run
 * writes the same names) with a prefix of its own. Its entities and names carry what the
 * ingest's preparation gives them (the same folded search keys as loaded data), written with
 * plain CREATEs: the checks, merges and provenance records of the gazetteer path would make a
 * million names take most of an hour on a loaded two-core machine. A chunk the graph already
 * holds (NEO4J_URI, a second or interrupted run) is left as it is.
 */
export async function buildSearchStore(
  db: GraphDb,
  entities: number,
  seed: number,
  log: (line: string) => void,
  prefix = PREFIX,
): Promise<{ store: Gazetteer; written: number; seconds: number }> {
  const store = new Gazetteer(prefix, seed, entities);
  const started = performance.now();
  let [seen, written] = [0, 0];
  for (const doc of store.documents(CHUNK)) {
    const prepared = doc.entities.map((e) => prepareEntity(entitySchema.parse(e), SOURCE));
    const relations = doc.relations.map((r) => prepareRelation(relationSchema.parse(r), SOURCE));
    seen += prepared.length;
    if (await holds(db, prepared.at(-1)?.id, relations.at(-1))) continue;
    written += prepared.length;
    await db.write(async (tx) => {
      if (prepared.length) await tx.run(CREATE_ENTITIES, { entities: prepared });
      if (relations.length) await tx.run(CREATE_RELATIONS, { relations });
    });
    if (prepared.length && seen % 20_000 < CHUNK) log(`  ${seen} / ${store.size} entities`);
  }
  return { store, written, seconds: (performance.now() - started) / 1000 };
}

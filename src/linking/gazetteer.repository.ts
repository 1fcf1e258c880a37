import type { Cypher } from '../db/graph-db.js';
import { READ_GAZETTEER_VERSION } from '../graph/gazetteer-version.js';
import { fileSource } from '../graph/sources.js';
import { UNDETERMINED_LANGUAGE } from '../graph/vocabulary.js';
import type { GazetteerEntry } from './linker.js';

/**
 * The curated file of news agencies and outlets (seeds/gazetteer/): an organization it names is an
 * outlet, found by the file its names are stated by, under whatever path the file was loaded.
 */
const OUTLETS_FILE = 'organizations-outlets.yaml';

/**
 * Every entity with its name forms and what places it: the places it lies in (or the body it is
 * part of), and for a person or an organization what it is affiliated with (Russia's General
 * Staff; Gerasimov, its chief), taking an affiliated place's country when it has none of its own. Former and colloquial forms are listed again as weak forms unless
 * the entity also bears them as a current name in a known language: GeoNames' main table lists
 * alternate names (language `und`) with no word of when they were used, so Engels's "Pokrovsk"
 * there does not undo the curated "former name until 1931". Speakers the extractor introduced
 * (source AUTO) are left out: an article names them again by their name, and a wrong one (a
 * capitalised phrase read as a name) does not spread to every later article.
 */
const GAZETTEER_ENTRIES = `
MATCH (e:Entity) WHERE e.source IS NULL
WITH e, CASE WHEN e.kind = 'PLACE' THEN [] ELSE [(e)-[:AFFILIATED_WITH]->(p:Entity) | p] END AS affiliations,
  // A curated place's GeoNames twin, merged into it, still says how big and what kind of place it is.
  head([(a:EntityAlias)-[:ALIAS_OF]->(e) WHERE a.population IS NOT NULL OR a.featureCode IS NOT NULL | a]) AS twin
RETURN e.id AS entityKey, e.kind AS kind,
  coalesce(e.country, head([p IN affiliations WHERE p:Place AND p.country IS NOT NULL | p.country])) AS country,
  e.adminArea AS adminArea,
  coalesce(e.featureClass, twin.featureClass) AS featureClass, coalesce(e.featureCode, twin.featureCode) AS featureCode,
  coalesce(e.population, twin.population) AS population,
  [(e)-[:LOCATED_IN|PART_OF]->(p:Entity) | p.id] + [p IN affiliations | p.id] AS within,
  [(e)-[:HAS_NAME]->(n:Name) | n.form] AS forms,
  e.kind = 'ORGANIZATION' AND EXISTS { (e)-[:HAS_NAME]->(n:Name) WHERE any(s IN n.sources WHERE s = $outlets OR s ENDS WITH '/' + $outletsFile) } AS outlet,
  [(e)-[:HAS_NAME]->(n:Name) WHERE n.kind IN $weak AND NOT EXISTS { (e)-[:HAS_NAME]->(s:Name {form: n.form}) WHERE NOT s.kind IN $weak AND s.language <> $undetermined }
    | n {.form, .kind, .usedUntil, .usedBy}] AS weakForms`;

export class GazetteerRepository {
  constructor(private readonly db: Cypher) {}

  async entries(): Promise<GazetteerEntry[]> {
    return (await this.db.read(GAZETTEER_ENTRIES, {
      weak: ['FORMER', 'COLLOQUIAL'],
      undetermined: UNDETERMINED_LANGUAGE,
      outlets: fileSource(OUTLETS_FILE),
      outletsFile: OUTLETS_FILE,
    })) as unknown as GazetteerEntry[];
  }

  /** The stamp every write changing the entries bumps (src/graph/gazetteer-version.ts). */
  async version(): Promise<number> {
    const [row] = await this.db.read(READ_GAZETTEER_VERSION);
    return row!['version'] as number;
  }
}

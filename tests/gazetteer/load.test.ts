import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';
import type { GraphDb } from '../../src/db/graph-db.js';
import { startNeo4j, type RunningNeo4j } from '../../src/db/embedded-neo4j.js';
import { DEFAULT_SELECTION, WORLD } from '../../src/gazetteer/default-set.js';
import { loadGazetteer, type GazetteerOptions } from '../../src/gazetteer/gazetteer.service.js';
import { fromGlobalId, toGlobalId } from '../../src/graph/global-id.js';
import { createIngestService } from '../../src/ingest/ingest.service.js';
import { GazetteerRepository } from '../../src/linking/gazetteer.repository.js';
import { testServer } from '../support/api.js';
import { connect } from '../support/graph.js';
import { prepareGraph } from '../support/prepare-graph.js';

/**
 * Loads on a Neo4j of this file's own, holding the schema and seeds: the import folds GeoNames'
 * names into the seed's curated places, which the shared graph's linker and search tests must
 * not see change under them.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'newsgraph-gazetteer-'));
const work = mkdtempSync(join(tmpdir(), 'newsgraph-geonames-'));
const fixture = (name: string) => fromRoot('tests', 'fixtures', 'geonames', name);
/** The table loaded is always this path, so a changed file is the same file loaded again. */
const table = join(work, 'cities.txt');
let neo4j: RunningNeo4j;
let db: GraphDb;
let api: Awaited<ReturnType<typeof testServer>>;

/** A few countries: all 250, in 78 languages, take a Neo4j on two cores some 20 s. */
const countries = ['UA', 'RU', 'GE', 'CN'];
const options = (extra: Partial<GazetteerOptions> = {}): GazetteerOptions => ({
  tables: [{ table, admin1: fixture('admin1CodesASCII.txt') }],
  selection: DEFAULT_SELECTION,
  countries,
  ...extra,
});

beforeAll(async () => {
  neo4j = await startNeo4j(dataDir);
  await prepareGraph(neo4j.uri);
  db = connect(neo4j.uri);
  api = await testServer(db);
  copyFileSync(fixture('cities.txt'), table);
}, 180_000);

afterAll(async () => {
  await api?.server.stop();
  await db?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** Every node and relationship, with the properties that matter: equal snapshots, nothing changed. */
async function graphState(): Promise<unknown> {
  const [row] = await db.read(`
    CALL { MATCH (n) WHERE NOT n:GazetteerImport RETURN count(n) AS nodes }
    CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
    CALL { MATCH (n:Name) RETURN collect(n.id + ' ' + reduce(s = '', x IN n.sources | s + x)) AS names }
    RETURN nodes, relationships, names`);
  return { ...row, names: (row!['names'] as string[]).sort() };
}

const namesOf = async (id: string): Promise<string[]> =>
  (await db.read('MATCH (:Entity {id: $id})-[:HAS_NAME]->(n) RETURN n.form AS form ORDER BY form', { id })).map((r) => r['form'] as string);
const entity = async (id: string) =>
  (await db.read('MATCH (e:Entity {id: $id}) RETURN e {.*} AS e', { id }))[0]?.['e'] as Record<string, unknown> | undefined;
/** The areas a place lies in, each with the sources that state it. */
const locatedIn = async (id: string) =>
  (await db.read('MATCH (:Entity {id: $id})-[r:LOCATED_IN]->(a) RETURN a.id AS area, r.sources AS sources ORDER BY area', { id })).map(
    (r) => ({ ...r }),
  );
const search = async (query: string) => {
  const result = await api.run(`query($q: String!) { searchEntities(query: $q, types: [PLACE], first: 10) { edges { node { id } } } }`, {
    q: query,
  });
  expect(result.errors).toBeUndefined();
  return (result.data!['searchEntities'].edges as { node: { id: string } }[]).map((e) => fromGlobalId(e.node.id).key);
};

describe('loading GeoNames files', () => {
  it('loads the selected places in batches, and folds the curated ones onto them', async () => {
    const report = await loadGazetteer(db, options());
    expect(report.loads.map((l) => [l.id, l.skipped, l.places])).toEqual([
      ['geonames:countries', false, 4],
      ['geonames:cities.txt', false, 5],
    ]);
    // Each of the five places lies in a range of 25,000 ids of its own.
    expect(report.loads[1]!.batches).toBe(5);
    expect(await entity('place:geonames-99100002')).toBeUndefined();
    // Placed in the graph's Donetsk Oblast (UA.05) by its name, not admin1CodesASCII's "Donetsk".
    expect(await entity('place:geonames-99000001')).toMatchObject({
      kind: 'PLACE',
      adminArea: 'Donetsk Oblast',
      population: 700,
      featureCode: 'PPL',
      geonames: '99000001',
    });
    // Pokrovsk (both), Ukraine and Russia by their curated entries; Georgia and China have none.
    expect(report.curated.merged).toBeGreaterThanOrEqual(4);
    expect(report.curated.refused).toEqual([]);
  });

  it("keeps Pokrovsk one entity: the curated id and properties, with its names and GeoNames'", async () => {
    expect(await entity('place:geonames-704422')).toBeUndefined();
    const pokrovsk = await entity('place:pokrovsk-donetsk-ua');
    expect(pokrovsk).toMatchObject({ name: 'Pokrovsk', adminArea: 'Donetsk Oblast', geonames: '704422' });
    const names = await namesOf('place:pokrovsk-donetsk-ua');
    expect(names).toEqual(expect.arrayContaining(['Krasnoarmysk', 'Покровськ', "Krasnoarmijs'k", 'Krassnoarmeiskoje']));
    const [alias] = await db.read('MATCH (:EntityAlias {id: $id})-[:ALIAS_OF]->(e) RETURN e.id AS id', { id: 'place:geonames-704422' });
    expect(alias!['id']).toBe('place:pokrovsk-donetsk-ua');
    // The country too: the curated Ukraine took in the imported one's names in other languages.
    expect(await namesOf('place:ukraine')).toEqual(expect.arrayContaining(['Україна', 'Ucraina', 'Украина', 'ウクライナ']));
  });

  it('still tells the two Pokrovsks apart, and finds no third', async () => {
    const hits = await search('Pokrovsk');
    expect(hits).toEqual(expect.arrayContaining(['place:pokrovsk-donetsk-ua', 'place:pokrovsk-sakha-ru']));
    expect(hits.filter((id) => id.startsWith('place:geonames-'))).toEqual([]);
    expect(await namesOf('place:pokrovsk-sakha-ru')).toContain('Покровскай');
  });

  it('shows the GeoNames priors on Place', async () => {
    const result = await api.run(`query($id: ID!) { entity(id: $id) { ... on Place { population featureClass featureCode } } }`, {
      id: toGlobalId('Place', 'place:geonames-611717'),
    });
    expect(result.data!['entity']).toEqual({ population: 1049498, featureClass: 'P', featureCode: 'PPLC' });
  });

  it('finds places by a name in any script', async () => {
    expect(await search('თბილისი')).toEqual(['place:geonames-611717']);
    expect((await search('北京'))[0]).toBe('place:geonames-1816670');
    expect(await search('საქართველო')).toContain('place:country-ge');
  });

  it('places each place in the admin area the graph holds for its admin1 code, the batch stating it', async () => {
    expect(await locatedIn('place:geonames-99000001')).toEqual([
      { area: 'place:donetsk-oblast-ua', sources: ['file:geonames:cities.txt#99000000'] },
    ]);
    // The curated twin: the seed's relation and the batch's, one relation with both sources.
    expect(await locatedIn('place:pokrovsk-sakha-ru')).toContainEqual({
      area: 'place:sakha-republic-ru',
      sources: [expect.stringMatching(/relations\.yaml$/), 'file:geonames:cities.txt#2000000'],
    });
    // An area the graph lacks (CN.22): admin1CodesASCII's name, and no relation.
    expect(await entity('place:geonames-1816670')).toMatchObject({ adminArea: 'Beijing' });
    expect(await locatedIn('place:geonames-1816670')).toEqual([]);
    // The countries' load ties each area to its country.
    const [partOf] = await db.read(
      `MATCH (:Entity {id: 'place:sakha-republic-ru'})-[r:PART_OF]->(c) RETURN c.id AS country, r.sources AS sources`,
    );
    expect(partOf).toEqual({ country: 'place:russia', sources: [expect.stringMatching(/relations\.yaml$/), 'file:geonames:countries'] });
  });

  it('loads the tables again when the curated areas change, and retracts the relation to an area that went', async () => {
    const ingest = createIngestService(db);
    const area = {
      id: 'place:test-area-cn-22',
      kind: 'PLACE',
      name: 'Test Beijing Area',
      country: 'CN',
      adminArea: 'Test Beijing Area',
      externalIds: { geonamesAdmin1: 'CN.22' },
      names: [{ form: 'Test Beijing Area', language: 'en', script: 'Latn', kind: 'OFFICIAL' }],
    };
    await ingest.ingestGazetteer({ entities: [area] }, 'test-area.yaml');
    const placed = await loadGazetteer(db, options());
    expect(placed.loads.map((l) => l.skipped)).toEqual([false, false]);
    expect(await entity('place:geonames-1816670')).toMatchObject({ adminArea: 'Test Beijing Area' });
    expect((await locatedIn('place:geonames-1816670')).map((r) => r.area)).toEqual(['place:test-area-cn-22']);
    await ingest.ingestGazetteer({ entities: [] }, 'test-area.yaml');
    await loadGazetteer(db, options());
    expect(await entity('place:geonames-1816670')).toMatchObject({ adminArea: 'Beijing' });
    expect(await locatedIn('place:geonames-1816670')).toEqual([]);
  });

  it('skips an unchanged file, and changes nothing when forced to load it again', async () => {
    const before = await graphState();
    const again = await loadGazetteer(db, options());
    expect(again.loads.every((l) => l.skipped)).toBe(true);
    expect(again.curated.merged).toBe(0);
    const forced = await loadGazetteer(db, options({ force: true }));
    expect(forced.loads.some((l) => l.skipped)).toBe(false);
    expect(forced.curated.merged).toBe(0);
    expect(await graphState()).toEqual(before);
  });

  it('loads a changed file again and retracts the name it no longer gives', async () => {
    expect(await namesOf('place:geonames-99000001')).toContain('Testovo-Staroe');
    copyFileSync(fixture('cities-changed.txt'), table);
    const report = await loadGazetteer(db, options());
    expect(report.loads[1]!.skipped).toBe(false);
    expect(await namesOf('place:geonames-99000001')).toEqual(['Testovo', 'Тестово']);
    expect(await entity('place:geonames-99000001')).toMatchObject({ population: 800 });
  });

  it('retracts a whole batch the file no longer has, and loads the world with --world', async () => {
    const world = await loadGazetteer(db, options({ selection: WORLD }));
    expect(world.loads[1]!.places).toBe(6);
    expect(await entity('place:geonames-99100002')).toMatchObject({ country: 'NG' });
    const back = await loadGazetteer(db, options());
    expect(back.loads[1]!.retracted).toBe(1);
    expect(await entity('place:geonames-99100002')).toBeUndefined();
  });

  it('takes languages from alternateNamesV2 and geonameids from countryInfo when given', async () => {
    await loadGazetteer(
      db,
      options({ tables: [{ table, alternateNames: fixture('alternateNamesV2.txt') }], countryInfo: fixture('countryInfo.txt') }),
    );
    const [former] = await db.read(
      `MATCH (:Entity {id: 'place:geonames-99000001'})-[:HAS_NAME]->(n {form: 'Красностарово'}) RETURN n {.language, .kind, .usedFrom, .usedUntil} AS n`,
    );
    expect(former!['n']).toEqual({ language: 'ru', kind: 'FORMER', usedFrom: '1934', usedUntil: '1991' });
    expect(await entity('place:country-ge')).toMatchObject({ geonames: '614540', population: 3731000 });
  });

  it("gives the linker a curated place's GeoNames population, also after the seeds load again", async () => {
    const pokrovskPrior = async () =>
      (await new GazetteerRepository(db).entries()).find((e) => e.entityKey === 'place:pokrovsk-donetsk-ua');
    expect(await pokrovskPrior()).toMatchObject({ population: 60127, featureCode: 'PPLA2' });
    // The next start loads the seeds first, whose curated entry states no population.
    await prepareGraph(neo4j.uri);
    expect(await pokrovskPrior()).toMatchObject({ population: 60127, featureCode: 'PPLA2' });
    expect(await entity('place:pokrovsk-donetsk-ua')).not.toHaveProperty('population');
  });

  it("adds a curated file's names to a table's: a renamed town's new name current, its former ones weak, as the linker reads them", async () => {
    await loadGazetteer(db, options({ tables: [{ table, curatedNames: fixture('curated-names.tsv') }] }));
    const testovo = (await new GazetteerRepository(db).entries()).find((e) => e.entityKey === 'place:geonames-99000001')!;
    expect(testovo.forms).toContain('Новотестове');
    expect(testovo.weakForms).toContainEqual({ form: 'Тестово', kind: 'FORMER', usedUntil: '2024', usedBy: 'RU' });
    // The main table's name is undated (language und): the curated former name makes it weak too.
    expect(testovo.weakForms).toContainEqual({ form: 'Testovo', kind: 'FORMER', usedUntil: '2024', usedBy: null });
    expect(testovo.weakForms!.map((w) => w.form)).not.toContain('Новотестове');
  });
});

import { readdirSync, readFileSync } from 'node:fs';

import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

import { fromRoot } from '../../src/config/project-root.js';
import { EMBEDDED_CITIES } from '../../src/gazetteer/default-set.js';
import { parseGeoname, type GeonameRecord } from '../../src/gazetteer/geonames.parse.js';
import { readLines } from '../../src/gazetteer/lines.js';
import { gazetteerSchema, type EntityDoc, type RelationDoc } from '../../src/ingest/seed.schema.js';

/**
 * The curated admin areas against the embedded cities500 table: each area's admin1 code is the
 * one GeoNames gives the area's seat (tests/fixtures/geonames/admin-seats.tsv), so a wrong code
 * places hundreds of towns in the wrong region and fails here first.
 */
const dir = fromRoot('seeds', 'gazetteer');
const docs = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => gazetteerSchema.parse(parseYaml(readFileSync(`${dir}/${f}`, 'utf8'))));
const entities: EntityDoc[] = docs.flatMap((d) => d.entities);
const relations: RelationDoc[] = docs.flatMap((d) => d.relations);
const areas = entities.filter((e) => e.externalIds?.geonamesAdmin1);
const codeOf = (area: EntityDoc): string => area.externalIds!.geonamesAdmin1!;
const seats = new Map(
  readFileSync(fromRoot('tests', 'fixtures', 'geonames', 'admin-seats.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'))
    .map(([area, geonameId, name]) => [area!, { geonameId: Number(geonameId), name: name! }]),
);
/** The countries whose every admin1 code of the embedded table has a curated area. */
const COVERED = ['UA', 'RU', 'BY', 'PL', 'LT', 'LV', 'EE', 'MD'];

const rows = new Map<number, GeonameRecord>();
const tableCodes = new Set<string>();
beforeAll(async () => {
  const wanted = new Set([...seats.values()].map((s) => s.geonameId));
  for await (const line of readLines(EMBEDDED_CITIES)) {
    const record = parseGeoname(line);
    if (!record) continue;
    if (wanted.has(record.geonameId)) rows.set(record.geonameId, record);
    if (COVERED.includes(record.countryCode) && record.admin1) tableCodes.add(`${record.countryCode}.${record.admin1}`);
  }
}, 60_000);

describe('the curated admin areas', () => {
  it('each have the admin1 code cities500 gives their seat, one code each', () => {
    expect([...seats.keys()].sort()).toEqual(areas.map((a) => a.id).sort());
    const wrong = areas
      .map((area) => ({ area: area.id, code: codeOf(area), seat: rows.get(seats.get(area.id)!.geonameId) }))
      .filter(({ area, code, seat }) => !seat || seat.name !== seats.get(area)!.name || `${seat.countryCode}.${seat.admin1}` !== code);
    expect(wrong).toEqual([]);
    expect(new Set(areas.map(codeOf)).size).toBe(areas.length);
  });

  it(`cover every admin1 code of ${COVERED.join(', ')} in the embedded table`, () => {
    expect([...tableCodes].sort()).toEqual(
      areas
        .map(codeOf)
        .filter((c) => COVERED.includes(c.slice(0, 2)))
        .sort(),
    );
  });

  it('lie in their own country and name themselves as their adminArea, so the linker reads them as regions', () => {
    expect(areas.filter((a) => a.country !== codeOf(a).slice(0, 2) || a.adminArea !== a.name).map((a) => a.id)).toEqual([]);
  });

  it('share no name form with one another, and have none of one or two letters', () => {
    const owners = new Map<string, string[]>();
    for (const area of areas)
      for (const form of new Set(area.names.map((n) => n.form.toLowerCase()))) owners.set(form, [...(owners.get(form) ?? []), area.id]);
    expect([...owners].filter(([form, ids]) => ids.length > 1 || [...form].length < 3)).toEqual([]);
  });

  it("hold the curated places of their countries: adminArea is an area's name, with LOCATED_IN to it", () => {
    const byName = new Map(areas.map((a) => [`${a.country}|${a.name}`, a.id]));
    const places = entities.filter((e) => e.kind === 'PLACE' && e.adminArea && COVERED.includes(e.country ?? '') && !areas.includes(e));
    // The Donbas spans two oblasts; it lies in Ukraine.
    const misplaced = places
      .filter((p) => p.id !== 'place:donbas')
      .filter((p) => {
        const area = byName.get(`${p.country}|${p.adminArea}`);
        return !area || !relations.some((r) => r.type === 'LOCATED_IN' && r.from === p.id && r.to === area);
      });
    expect(misplaced.map((p) => `${p.id} (${p.adminArea})`)).toEqual([]);
  });
});

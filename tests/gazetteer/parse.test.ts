import { describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';
import { countryEntities } from '../../src/gazetteer/countries.js';
import { CURATED_NAMES, DEFAULT_SELECTION } from '../../src/gazetteer/default-set.js';
import { alternateNames } from '../../src/gazetteer/geonames.files.js';
import { alternateName } from '../../src/gazetteer/geonames.names.js';
import { placeEntity, placeRelations, type AdminArea } from '../../src/gazetteer/geonames.mapping.js';
import { parseAdmin1, parseAlternateName, parseCountryInfo, parseGeoname, type GeonameRecord } from '../../src/gazetteer/geonames.parse.js';
import { readLines } from '../../src/gazetteer/lines.js';
import { detectScript } from '../../src/gazetteer/script.js';
import { entitySchema } from '../../src/ingest/seed.schema.js';

const fixture = (name: string) => fromRoot('tests', 'fixtures', 'geonames', name);
const rows = async <T>(name: string, parse: (line: string) => T | null): Promise<T[]> => {
  const out: T[] = [];
  for await (const line of readLines(fixture(name))) {
    const row = parse(line);
    if (row) out.push(row);
  }
  return out;
};

describe('GeoNames parsers, on real-format lines', () => {
  it('reads the 19 columns of the main table and skips comment lines', async () => {
    const places = await rows('cities.txt', parseGeoname);
    expect(places.map((p) => p.geonameId)).toEqual([1816670, 611717, 2017824, 704422, 99000001, 99100002]);
    const pokrovsk = places.find((p) => p.geonameId === 704422)!;
    expect(pokrovsk).toMatchObject({
      name: 'Pokrovsk',
      latitude: 48.28198,
      longitude: 37.17585,
      featureClass: 'P',
      featureCode: 'PPLA2',
      countryCode: 'UA',
      admin1: '05',
      population: 60127,
    });
    expect(pokrovsk.alternateNames).toContain("Krasnoarmijs'k");
    expect(pokrovsk.alternateNames).toContain('Покровськ');
  });

  it('reads alternateNamesV2 with its language tag, flags and period', async () => {
    const names = await rows('alternateNamesV2.txt', parseAlternateName);
    expect(names).toHaveLength(8);
    expect(names[2]).toEqual({
      geonameId: 99000001,
      language: 'ru',
      name: 'Красностарово',
      preferred: false,
      short: false,
      colloquial: false,
      historic: true,
      from: '1934',
      to: '1991',
      usedBy: '',
    });
    expect(names[0]!.preferred).toBe(true);
  });

  it('reads admin1CodesASCII and countryInfo (whose header lines are comments)', async () => {
    expect(await rows('admin1CodesASCII.txt', parseAdmin1)).toContainEqual({ code: 'UA.05', name: 'Donetsk', geonameId: 709716 });
    expect(await rows('countryInfo.txt', parseCountryInfo)).toEqual([
      { iso: 'UA', name: 'Ukraine', capital: 'Kyiv', population: 44622516, geonameId: 690791 },
      { iso: 'GE', name: 'Georgia', capital: 'Tbilisi', population: 3731000, geonameId: 614540 },
    ]);
  });

  it('gives null for a line too short for its table', () => {
    expect(parseGeoname('704422\tPokrovsk')).toBeNull();
    expect(parseCountryInfo('UA\tUKR')).toBeNull();
  });
});

describe('scripts', () => {
  it.each([
    ['Pokrovsk', 'Latn'],
    ['Покровськ', 'Cyrl'],
    ['თბილისი', 'Geor'],
    ['北京', 'Hani'],
    ['ペキン', 'Jpan'],
    ['東京タワー', 'Jpan'],
    ['포크롭스크', 'Kore'],
    ['بوكروفسك', 'Arab'],
    ['קייב', 'Hebr'],
    ['Μόσχα', 'Grek'],
    ['Կիև', 'Armn'],
    ['कीव', 'Deva'],
    ['เคียฟ', 'Thai'],
    ['85300', 'Zyyy'],
  ])('%s is %s', (form, script) => expect(detectScript(form)).toBe(script));
});

describe('mapping GeoNames records to gazetteer places', () => {
  const admin1 = new Map([['UA.05', 'Donetsk']]);
  const areas = new Map<string, AdminArea>();
  const record = async (id: number): Promise<GeonameRecord> => (await rows('cities.txt', parseGeoname)).find((p) => p.geonameId === id)!;

  it('maps a place with its admin area, priors and every name, in its script, language und', async () => {
    const entity = placeEntity(await record(704422), { areas, admin1 });
    expect(entitySchema.safeParse(entity).success).toBe(true);
    expect(entity).toMatchObject({
      id: 'place:geonames-704422',
      kind: 'PLACE',
      name: 'Pokrovsk',
      country: 'UA',
      adminArea: 'Donetsk',
      population: 60127,
      featureClass: 'P',
      featureCode: 'PPLA2',
      externalIds: { geonames: '704422' },
    });
    expect(entity.names[0]).toEqual({ form: 'Pokrovsk', language: 'und', script: 'Latn', kind: 'OFFICIAL' });
    expect(entity.names).toContainEqual({ form: 'Красноармійськ', language: 'und', script: 'Cyrl', kind: 'EXONYM' });
    // The ASCII form equals the name: one name per language and form.
    expect(entity.names.filter((n) => n.form === 'Pokrovsk')).toHaveLength(1);
  });

  it("places a place in the graph's admin area of its admin1 code, by that area's name, and not the area's own place in it", async () => {
    const donetsk = { code: 'UA.05', id: 'place:donetsk-oblast-ua', name: 'Donetsk Oblast', country: 'UA', geonames: null };
    const context = { areas: new Map([['UA.05', donetsk]]), admin1 };
    expect(placeEntity(await record(704422), context).adminArea).toBe('Donetsk Oblast');
    expect(placeRelations(await record(704422), context)).toEqual([
      { type: 'LOCATED_IN', from: 'place:geonames-704422', to: 'place:donetsk-oblast-ua' },
    ]);
    // Without the area, admin1CodesASCII's name and no relation; a city that is its area (Moscow) is not in itself.
    expect(placeRelations(await record(704422), { areas, admin1 })).toEqual([]);
    expect(placeRelations(await record(704422), { areas: new Map([['UA.05', { ...donetsk, geonames: '704422' }]]), admin1 })).toEqual([]);
    expect(placeRelations(await record(2017824), context)).toEqual([]);
  });

  it('leaves out names that are URLs, lower-case romanisations and two-letter forms, but keeps acronyms', async () => {
    const entity = placeEntity(await record(99000001), { areas, admin1 });
    expect(entity.names.map((n) => n.form)).toEqual(['Testovo', 'Testovo-Staroe', 'Тестово', 'TS']);
  });

  it('takes languages and flags from alternateNamesV2, without its pseudo-languages', async () => {
    const alternates = await rows('alternateNamesV2.txt', parseAlternateName);
    const entity = placeEntity(await record(99000001), { areas, admin1, alternateNames: new Map([[99000001, alternates]]) });
    expect(entitySchema.safeParse(entity).success).toBe(true);
    expect(entity.names.slice(1)).toEqual([
      { form: 'Тестове', language: 'uk', script: 'Cyrl', kind: 'OFFICIAL' },
      { form: 'Тестово', language: 'ru', script: 'Cyrl', kind: 'EXONYM' },
      { form: 'Красностарово', language: 'ru', script: 'Cyrl', kind: 'FORMER', usedFrom: '1934', usedUntil: '1991' },
      { form: 'Testy', language: 'en', script: 'Latn', kind: 'COLLOQUIAL' },
      { form: '特斯托沃', language: 'zh', script: 'Hani', kind: 'EXONYM' },
      { form: 'Testowo', language: 'und', script: 'Latn', kind: 'EXONYM' },
    ]);
  });

  it("adds the curated names to the table's, first, with their periods and users (a renamed town)", async () => {
    const curated = [
      { form: 'Берестин', preferred: true, historic: false, from: '2024', to: '', usedBy: '' },
      { form: 'Красноармейск', preferred: false, historic: true, from: '', to: '2016', usedBy: 'RU' },
    ].map((n) => ({ geonameId: 704422, language: n.usedBy ? 'ru' : 'uk', name: n.form, short: false, colloquial: false, ...n }));
    const entity = placeEntity(await record(704422), { areas, admin1, curatedNames: new Map([[704422, curated]]) });
    expect(entitySchema.safeParse(entity).success).toBe(true);
    expect(entity.names.slice(1, 3)).toEqual([
      { form: 'Берестин', language: 'uk', script: 'Cyrl', kind: 'OFFICIAL', usedFrom: '2024' },
      { form: 'Красноармейск', language: 'ru', script: 'Cyrl', kind: 'FORMER', usedUntil: '2016', usedBy: 'RU' },
    ]);
    // The main table's list stays.
    expect(entity.names).toContainEqual({ form: 'Красноармійськ', language: 'und', script: 'Cyrl', kind: 'EXONYM' });
  });

  it('reads the curated file of renamed towns: every row a name of the seed format, each former name with the year it ended', async () => {
    const byPlace = await alternateNames(CURATED_NAMES);
    const names = [...byPlace.values()].flat();
    expect(names.length).toBeGreaterThan(100);
    for (const record of names) {
      const name = alternateName(record);
      expect(name, record.name).not.toBeNull();
      expect(['en', 'uk', 'ru']).toContain(name!.language);
      if (name!.kind === 'FORMER') expect(name!.usedUntil, record.name).toMatch(/^\d{4}$/);
    }
    // Bakhmut's Russian former name, which Russian sources still use.
    expect(byPlace.get(713174)!.map(alternateName)).toContainEqual({
      form: 'Артемовск',
      language: 'ru',
      script: 'Cyrl',
      kind: 'FORMER',
      usedFrom: '1924',
      usedUntil: '2016',
      usedBy: 'RU',
    });
  });

  it('selects the focus countries and every capital by default', async () => {
    const selected = (await rows('cities.txt', parseGeoname)).filter(DEFAULT_SELECTION.keep).map((p) => p.name);
    expect(selected).toEqual(['Beijing', 'Tbilisi', 'Pokrovsk', 'Pokrovsk', 'Testovo']);
  });
});

describe('countries', () => {
  it('has every country with its en, uk and ru names, valid as gazetteer entities', () => {
    const all = countryEntities();
    expect(all).toHaveLength(250);
    for (const country of all) expect(entitySchema.safeParse(country).success).toBe(true);
    const moldova = all.find((c) => c.id === 'place:country-md')!;
    expect(moldova.name).toBe('Moldova');
    expect(moldova.names).toContainEqual({ form: 'Republic of Moldova', language: 'en', script: 'Latn', kind: 'OFFICIAL' });
    const georgia = all.find((c) => c.id === 'place:country-ge')!;
    expect(georgia.names.filter((n) => ['uk', 'ru', 'ka'].includes(n.language)).map((n) => n.form)).toEqual([
      'Грузія',
      'Грузия',
      'საქართველო',
    ]);
  });
});

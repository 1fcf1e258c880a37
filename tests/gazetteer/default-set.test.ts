/**
 * The default GeoNames selection beyond the focus countries (round 13 of issue 10): capitals, and
 * the first-level seats of SEAT_POPULATION or more; smaller seats and other towns abroad stay out.
 */
import { describe, expect, it } from 'vitest';

import { DEFAULT_SELECTION, SEAT_NAME_LETTERS, SEAT_POPULATION } from '../../src/gazetteer/default-set.js';
import { selectedPlace } from '../../src/gazetteer/geonames.mapping.js';
import type { GeonameRecord } from '../../src/gazetteer/geonames.parse.js';

const record = (name: string, countryCode: string, featureCode: string, population: number): GeonameRecord => ({
  geonameId: 1,
  name,
  asciiName: name,
  alternateNames: [],
  latitude: 0,
  longitude: 0,
  featureClass: 'P',
  featureCode,
  countryCode,
  admin1: '01',
  population,
});
const kept = (...records: GeonameRecord[]) => records.filter(DEFAULT_SELECTION.keep).map((r) => r.name);

describe('the default selection abroad', () => {
  it('keeps the first-level seats of SEAT_POPULATION or more, beside the capitals', () => {
    expect(kept(record('Istanbul', 'TR', 'PPLA', 14_804_116), record('Genève', 'CH', 'PPLA', 183_981))).toEqual(['Istanbul', 'Genève']);
    expect(kept(record('Threshold', 'RO', 'PPLA', SEAT_POPULATION), record('Below', 'RO', 'PPLA', SEAT_POPULATION - 1))).toEqual([
      'Threshold',
    ]);
    expect(kept(record('Vaduz', 'LI', 'PPLC', 5_450))).toEqual(['Vaduz']);
  });

  it('leaves out towns abroad that are no first-level seat, however big, and small seats', () => {
    // Their names are common words: Wuxi's Усі ("all"), Vaughan's Вон, Tak, Buta.
    expect(kept(record('Wuxi', 'CN', 'PPLA2', 4_396_835), record('Vaughan', 'CA', 'PPL', 306_233))).toEqual([]);
    expect(kept(record('Tak', 'TH', 'PPLA', 24_149), record('Buta', 'CD', 'PPLA', 50_130))).toEqual([]);
  });

  it('keeps every place of the focus countries, whatever its size', () => {
    expect(kept(record('Testovo', 'UA', 'PPL', 500), record('Seat', 'MD', 'PPLA', 900))).toEqual(['Testovo', 'Seat']);
  });
});

describe('the names of a seat abroad', () => {
  const keepName = DEFAULT_SELECTION.keepName!;

  it('are its forms of SEAT_NAME_LETTERS letters or more: airport codes and short namesakes stay out', () => {
    const istanbul = record('Istanbul', 'TR', 'PPLA', 14_804_116);
    expect(['Istanbul', 'Стамбул', 'IST'].filter((form) => keepName(istanbul, form))).toEqual(['Istanbul', 'Стамбул']);
    expect(keepName(istanbul, 'Ä'.repeat(SEAT_NAME_LETTERS))).toBe(true);
    expect(keepName(istanbul, 'Ä-'.repeat(SEAT_NAME_LETTERS - 1))).toBe(false);
    // A seat whose own name is that short is left out whole.
    expect(kept(record('Van', 'TR', 'PPLA', 371_713))).toEqual([]);
  });

  it('are all kept for the focus countries and the capitals', () => {
    expect(keepName(record('Bar', 'UA', 'PPL', 15_000), 'Бар')).toBe(true);
    expect(keepName(record('Roma', 'IT', 'PPLC', 2_318_895), 'Рим')).toBe(true);
  });

  it('are what the import writes of the place (selectedPlace)', () => {
    const istanbul = { ...record('Istanbul', 'TR', 'PPLA', 14_804_116), alternateNames: ['IST', 'Стамбул', 'İstanbul'] };
    const entity = selectedPlace(istanbul, { areas: new Map(), admin1: new Map() }, DEFAULT_SELECTION);
    expect(entity.names.map((n) => n.form)).toEqual(['Istanbul', 'Стамбул', 'İstanbul']);
  });
});

import { describe, expect, it } from 'vitest';

import { buildNameIndex, linkMentions } from '../../src/linking/linker.js';
import { entry, GAZETTEER } from './gazetteer.fixture.js';

const index = buildNameIndex(GAZETTEER);
const spans = (text: string) => linkMentions(text, index).map((m) => [m.text, m.start, m.end, m.entityKey]);

describe('linkMentions: spans', () => {
  it('leaves the possessive out of the span, with either apostrophe', () => {
    expect(spans("Kramatorsk’s mayor and Sloviansk's council met.")).toEqual([
      ['Kramatorsk', 0, 10, 'place:kramatorsk-donetsk-ua'],
      ['Sloviansk', 23, 32, 'place:sloviansk-donetsk-ua'],
    ]);
  });

  it('keeps a word-internal apostrophe inside the span', () => {
    expect(spans("Pokrovs'k lies west of Kramatorsk.")[0]).toEqual(["Pokrovs'k", 0, 9, 'place:pokrovsk-donetsk-ua']);
  });

  it('splits a hyphenated compound into both names, each with its own span', () => {
    expect(spans('the Sloviansk-Kramatorsk agglomeration')).toEqual([
      ['Sloviansk', 4, 13, 'place:sloviansk-donetsk-ua'],
      ['Kramatorsk', 14, 24, 'place:kramatorsk-donetsk-ua'],
    ]);
  });

  it('matches Cyrillic text, single- and multi-word', () => {
    expect(spans('Покровськ, Донецька область.')).toEqual([
      ['Покровськ', 0, 9, 'place:pokrovsk-donetsk-ua'],
      ['Донецька область', 11, 27, 'place:donetsk-oblast-ua'],
    ]);
  });

  it('matches a misspelling through looseKey, with a lower score and the form it stands for', () => {
    const [m] = linkMentions('The capture of Krasnoarmysk’s centre', index);
    expect([m.text, m.start, m.end, m.entityKey]).toEqual(['Krasnoarmysk', 15, 27, 'place:pokrovsk-donetsk-ua']);
    expect(m.score).toBeLessThan(1);
    expect(m.score).toBeGreaterThan(0);
    expect(m.evidence).toContain('spelling variant of “Krasnoarmeysk”');
  });

  it('does not take a sentence’s first word for a misspelt name: its capital says nothing', () => {
    expect(linkMentions('Krasnoarmysk fell. “Krasnoarmysk fell,” he said.', index)).toEqual([]);
    expect(linkMentions('Krasnoarmeysk fell.', index).map((m) => m.text)).toEqual(['Krasnoarmeysk']);
  });

  it('scores an exact spelling with one candidate above a spelling variant, yet not as certain', () => {
    const [exact] = linkMentions('near Krasnoarmeysk', index);
    const [variant] = linkMentions('near Krasnoarmysk', index);
    expect(exact).toMatchObject({ entityKey: 'place:pokrovsk-donetsk-ua', evidence: expect.arrayContaining(['only candidate']) });
    expect(exact.score).toBeGreaterThan(variant.score);
    expect(exact.score).toBeLessThan(1);
  });

  it('does not match inside words', () => {
    expect(spans('Pokrovskyi Street, Kramatorskaya station, preKyiv and Mirny')).toEqual([]);
  });

  it('does not match lower-case common words, but does match the capitalised name', () => {
    expect(spans('the village mir, the ukraine desk')).toEqual([]);
    expect(spans('Mir castle')).toEqual([['Mir', 0, 3, 'place:mir-by']]);
  });

  it('requires exact capitals for short acronyms', () => {
    expect(spans('Tass reported; the dpr said; Dpr denied')).toEqual([]);
    expect(spans('TASS reported on the DPR.')).toEqual([
      ['TASS', 0, 4, 'org:tass'],
      ['DPR', 21, 24, 'place:donetsk-peoples-republic'],
    ]);
  });

  it('lets the longest name win where names overlap', () => {
    expect(spans('in the Donetsk People’s Republic, said Vladimir Putin.')).toEqual([
      ['Donetsk People’s Republic', 7, 32, 'place:donetsk-peoples-republic'],
      ['Vladimir Putin', 39, 53, 'person:vladimir-putin'],
    ]);
  });

  it('does not join the words of two sentences into one name', () => {
    expect(spans('They fled Donetsk. Oblast officials said so.')).toEqual([['Donetsk', 10, 17, 'place:donetsk-donetsk-ua']]);
    expect(spans('Donetsk\nOblast')).toEqual([['Donetsk', 0, 7, 'place:donetsk-donetsk-ua']]);
  });

  it('gives offsets into the original text when it holds astral characters and NFKC variants', () => {
    const text = '😀 Ｋｙｉｖ and 𝐊𝐲𝐢𝐯';
    const found = linkMentions(text, index);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['Ｋｙｉｖ', '𝐊𝐲𝐢𝐯']);
    expect(found.every((m) => m.entityKey === 'place:kyiv')).toBe(true);
  });

  it('finds nothing in text without names', () => {
    expect(linkMentions('', index)).toEqual([]);
    expect(linkMentions('nothing here at all.', index)).toEqual([]);
  });
});

describe('linkMentions: a state body and its country in the genitive', () => {
  const ministries = buildNameIndex([
    { ...GAZETTEER[0]!, featureCode: 'PCLI', forms: ['Ukraine', 'Україна', 'Украина'] },
    { ...GAZETTEER[1]!, featureCode: 'PCLI' },
    entry('org:mfa-ru', 'ORGANIZATION', ['МИД'], { country: 'RU' }),
    entry('org:mfa-ua', 'ORGANIZATION', ['МИД', 'МЗС'], { country: 'UA' }),
    entry('place:china', 'PLACE', ['КНР'], { country: 'CN', featureCode: 'PCLI' }),
  ]);
  const found = (text: string) => linkMentions(text, ministries).map((m) => [m.text, m.entityKey]);

  it('reads the two as one name, the body of that country', () => {
    expect(found('Представитель МИД России заявила, что МИД Украины молчит.')).toEqual([
      ['МИД России', 'org:mfa-ru'],
      ['МИД Украины', 'org:mfa-ua'],
    ]);
  });

  it('keeps neither when the body has no candidate of that country: a body the gazetteer lacks', () => {
    expect(found('МЗС России и глава МИД КНР.')).toEqual([]);
    expect(found('МЗС заявило, что КНР и Россия молчат.')).toEqual([
      ['МЗС', 'org:mfa-ua'],
      ['КНР', 'place:china'],
      ['Россия', 'place:russia'],
    ]);
  });
});

describe('linkMentions: regions listed under one head word', () => {
  const oblast = (key: string, forms: string[]) => ({
    ...entry(key, 'PLACE', forms, { country: 'RU', adminArea: forms[0] }),
    featureClass: 'A',
    featureCode: 'ADM1',
  });
  const city = (key: string, forms: string[]) => ({
    ...entry(key, 'PLACE', forms, { country: 'RU' }),
    featureClass: 'P',
    population: 400_000,
  });
  const regions = buildNameIndex([
    oblast('place:belgorod-oblast', ['Belgorod Oblast', 'Belgorod region', 'Белгородская область']),
    oblast('place:kursk-oblast', ['Kursk Oblast', 'Kursk region', 'Курская область']),
    oblast('place:kharkiv-oblast', ['Kharkiv Oblast', 'Харківська область']),
    city('place:belgorod', ['Belgorod', 'Белгород']),
    city('place:kursk', ['Kursk', 'Курск']),
  ]);
  const found = (text: string) => linkMentions(text, regions).map((m) => [m.text, m.entityKey]);

  it('reads each listed word as its region, in English and in any case in Russian and Ukrainian', () => {
    expect(found('Drones were downed over the Belgorod and Kursk regions.')).toEqual([
      ['Belgorod', 'place:belgorod-oblast'],
      ['Kursk', 'place:kursk-oblast'],
    ]);
    expect(found('над Белгородской, Курской областями')).toEqual([
      ['Белгородской', 'place:belgorod-oblast'],
      ['Курской', 'place:kursk-oblast'],
    ]);
    expect(found('у Харківській та Курській областях')).toEqual([['Харківській', 'place:kharkiv-oblast']]);
  });

  it('leaves a city that is not in such a list alone', () => {
    expect(found('Belgorod and Kursk were shelled; the regions were quiet.')).toEqual([
      ['Belgorod', 'place:belgorod'],
      ['Kursk', 'place:kursk'],
    ]);
  });

  it('keeps the element before a singular head word as one name with it', () => {
    expect(found('В Белгороде и Курской области объявлена тревога.')).toEqual([
      ['Белгороде', 'place:belgorod'],
      ['Курской области', 'place:kursk-oblast'],
    ]);
  });

  it('finds the Polish voivodeships of a list by their English "region" forms', () => {
    const voivodeships = buildNameIndex([
      oblast('place:lublin-voivodeship', ['Lublin Voivodeship', 'Lublin region']),
      oblast('place:podlaskie-voivodeship', ['Podlaskie Voivodeship', 'Podlaskie region']),
      city('place:lublin', ['Lublin']),
    ]);
    expect(linkMentions('troops moved to the Lublin and Podlaskie regions', voivodeships).map((m) => [m.text, m.entityKey])).toEqual([
      ['Lublin', 'place:lublin-voivodeship'],
      ['Podlaskie', 'place:podlaskie-voivodeship'],
    ]);
  });
});

describe('linkMentions: an initialism', () => {
  it('spans its last period', () => {
    const us = buildNameIndex([entry('place:united-states', 'PLACE', ['U.S.', 'USA'], { country: 'US', featureCode: 'PCLI' })]);
    expect(linkMentions('The U.S. envoy met USA officials.', us).map((m) => m.text)).toEqual(['U.S.', 'USA']);
  });
});

describe('buildNameIndex: a town’s form naming a region', () => {
  it('is left out: GeoNames lists some regions’ names among their capitals’ alternate names', () => {
    const voronezh = buildNameIndex([
      entry('place:voronezh-oblast', 'PLACE', ['Воронежская область'], { country: 'RU', featureClass: 'A', featureCode: 'ADM1' }),
      entry('place:voronezh', 'PLACE', ['Воронеж', 'Воронежская область'], { country: 'RU', featureClass: 'P', population: 1_047_549 }),
    ]);
    expect(linkMentions('в Воронежской области', voronezh).map((m) => [m.text, m.entityKey])).toEqual([
      ['Воронежской области', 'place:voronezh-oblast'],
    ]);
  });
});

describe('linkMentions: spelling variants across scripts', () => {
  const scripts = buildNameIndex([
    entry('place:germany', 'PLACE', ['Germany', 'Герман'], { country: 'DE', featureCode: 'PCLI' }),
    entry('place:shebekino', 'PLACE', ['Шебекино'], { country: 'RU' }),
  ]);
  const found = (text: string) => linkMentions(text, scripts).map((m) => m.text);

  it('reads no Latin word as a Cyrillic form of an entity that has Latin forms (a German loan is not Germany)', () => {
    expect(found('Berlin promised a German loan.')).toEqual([]);
  });

  it('still finds an entity with no Latin form through a Latin spelling', () => {
    expect(found('Shelling hit Shebekino.')).toEqual(['Shebekino']);
  });

  const abroad = buildNameIndex([
    entry('place:oman', 'PLACE', ['Oman', 'Umman', 'Оман'], { country: 'OM', featureCode: 'PCLI' }),
    entry('place:medyka-pl', 'PLACE', ['Medyka'], { country: 'PL', featureClass: 'P', population: 2_800 }),
  ]);
  const foundIn = (text: string) => linkMentions(text, abroad, { language: 'uk' }).map((m) => m.text);

  it('reads no lemma of a Cyrillic case form as a Latin form of an entity that has Cyrillic forms (Уманню is not Oman’s Umman)', () => {
    expect(foundIn('Дрони летіли над Уманню.')).toEqual([]);
    expect(foundIn('Зустріч з Умманом.')).toEqual([]);
  });

  it('still finds a place abroad with Latin forms only through a Cyrillic case form', () => {
    expect(foundIn('Черги на кордоні біля Медики.')).toEqual(['Медики']);
  });
});

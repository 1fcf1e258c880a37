/**
 * Namesakes the text itself tells apart: a country's adjective before the name, a name set
 * against its namesake, a region written beside another name, a town's name repeated in another
 * case, and a link that would be more likely wrong than right. Sentences are test material.
 */
import { describe, expect, it } from 'vitest';

import { buildNameIndex, linkMentions, type GazetteerEntry, type LinkedMention } from '../../src/linking/linker.js';
import { place, town, region } from './gazetteer.fixture.js';

const GAZETTEER: GazetteerEntry[] = [
  region('place:brest-region-by', 'BY', 'Brest Region', ['Brest Region']),
  town('place:brest-by', 'BY', 'Brest Region', ['place:brest-region-by'], ['Brest', 'Брест'], 340_000),
  town('place:slobozia-md', 'MD', 'Transnistria', [], ['Slobozia', 'Слободзея'], 15_000),
  region('place:poltava-oblast-ua', 'UA', 'Poltava Oblast', ['Poltava region', 'Полтавщина']),
  region('place:chernihiv-oblast-ua', 'UA', 'Chernihiv Oblast', ['Chernihiv region', 'Чернігівщина']),
  region('place:donetsk-oblast-ua', 'UA', 'Donetsk Oblast', ['Donetsk region', 'Донеччина']),
  region('place:zaporizhzhia-oblast-ua', 'UA', 'Zaporizhzhia Oblast', ['Zaporizhzhia Oblast', 'Запоріжжя']),
  town('place:karlivka-poltava-ua', 'UA', 'Poltava Oblast', ['place:poltava-oblast-ua'], ['Karlivka'], 14_000),
  town('place:pokrovsk-donetsk-ua', 'UA', 'Donetsk Oblast', ['place:donetsk-oblast-ua'], ['Pokrovsk'], 60_000),
  town('place:avdiivka-donetsk-ua', 'UA', 'Donetsk Oblast', ['place:donetsk-oblast-ua'], ['Авдіївка'], 32_000),
  town('place:avdiivka-chernihiv-ua', 'UA', 'Chernihiv Oblast', ['place:chernihiv-oblast-ua'], ['Авдіївка'], 2_000),
  town('place:sosnytsia-ua', 'UA', 'Chernihiv Oblast', ['place:chernihiv-oblast-ua'], ['Сосниця'], 7_000),
  town('place:zaporizhzhia-ua', 'UA', 'Zaporizhzhia Oblast', ['place:zaporizhzhia-oblast-ua'], ['Запоріжжя'], 700_000),
  town('place:dnipro-city-ua', 'UA', 'Dnipropetrovsk Oblast', [], ['Kamenka'], 220_000),
  town('place:kamenka-village-a', 'UA', 'Odesa Oblast', [], ['Kamenka'], 2_700),
  town('place:hlynka-odesa-ua', 'UA', 'Odesa Oblast', [], ['Hlynka'], 5_000),
  town('place:hlynka-sumy-ua', 'UA', 'Sumy Oblast', [], ['Hlynka'], 500),
  place('place:ukraine', 'UA', null, [], ['Ukraine']),
  place('place:russia', 'RU', null, [], ['Russia']),
  town('place:dunai-primorye-ru', 'RU', 'Primorsky Krai', ['place:russia'], ['Dunai'], 8_400),
];
const index = buildNameIndex(GAZETTEER);

const mentions = (text: string, language = 'en'): LinkedMention[] => linkMentions(text, index, { language });
const nth = (found: LinkedMention[], name: string, n = 0): LinkedMention => {
  const m = found.filter((f) => f.text === name)[n];
  if (m === undefined) throw new Error(`${name} not found`);
  return m;
};

describe('a country named by its adjective before a place', () => {
  it('leaves a namesake in another country unresolved, keeping it as a candidate', () => {
    const found = mentions('Traffic in Brest, Brest Region, was calm, unlike in the French naval port of Brest.');
    expect(nth(found, 'Brest').entityKey).toBe('place:brest-by');
    const french = nth(found, 'Brest', 1);
    expect(french.entityKey).toBeNull();
    expect(french.candidates[0]!.evidence).toContain('the text puts it in FR');
  });

  it('reads the Russian adjective in its case, before a settlement noun', () => {
    const m = nth(mentions('Туристы нередко едут в румынский город Слободзея.', 'ru'), 'Слободзея');
    expect(m.entityKey).toBeNull();
    expect(m.candidates[0]!.evidence).toContain('the text puts it in RO');
  });

  it('does not read the occupier of an occupied town as its country', () => {
    expect(nth(mentions('Drones hit the Russian occupied town of Pokrovsk.'), 'Pokrovsk').entityKey).toBe('place:pokrovsk-donetsk-ua');
  });
});

describe('a name set against its namesake', () => {
  it('is not the entity the same sentence gave the name before', () => {
    const found = mentions('Officials meant Karlivka in the Poltava region, not the village of Karlivka near Pokrovsk.');
    expect(nth(found, 'Karlivka').entityKey).toBe('place:karlivka-poltava-ua');
    const other = nth(found, 'Karlivka', 1);
    expect(other.entityKey).toBeNull();
    expect(other.candidates[0]!.evidence).toContain('set against its namesake, “Karlivka”');
  });

  it('needs the marker: a name repeated in one sentence is the same place', () => {
    const found = mentions('Karlivka in the Poltava region was shelled, and Karlivka lost power.');
    expect(nth(found, 'Karlivka', 1).entityKey).toBe('place:karlivka-poltava-ua');
  });
});

describe('context near the name', () => {
  it('takes a region after "near <town> in the" as the one the name lies in', () => {
    const m = nth(mentions('Shelling hit Karlivka near Pokrovsk in the Donetsk region overnight.'), 'Karlivka');
    expect(m.entityKey).toBeNull();
    expect(m.candidates[0]!.evidence).toContain('the article places it in place:donetsk-oblast-ua');
  });

  it('lets a region beside one namesake place that one only, in its sentence', () => {
    const text = 'Дрони атакували Чернігівщину. Авдіївку поблизу Сосниці не слід плутати з Авдіївкою на Донеччині.';
    const found = mentions(text, 'uk');
    expect(nth(found, 'Авдіївкою').entityKey).toBe('place:avdiivka-donetsk-ua');
    const first = nth(found, 'Авдіївку');
    expect(first.entityKey).not.toBe('place:avdiivka-donetsk-ua');
    const donetsk = first.candidates.find((c) => c.entityKey === 'place:avdiivka-donetsk-ua')!;
    expect(donetsk.evidence.some((e) => e.includes('place:donetsk-oblast-ua') || e.includes('same entity named'))).toBe(false);
    // Without the marker the region beside the other name still says nothing of this one in their sentence.
    const plain = nth(mentions('Авдіївку поблизу Сосниці обстріляли, а Авдіївку на Донеччині штурмують.', 'uk'), 'Авдіївку');
    const plainDonetsk = plain.candidates.find((c) => c.entityKey === 'place:avdiivka-donetsk-ua')!;
    expect(plainDonetsk.evidence.some((e) => e.includes('place:donetsk-oblast-ua'))).toBe(false);
  });

  it('counts a case form of the name as the same name again, not as another name of the entity', () => {
    const found = mentions('На Донеччині обстріляли Авдіївку. Авдіївка без світла.', 'uk');
    const again = nth(found, 'Авдіївка').candidates.find((c) => c.entityKey === 'place:avdiivka-donetsk-ua')!;
    const donetskAgain = nth(found, 'Авдіївку').candidates.find((c) => c.entityKey === 'place:avdiivka-donetsk-ua')!;
    expect(donetskAgain.evidence.some((e) => e.includes('lies within place:donetsk-oblast-ua'))).toBe(true);
    expect(again.evidence.some((e) => e.startsWith('same entity named at 24'))).toBe(true);
    expect(
      nth(found, 'Авдіївка')
        .candidates.find((c) => c.entityKey === 'place:avdiivka-chernihiv-ua')!
        .evidence.join(),
    ).not.toContain('at 24');
  });

  it('reads the name of a dateline again as its town: the dateline answers the question the name asks', () => {
    const text = 'ЗАПОРІЖЖЯ, 11 жовтня. /Агенція/.\n\nУночі ворог ударив по Запоріжжю.';
    const m = nth(mentions(text, 'uk'), 'Запоріжжю');
    expect(m.entityKey).toBe('place:zaporizhzhia-ua');
    expect(m.candidates[0]!.evidence.some((e) => e.startsWith('same entity named at 0'))).toBe(true);
  });

  it('reads Ukrainian "у" with the locative as the town, "на" as the region', () => {
    const text = 'Вибухи пролунали у Запоріжжі. Обстріли тривають на Запоріжжі.';
    const found = mentions(text, 'uk');
    expect(nth(found, 'Запоріжжі').candidates[0]!.entityKey).toBe('place:zaporizhzhia-ua');
    expect(nth(found, 'Запоріжжі').candidates.find((c) => c.entityKey === 'place:zaporizhzhia-oblast-ua')!.evidence).toContain(
      'у with the locative: rather the town than the region',
    );
    expect(nth(found, 'Запоріжжі', 1).entityKey).toBe('place:zaporizhzhia-oblast-ua');
  });
});

describe('the decision', () => {
  it('gives a city introduced as a village no credit for its size', () => {
    const m = nth(mentions('Fighting went on near Kamenka, a village on the reservoir.'), 'Kamenka');
    const city = m.candidates.find((c) => c.entityKey === 'place:dnipro-city-ua')!;
    expect(city.evidence).toContain('introduced as a village: not a town of 220000');
    expect(m.entityKey).toBeNull();
  });

  it('takes no tie from a country the rest of the article names, only from its own paragraph', () => {
    const far = nth(mentions('Russia launched drones overnight.\n\nDunai will not replace the port, he said.'), 'Dunai');
    expect(far.entityKey).toBeNull();
    expect(far.candidates[0]!.evidence.join()).not.toContain('place:russia');
    const near = nth(mentions('Russia launched drones overnight. Dunai will not replace the port, he said.'), 'Dunai');
    expect(near.candidates[0]!.evidence).toContain('lies within place:russia mentioned at 0 (same paragraph)');
  });

  it('links no candidate that is less likely than "something else", however the namesakes add up', () => {
    const m = nth(mentions('Ukraine said drones flew over Hlynka at night.'), 'Hlynka');
    const [best, second] = m.candidates;
    expect(best!.entityKey).toBe('place:hlynka-odesa-ua');
    // Together likelier than something else, and the larger one holds most of that, yet alone less than even.
    expect(best!.score + second!.score).toBeGreaterThan(0.5);
    expect(best!.score).toBeGreaterThan(0.6 * (best!.score + second!.score));
    expect(best!.score).toBeLessThan(0.5);
    expect(m.entityKey).toBeNull();
  });
});

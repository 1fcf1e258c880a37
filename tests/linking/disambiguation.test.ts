import { describe, expect, it } from 'vitest';

import { buildNameIndex, linkMentions, type GazetteerEntry, type LinkedMention } from '../../src/linking/linker.js';
import { entry, GAZETTEER, place, town } from './gazetteer.fixture.js';

const index = buildNameIndex(GAZETTEER);
const mentionIn = (found: LinkedMention[], name: string, nth = 0): LinkedMention => {
  const m = found.filter((f) => f.text === name)[nth];
  if (m === undefined) throw new Error(`${name} not found`);
  return m;
};
const mentionOf = (text: string, name: string, outletCountry?: string, nth = 0): LinkedMention =>
  mentionIn(linkMentions(text, index, { outletCountry }), name, nth);

describe('linkMentions: homonyms settled by context, near before far', () => {
  it('resolves Pokrovsk to the Ukrainian town beside Donetsk Oblast, with the evidence', () => {
    const m = mentionOf('Shelling hit Pokrovsk, Donetsk Oblast, overnight.', 'Pokrovsk');
    expect(m.entityKey).toBe('place:pokrovsk-donetsk-ua');
    expect(m.evidence).toContain('lies within place:donetsk-oblast-ua mentioned at 23 (beside it)');
    expect(m.candidates.map((c) => c.entityKey)).toEqual(['place:pokrovsk-donetsk-ua', 'place:pokrovsk-sakha-ru']);
    expect(m.score).toBeGreaterThan(m.candidates[1].score);
  });

  it('resolves Pokrovsk to the Russian town beside Yakutia', () => {
    const m = mentionOf('Pokrovsk, on the Lena in Yakutia, flooded.', 'Pokrovsk');
    expect(m.entityKey).toBe('place:pokrovsk-sakha-ru');
    expect(m.evidence).toContain('same admin area (Sakha Republic) as place:sakha-republic-ru mentioned at 25 (same sentence)');
  });

  it('uses a context place that comes after the mention as well as before', () => {
    expect(mentionOf('Yakutia: floods in Pokrovsk.', 'Pokrovsk').entityKey).toBe('place:pokrovsk-sakha-ru');
  });

  it('lets the sentence outweigh the rest of the article: one text, two Pokrovsks', () => {
    const yakutia = place('place:sakha-republic-ru', 'RU', 'Sakha Republic', ['place:russia'], ['Yakutia']);
    const placed = buildNameIndex(
      GAZETTEER.map((e) =>
        e.entityKey === yakutia.entityKey ? yakutia : e.entityKey === 'place:pokrovsk-sakha-ru' ? { ...e, within: [yakutia.entityKey] } : e,
      ),
    );
    const text =
      'Pokrovsk, a town on the Lena river in Yakutia, opened its winter road.\n\n' +
      'Far to the west, in Donetsk Oblast, fighting went on around Pokrovsk and Kramatorsk. Sloviansk was quiet.';
    const found = linkMentions(text, placed);
    expect(mentionIn(found, 'Pokrovsk', 0).entityKey).toBe('place:pokrovsk-sakha-ru');
    expect(mentionIn(found, 'Pokrovsk', 1).entityKey).toBe('place:pokrovsk-donetsk-ua');
  });

  it('reads an appositive or a chain of locatives as beside the name, but not any words before "in"', () => {
    const yakutia = place('place:sakha-republic-ru', 'RU', 'Sakha Republic', ['place:russia'], ['Yakutia', 'Якутия']);
    const placed = buildNameIndex(
      GAZETTEER.map((e) =>
        e.entityKey === yakutia.entityKey ? yakutia : e.entityKey === 'place:pokrovsk-sakha-ru' ? { ...e, within: [yakutia.entityKey] } : e,
      ),
    );
    const beside = 'lies within place:sakha-republic-ru mentioned at 38 (beside it)';
    expect(mentionIn(linkMentions('Pokrovsk, a town on the Lena river in Yakutia, flooded.', placed), 'Pokrovsk').evidence).toContain(
      beside,
    );
    expect(mentionIn(linkMentions('В Покровске на реке Лене в Якутии открыли зимник.', placed), 'Покровске').evidence).toContain(
      'lies within place:sakha-republic-ru mentioned at 27 (beside it)',
    );
    expect(mentionIn(linkMentions('Pokrovsk, officials in Yakutia said, flooded.', placed), 'Pokrovsk').evidence).toContain(
      'lies within place:sakha-republic-ru mentioned at 23 (same sentence)',
    );
  });

  it('takes the place written beside a name over one further off in the same sentence', () => {
    const m = mentionOf('The town of Volchansk in Russia marked its anniversary, while shelling hit Kyiv and Kramatorsk.', 'Volchansk');
    expect(m.entityKey).toBe('place:volchansk-sverdlovsk-ru');
    expect(m.evidence).toContain('lies within place:russia mentioned at 25 (beside it)');
  });

  it('keeps the candidates and no entity when nothing tells them apart', () => {
    const m = mentionOf('Pokrovsk was quiet today.', 'Pokrovsk');
    expect(m.entityKey).toBeNull();
    expect(m.score).toBe(0);
    expect(m.candidates.map((c) => c.entityKey).sort()).toEqual(['place:pokrovsk-donetsk-ua', 'place:pokrovsk-sakha-ru']);
    expect(m.evidence[0]).toMatch(/^ambiguous: /);
  });

  it('keeps it open when the context points both ways equally', () => {
    const m = mentionOf('Kramatorsk and Yakutia both have a Pokrovsk nearby.', 'Pokrovsk');
    expect(m.entityKey).toBeNull();
    expect(m.evidence[0]).toMatch(/^ambiguous: /);
  });

  it('does not decide on a shared country alone', () => {
    const m = mentionOf('From Kyiv, news of Volchansk.', 'Volchansk');
    expect(m.entityKey).toBeNull();
    expect(m.candidates[0]).toMatchObject({ entityKey: 'place:vovchansk-kharkiv-ua' });
    expect(m.candidates[0].evidence).toContain('same country (UA) as place:kyiv mentioned at 5 (same sentence)');
  });

  it('counts the same entity under another name as context (Krasnoarmeysk … Pokrovsk)', () => {
    const m = mentionOf('Krasnoarmeysk, now called Pokrovsk.', 'Pokrovsk');
    expect(m.entityKey).toBe('place:pokrovsk-donetsk-ua');
    expect(m.evidence).toContain('same entity named at 0 (same sentence)');
  });

  it('weighs a former name its users still write as a current one in their language', () => {
    const pokrovsk = buildNameIndex([
      {
        ...place('place:pokrovsk-donetsk-ua', 'UA', 'Donetsk Oblast', [], ['Покровск', 'Красноармейск']),
        weakForms: [{ form: 'Красноармейск', kind: 'FORMER', usedUntil: '2016', usedBy: 'RU' }],
      },
    ]);
    const [ru] = linkMentions('Бои за Красноармейск.', pokrovsk, { language: 'ru' });
    const [uk] = linkMentions('Бої за Красноармейск.', pokrovsk, { language: 'uk' });
    expect(ru.evidence).toContain('as its users write it (RU)');
    expect(ru.candidates[0].score).toBeGreaterThan(uk.candidates[0].score);
  });

  it('weighs every spelling of a former name as that former name, in every language', () => {
    const bakhmut = buildNameIndex([
      {
        ...place(
          'place:bakhmut',
          'UA',
          'Donetsk Oblast',
          [],
          ['Bakhmut', 'Artemovsk', 'Artëmovsk', 'Артемовск', 'Артёмовск', 'Артемівськ'],
        ),
        population: 80_500,
        weakForms: [
          { form: 'Artemovsk', kind: 'FORMER', usedUntil: '2016', usedBy: 'RU' },
          { form: 'Артемовск', kind: 'FORMER', usedUntil: '2016', usedBy: 'RU' },
          { form: 'Артемівськ', kind: 'FORMER', usedUntil: '2016' },
        ],
      },
    ]);
    const evidence = (text: string, language: string) => linkMentions(text, bakhmut, { language })[0]!.candidates[0]!.evidence;
    expect(evidence('Fighting near Artëmovsk.', 'en')).toContain('former name “Artemovsk”, still used by RU');
    expect(evidence('Бои у Артёмовска.', 'ru')).toContain('former name “Артемовск”, still used by RU');
    expect(evidence('Бої біля Артемівська.', 'uk')).toContain('former name “Артемівськ”');
  });

  it('uses mentions resolved in one pass as context in the next', () => {
    const m = mentionOf('Tabaga lies near Pokrovsk in Yakutia.', 'Tabaga');
    expect(m.entityKey).toBe('place:tabaga-sakha-ru');
    expect(m.evidence).toContain('lies within place:pokrovsk-sakha-ru mentioned at 17 (same sentence)');
  });

  it('takes the outlet country as a hint that ranks but does not decide on its own', () => {
    const m = mentionOf('Volchansk was quiet today.', 'Volchansk', 'RU');
    expect(m.entityKey).toBeNull();
    expect(m.candidates[0].entityKey).toBe('place:volchansk-sverdlovsk-ru');
    expect(m.candidates[0].evidence).toContain('outlet country RU');
    expect(m.candidates[0].score).toBeGreaterThan(m.candidates[1].score);
  });

  it('lets the outlet hint add to real evidence', () => {
    const m = mentionOf('Volchansk, Russia.', 'Volchansk', 'RU');
    expect(m.entityKey).toBe('place:volchansk-sverdlovsk-ru');
    expect(m.evidence).toEqual(expect.arrayContaining(['lies within place:russia mentioned at 11 (beside it)', 'outlet country RU']));
  });

  it('finds the outlet’s country from its name when the gazetteer knows the outlet', () => {
    const withOutlet = buildNameIndex([...GAZETTEER, entry('org:test-outlet', 'ORGANIZATION', ['Test Outlet'], { country: 'RU' })]);
    const m = mentionIn(linkMentions('Volchansk was quiet today.', withOutlet, { outlet: 'Test Outlet' }), 'Volchansk');
    expect(m.candidates[0]).toMatchObject({
      entityKey: 'place:volchansk-sverdlovsk-ru',
      evidence: expect.arrayContaining(['outlet country RU']),
    });
  });

  it('scores candidates between 0 and 1, best first, leaving room for something else', () => {
    const m = mentionOf('Pokrovsk, Donetsk Oblast; Sloviansk; Yakutia.', 'Pokrovsk');
    const scores = m.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
    expect(scores.reduce((a, b) => a + b, 0)).toBeLessThan(1);
  });
});

describe('linkMentions: priors and honest scores', () => {
  const donetskOblast = place('place:donetsk-oblast-ua', 'UA', 'Donetsk Oblast', ['place:ukraine'], ['Donetsk Oblast']);
  const homonyms = buildNameIndex(
    [
      place('place:ukraine', 'UA', null, [], ['Ukraine']),
      { ...donetskOblast, featureClass: 'A', featureCode: 'ADM1' },
      town('place:kostiantynivka-donetsk', 'UA', 'Donetsk Oblast', ['place:donetsk-oblast-ua'], ['Kostiantynivka'], 67_000),
      town('place:kostiantynivka-village-1', 'UA', 'Mykolaiv Oblast', [], ['Kostiantynivka'], 900),
      town('place:kostiantynivka-village-2', 'UA', 'Zaporizhzhia Oblast', [], ['Kostiantynivka'], 600),
      town('place:volga-yaroslavl', 'RU', 'Yaroslavl Oblast', [], ['Volga'], 3_469),
      town('place:pokrovsk-donetsk-ua', 'UA', 'Donetsk Oblast', ['place:donetsk-oblast-ua'], ['Pokrovsk'], 60_000),
      { ...town('place:hryshyne', 'UA', 'Donetsk Oblast', ['place:donetsk-oblast-ua'], ['Hryshyne', 'Grishino'], 1_500) },
    ].map((e) =>
      e.entityKey === 'place:pokrovsk-donetsk-ua'
        ? { ...e, forms: [...e.forms, 'Grishino'], weakForms: [{ form: 'Grishino', kind: 'FORMER' as const, usedUntil: '1934' }] }
        : e,
    ),
  );

  it('lets a city outrank villages of the same name', () => {
    const [m] = linkMentions('Fighting went on near Kostiantynivka.', homonyms);
    expect(m.entityKey).toBe('place:kostiantynivka-donetsk');
    expect(m.candidates).toHaveLength(3);
    expect(m.evidence).toContain('prior: population 67000');
  });

  it('keeps the runners-up of a resolved mention', () => {
    const [m] = linkMentions('Fighting went on near Kostiantynivka.', homonyms);
    expect(
      m.candidates
        .slice(1)
        .map((c) => c.entityKey)
        .sort(),
    ).toEqual(['place:kostiantynivka-village-1', 'place:kostiantynivka-village-2']);
  });

  it('does not take one candidate for certainty: a village named alone stays unresolved, with its score', () => {
    const [m] = linkMentions('Barges sailed past Volga at dawn.', homonyms);
    expect(m.entityKey).toBeNull();
    expect(m.candidates).toEqual([expect.objectContaining({ entityKey: 'place:volga-yaroslavl' })]);
    expect(m.candidates[0].score).toBeGreaterThan(0);
    expect(m.candidates[0].score).toBeLessThan(0.5);
    expect(m.evidence[0]).toMatch(/^uncertain: place:volga-yaroslavl/);
  });

  it('reads “the” before a name as a river or region, not a town', () => {
    const found = linkMentions('Engels lies across the Volga from Saratov.', homonyms);
    expect(found.find((m) => m.text === 'Volga')?.entityKey ?? null).toBeNull();
  });

  it('reads “the village of” as no town, and a river’s bank as no place at all', () => {
    const [village] = linkMentions('Troops entered the village of Pokrovsk on Monday.', homonyms);
    expect(village).toMatchObject({ entityKey: null });
    expect(village.candidates[0].evidence).toContain('introduced as a village: not a town of 60000');
    const [river] = linkMentions('Shelling hit villages on the left bank of the Volga and on the bank of Pokrovsk.', homonyms).slice(-2);
    expect([river.entityKey, river.candidates[0].evidence]).toEqual([null, expect.arrayContaining(['introduced as a river'])]);
    const [delta] = linkMentions('Boats landed on islands in the delta of the Volga.', homonyms).slice(-1);
    expect(delta.candidates[0].evidence).toContain('introduced as a river');
    expect(linkMentions('Troops entered the town of Pokrovsk on Monday.', homonyms)[0].entityKey).toBe('place:pokrovsk-donetsk-ua');
  });

  it('reads an appositive “, a village” after the name as the village cue, and “, a town” as none', () => {
    const [village] = linkMentions('Troops attacked near Pokrovsk, a village on the reservoir, on Monday.', homonyms);
    expect(village).toMatchObject({ entityKey: null });
    expect(village.candidates[0].evidence).toContain('introduced as a village: not a town of 60000');
    const [town] = linkMentions('Troops attacked near Pokrovsk, a town on the road, on Monday.', homonyms);
    expect(town.candidates[0].evidence.some((e) => e.startsWith('introduced as'))).toBe(false);
  });

  it('reads the flow of a river (выше по течению Днепра, нижче за течією Дніпра) as no place', () => {
    const dnipro = buildNameIndex([town('place:dnipro', 'UA', 'Dnipropetrovsk Oblast', [], ['Днепр', 'Дніпро'], 968_000)]);
    for (const text of ['Станция расположена выше по течению Днепра.', 'Місто лежить нижче за течією Дніпра.']) {
      const [river] = linkMentions(text, dnipro);
      expect([river!.entityKey, river!.candidates[0]!.evidence]).toEqual([null, expect.arrayContaining(['introduced as a river'])]);
    }
  });

  it('scores a sure name below one but above the threshold', () => {
    const [m] = linkMentions('Pokrovsk, Donetsk Oblast.', homonyms);
    expect(m.entityKey).toBe('place:pokrovsk-donetsk-ua');
    expect(m.score).toBeGreaterThan(0.5);
    expect(m.score).toBeLessThan(1);
  });

  it('weighs a pre-1934 name so little that the village bearing it now wins', () => {
    const [m] = linkMentions('Grishino, Donetsk Oblast.', homonyms);
    expect(m.entityKey).toBe('place:hryshyne');
    expect(m.candidates[1]).toMatchObject({
      entityKey: 'place:pokrovsk-donetsk-ua',
      evidence: expect.arrayContaining(['former name “Grishino” until 1934']),
    });
  });

  it('spots an admin area the gazetteer knows only by name when it is written beside the place', () => {
    const moscows = buildNameIndex([
      town('place:moscow-ru', 'RU', 'Moscow', [], ['Moscow'], 12_000_000),
      town('place:moscow-idaho-us', 'US', 'Idaho', [], ['Moscow'], 25_000),
    ]);
    const found = linkMentions(
      'A choir from Moscow, Idaho, sang in Boise; the town has nothing to do with Moscow, the Russian capital.',
      moscows,
    );
    expect(found.map((m) => m.entityKey)).toEqual(['place:moscow-idaho-us', 'place:moscow-ru']);
    expect(found[0].evidence).toContain('admin area Idaho named at 21 (beside it)');
    expect(linkMentions('Moscow said so.', moscows)[0].entityKey).toBe('place:moscow-ru');
  });
});

describe('linkMentions: organizations placed by their affiliation', () => {
  const staffs = buildNameIndex([
    place('place:ukraine', 'UA', null, [], ['Ukraine']),
    place('place:russia', 'RU', null, [], ['Russia']),
    entry('org:general-staff-ua', 'ORGANIZATION', ['General Staff'], { country: 'UA', within: ['place:ukraine'] }),
    entry('org:general-staff-ru', 'ORGANIZATION', ['General Staff'], { country: 'RU', within: ['place:russia'] }),
  ]);

  it('takes a body named without its country in Russian or Ukrainian for that language’s country’s own', () => {
    const cyrillic = buildNameIndex(staffs.entries.map((e) => (e.kind === 'ORGANIZATION' ? { ...e, forms: [...e.forms, 'Генштаб'] } : e)));
    const staffIn = (text: string, language: string) => linkMentions(text, cyrillic, { language })[0];
    expect(staffIn('У Генштабі повідомили.', 'uk')).toMatchObject({
      entityKey: 'org:general-staff-ua',
      evidence: expect.arrayContaining(['named in the language of its country (UA)']),
    });
    expect(staffIn('В Генштабе сообщили.', 'ru')).toMatchObject({ entityKey: 'org:general-staff-ru' });
    expect(staffIn('The General Staff said.', 'en')).toMatchObject({ entityKey: null });
  });

  it("tells Russia's General Staff from Ukraine's in one sentence", () => {
    const found = linkMentions(
      "Ukraine's General Staff said its units held positions, while Russia's General Staff claimed advances.",
      staffs,
    );
    expect(found.filter((m) => m.text === 'General Staff').map((m) => m.entityKey)).toEqual([
      'org:general-staff-ua',
      'org:general-staff-ru',
    ]);
  });
});

describe('linkMentions: a town and the region named after it', () => {
  const oblast: GazetteerEntry = {
    ...place('place:zaporizhzhia-oblast', 'UA', 'Zaporizhzhia Oblast', [], ['Zaporizhzhia Oblast', 'Zaporizhzhia', 'Запоріжжя']),
    featureClass: 'A',
    featureCode: 'ADM1',
    weakForms: [
      { form: 'Zaporizhzhia', kind: 'COLLOQUIAL' },
      { form: 'Запоріжжя', kind: 'COLLOQUIAL' },
    ],
  };
  const areas = buildNameIndex([
    oblast,
    town('place:zaporizhzhia', 'UA', 'Zaporizhzhia Oblast', ['place:zaporizhzhia-oblast'], ['Zaporizhzhia', 'Запоріжжя'], 710_000),
    town('place:orikhiv', 'UA', 'Zaporizhzhia Oblast', ['place:zaporizhzhia-oblast'], ['Orikhiv', 'Оріхів'], 14_000),
    town('place:huliaipole', 'UA', 'Zaporizhzhia Oblast', ['place:zaporizhzhia-oblast'], ['Huliaipole', 'Гуляйполе'], 13_000),
  ]);
  const keyOf = (text: string, name: string): string | null => mentionIn(linkMentions(text, areas), name).entityKey;

  it('takes the town among the region’s towns: containment says only that the article is about the area', () => {
    expect(keyOf('Strikes hit Orikhiv and Huliaipole; in Zaporizhzhia a block of flats burned.', 'Zaporizhzhia')).toBe(
      'place:zaporizhzhia',
    );
  });

  it('reads a dateline as the town the report was filed from', () => {
    const found = linkMentions('ЗАПОРІЖЖЯ, 6 березня. Обстріляли Оріхів і Гуляйполе.', areas);
    expect(found[0]).toMatchObject({ entityKey: 'place:zaporizhzhia' });
    expect(found[0].candidates[1].evidence).toContain('a dateline: the town a report was filed from');
  });

  it('reads a name as an attribute of fighting as the area, and a town beside its region as in it', () => {
    expect(keyOf('Orikhiv lies on the Zaporizhzhia front.', 'Zaporizhzhia')).toBe('place:zaporizhzhia-oblast');
    expect(keyOf('Shelling in Orikhiv, Zaporizhzhia.', 'Zaporizhzhia')).toBe('place:zaporizhzhia-oblast');
  });

  it('reads what something is named after as a person, not the town of that name', () => {
    const [eponym] = linkMentions('Станція імені Оріхів, названа на честь Оріхів.', areas);
    expect(eponym).toMatchObject({ entityKey: null });
    expect(eponym!.candidates[0]!.evidence).toContain('what something is named after: a person, not the place');
  });

  it('reads the Ukrainian locative after "на" as the area, after "у" as the town', () => {
    const text = 'На Запоріжжі противник тисне на Гуляйполе, а також на Оріхів. У Запоріжжі зруйновано будинок.';
    const region = mentionIn(linkMentions(text, areas), 'Запоріжжі');
    expect(region.entityKey).toBe('place:zaporizhzhia-oblast');
    expect(region.candidates[1]!.evidence).toContain('на with the locative: the region, not the town');
    expect(mentionIn(linkMentions(text, areas), 'Запоріжжі', 1).entityKey).toBe('place:zaporizhzhia');
  });
});

describe('linkMentions: a surname alone', () => {
  const people = buildNameIndex([
    entry('person:ivan-fedorov', 'PERSON', ['Ivan Fedorov', 'Іван Федоров']),
    entry('person:mykhailo-fedorov', 'PERSON', ['Mykhailo Fedorov', 'Михайло Федоров']),
    entry('person:dmytro-kuleba', 'PERSON', ['Dmytro Kuleba', 'Kuleba', 'Дмитро Кулеба', 'Кулеба', 'Дмитрий Кулеба']),
    entry('person:oleksii-kuleba', 'PERSON', ['Oleksii Kuleba', 'Олексій Кулеба', 'Алексей Кулеба']),
  ]);
  const keys = (text: string) => linkMentions(text, people).map((m) => [m.text, m.entityKey]);

  it('names the person the article has named in full, in any case form', () => {
    expect(keys('Голова ОВА Іван Федоров повідомив про обстріл. Федоров закликав евакуюватися; за словами Федорова, …')).toEqual([
      ['Іван Федоров', 'person:ivan-fedorov'],
      ['Федоров', 'person:ivan-fedorov'],
      ['Федорова', 'person:ivan-fedorov'],
    ]);
  });

  it('is no mention without the full name, nor after another given name unless that is a title', () => {
    expect(keys('Fedorov said so.')).toEqual([]);
    expect(keys('The envoy, Oleksandr Kuleba, said so.')).toEqual([]);
    expect(keys('Later Minister Kuleba said so.')).toEqual([['Kuleba', 'person:dmytro-kuleba']]);
  });

  it('names the bearer the article names in full, not a better-known one it never names', () => {
    expect(keys('Deputy Prime Minister Oleksii Kuleba visited the port. Kuleba said it works.')).toEqual([
      ['Oleksii Kuleba', 'person:oleksii-kuleba'],
      ['Kuleba', 'person:oleksii-kuleba'],
    ]);
    expect(keys('Вице-премьер Алексей Кулеба посетил порт. Кулеба заявил, что порт работает.')).toEqual([
      ['Алексей Кулеба', 'person:oleksii-kuleba'],
      ['Кулеба', 'person:oleksii-kuleba'],
    ]);
    expect(keys('Віцепрем’єр Олексій Кулеба відвідав порт. Кулеба заявив, що порт працює.')).toEqual([
      ['Олексій Кулеба', 'person:oleksii-kuleba'],
      ['Кулеба', 'person:oleksii-kuleba'],
    ]);
    // The one named in full wins either way.
    expect(keys('Dmytro Kuleba met the envoy. Kuleba said so.')).toEqual([
      ['Dmytro Kuleba', 'person:dmytro-kuleba'],
      ['Kuleba', 'person:dmytro-kuleba'],
    ]);
  });
});

describe('linkMentions: the article’s area', () => {
  const kharkiv = (key: string, name: string, population: number) => town(key, 'UA', 'Kharkiv Oblast', [], [name], population);
  const index = buildNameIndex([
    kharkiv('place:kupiansk', 'Kupiansk', 26_000),
    kharkiv('place:balakliia', 'Balakliia', 26_000),
    kharkiv('place:izium', 'Izium', 45_000),
    kharkiv('place:zolochiv-kharkiv', 'Zolochiv', 7_900),
    town('place:zolochiv-lviv', 'UA', 'Lviv Oblast', [], ['Zolochiv'], 22_600),
  ]);
  const zolochiv = (text: string) => mentionIn(linkMentions(text, index), 'Zolochiv');

  it('takes a homonym in the area where the article’s other places lie, however far apart', () => {
    const m = zolochiv('Strikes hit Kupiansk, Balakliia and Izium overnight.\n\nLater, rescuers worked in Zolochiv.');
    expect(m.entityKey).toBe('place:zolochiv-kharkiv');
    expect(m.evidence).toContain("the article's area: 3 other places named in Kharkiv Oblast");
  });

  it('needs several places of the area, not one', () => {
    const m = zolochiv('Strikes hit Kupiansk and Izium overnight.\n\nLater, rescuers worked in Zolochiv.');
    expect(m.entityKey).toBeNull();
    expect(m.candidates.flatMap((c) => c.evidence).filter((e) => e.startsWith("the article's area"))).toEqual([]);
  });
});

describe('linkMentions: a region’s adjective before a town', () => {
  const homonyms = buildNameIndex([
    place('place:kharkiv-oblast', 'UA', 'Kharkiv Oblast', [], ['Харьковская область', 'Харківська область']),
    place('place:sverdlovsk-oblast', 'RU', 'Sverdlovsk Oblast', [], ['Свердловская область']),
    town('place:vovchansk', 'UA', 'Kharkiv Oblast', ['place:kharkiv-oblast'], ['Волчанск', 'Вовчанськ'], 17_000),
    town('place:volchansk', 'RU', 'Sverdlovsk Oblast', ['place:sverdlovsk-oblast'], ['Волчанск'], 17_000),
  ]);
  const keyOf = (text: string, name: string) => mentionIn(linkMentions(text, homonyms), name).entityKey;

  it('picks the namesake in the region the adjective names, in either language and any case', () => {
    expect(keyOf('Город не связан с харьковским Волчанском ничем.', 'Волчанском')).toBe('place:vovchansk');
    expect(keyOf('Бои идут под харківським Вовчанськом.', 'Вовчанськом')).toBe('place:vovchansk');
  });

  it('leaves the namesakes open without it, and reads no other adjective as a region', () => {
    expect(keyOf('Город не связан с Волчанском ничем.', 'Волчанском')).toBeNull();
    expect(keyOf('Город не связан с промышленным Волчанском ничем.', 'Волчанском')).toBeNull();
  });
});

describe('linkMentions: a bare name many bodies share', () => {
  const oma = (oblast: string, adjective: string) =>
    entry(`org:${oblast}-oma`, 'ORGANIZATION', [`${adjective} ОВА`, 'ОВА'], { country: 'UA' });
  const bodies = buildNameIndex([oma('chernihiv', 'Чернігівська'), oma('sumy', 'Сумська'), oma('kharkiv', 'Харківська')]);

  it('is the one the article has named in full, and stays open when it has named none', () => {
    const later = 'Чернігівська ОВА повідомила про удар. Начальник ОВА з цим не погоджується.';
    expect(linkMentions(later, bodies).map((m) => [m.text, m.entityKey])).toEqual([
      ['Чернігівська ОВА', 'org:chernihiv-oma'],
      ['ОВА', 'org:chernihiv-oma'],
    ]);
    expect(linkMentions('Начальник ОВА з цим не погоджується.', bodies)[0]!.entityKey).toBeNull();
  });
});

describe('linkMentions: the region the article places a town in', () => {
  const region = (key: string, adminArea: string, forms: string[]) => ({ ...place(key, 'UA', adminArea, [], forms), featureCode: 'ADM1' });
  const places = buildNameIndex([
    region('place:kharkiv-oblast', 'Kharkiv Oblast', ['Харьковская область', 'Kharkiv Oblast']),
    region('place:dnipropetrovsk-oblast', 'Dnipropetrovsk Oblast', ['Днепропетровская область']),
    town(
      'place:petropavlivka-dnipro',
      'UA',
      'Dnipropetrovsk Oblast',
      ['place:dnipropetrovsk-oblast'],
      ['Петропавловка', 'Petropavlivka'],
      7_000,
    ),
    town('place:kupiansk', 'UA', 'Kharkiv Oblast', ['place:kharkiv-oblast'], ['Купянск'], 26_000),
  ]);
  const linked = (text: string) => linkMentions(text, places).filter((m) => m.text.startsWith('Петропавлов') || m.text === 'Petropavlivka');

  it('leaves a namesake in another region open, at that mention and at the later ones', () => {
    const found = linked('Войска освободили Петропавловку в Харьковской области. Позже Петропавловка у Купянска снова под обстрелом.');
    expect(found.map((m) => m.entityKey)).toEqual([null, null]);
    expect(found[1]!.candidates[0]!.evidence).toContain('the article places it in place:kharkiv-oblast');
    expect(linked('Shelling hit Petropavlivka in Kharkiv Oblast.')[0]!.entityKey).toBeNull();
  });

  it('links a mention whose own region holds it, and lets such an aside place no other mention', () => {
    const aside = linked('Бои идут за Петропавловку. Её не путать с Петропавловкой Днепропетровской области.');
    expect(aside[1]!.entityKey).toBe('place:petropavlivka-dnipro');
    expect(aside[0]!.candidates[0]!.evidence.some((e) => e.startsWith('the article places it'))).toBe(false);
  });
});

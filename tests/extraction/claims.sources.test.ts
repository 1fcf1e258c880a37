import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';
import { marked } from '../support/marked-text.js';

/** Who reported speech comes from and through whom, in the forms news writes it (issue 11 §2). */
const claimsOf = (source: string, language = 'en'): ExtractedClaim[] => extractClaims(marked(source, language));
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });
const unnamed = (description: string, country: string | null = null) => ({ kind: 'anonymous', description, country });
const newName = (claim: ExtractedClaim | undefined) => (claim?.speaker?.kind === 'new' ? claim.speaker.name.text : null);

describe('extractClaims: bodies and groups that speak unnamed', () => {
  it('describes them as the article does in English, Russian and Ukrainian', () => {
    const en = claimsOf('A café reopened after repairs, its owner said. In Moscow, the defence ministry said units had taken the village.');
    expect(en.map((c) => c.speaker)).toEqual([unnamed('its owner'), unnamed('the defence ministry')]);
    const ru = claimsOf(
      'По данным полиции, в акции участвовали двести человек. Организаторы заявили, что протестующие требовали освободить пленных.',
      'ru',
    );
    expect(ru.map((c) => c.speaker)).toEqual([unnamed('полиции'), unnamed('Организаторы')]);
    const uk = claimsOf('Евакуація з прифронтових сіл триває, повідомили в обласній адміністрації.', 'uk');
    expect(uk.map((c) => c.speaker)).toEqual([unnamed('обласній адміністрації')]);
  });

  it('reads a closing speaker past a clause about them, before or after the verb', () => {
    const en = claimsOf(
      'The attack killed two people, the official, who spoke on condition of anonymity, said. ' +
        'The town had fallen, a Western official, speaking on condition of anonymity, said. ' +
        'Drones attacked Odesa, hitting warehouses, Governor [[Oleh Kiper|person:oleh-kiper]] said.',
    );
    expect(en.map((c) => [c.segments[0]!.text, c.speaker])).toEqual([
      ['The attack killed two people', unnamed('the official')],
      ['The town had fallen', unnamed('a Western official')],
      ['Drones attacked Odesa, hitting warehouses', entity('person:oleh-kiper')],
    ]);
    const ru = claimsOf('Удар пришёлся по складу, сообщил источник, пожелавший остаться неназванным.', 'ru');
    const uk = claimsOf('Двоє людей загинули, повідомив голова ОВА.', 'uk');
    expect([...ru, ...uk].map((c) => c.speaker)).toEqual([unnamed('источник'), unnamed('голова ОВА')]);
  });

  it('describes the military, air forces and media as speakers, a role word before another being its modifier', () => {
    const en = claimsOf(
      'The military said two drones were shot down. A senior military official said the town had fallen. ' +
        'Russian state media reported that the town had fallen.',
    );
    expect(en.map((c) => c.speaker)).toEqual([
      unnamed('the military'),
      unnamed('a senior military official'),
      unnamed('Russian state media', 'RU'),
    ]);
  });

  it('reads past a relative clause describing the speaker, and takes the country of a Russian demonym noun', () => {
    const en = claimsOf('Andrii Besedin, who heads the town’s military administration, said fewer than 800 residents remained.');
    expect(newName(en[0])).toBe('Andrii Besedin');
    const uk = claimsOf('За словами волонтерів, які допомагають постраждалим, люди залишилися без тепла.', 'uk');
    expect(uk.map((c) => [c.segments[0]!.text, c.speaker])).toEqual([['люди залишилися без тепла.', unnamed('волонтерів')]]);
    const ru = claimsOf('Россиянин из [[Энгельса|place:engels-saratov-ru]] рассказал, что в городе спокойно.', 'ru');
    expect(ru[0]!.speaker).toEqual(unnamed('Россиянин из Энгельса', 'RU'));
  });

  it('makes a modified role opening a Russian or Ukrainian sentence someone new, not the last speaker', () => {
    const uk = claimsOf(
      '[[Генштаб ЗСУ|org:general-staff-ua]] заявив, що бої тривають. Американський посадовець розповів [[Reuters|org:reuters|OUTLET]], що знімки цього не підтверджують.',
      'uk',
    );
    expect(uk[1]!.speaker).toEqual(unnamed('Американський посадовець', 'US'));
    const ru = claimsOf(
      '[[Песков|person:dmitry-peskov]] заявил, что бои идут. Западный военный атташе сказал, что снимки этого не подтверждают.',
      'ru',
    );
    expect(ru[1]!.speaker).toEqual(unnamed('Западный военный атташе'));
  });
});

describe('extractClaims: channels', () => {
  it('reads platforms as channels with no organization', () => {
    const en = claimsOf('[[Syniehubov|person:oleh-syniehubov]] said on Telegram that two drones hit the city.');
    const ru = claimsOf('[[Гладков|person:vyacheslav-gladkov]] написал в своём Telegram-канале, что пострадавших нет.', 'ru');
    const uk = claimsOf('[[Лисак|person:serhii-lysak]] написав у телеграмі, що пожежу загасили.', 'uk');
    expect([...en, ...ru, ...uk].map((c) => c.via)).toEqual([
      { description: 'on Telegram', entityKey: null },
      { description: 'в своём Telegram-канале', entityKey: null },
      { description: 'у телеграмі', entityKey: null },
    ]);
  });

  it('reads an outlet after what it is ("агентству Франс Пресс") and after a plural verb ("заявили Интерфаксу")', () => {
    const ru = claimsOf(
      '[[Тихановская|person:sviatlana-tsikhanouskaya]] заявила агентству [[Франс Пресс|org:afp|OUTLET]], что переговоры ничего не дали. ' +
        'Представители [[МАГАТЭ|org:iaea]] заявили [[Интерфаксу|org:interfax|OUTLET]], что следят за ситуацией.',
      'ru',
    );
    expect(ru.map((c) => [c.speaker, c.via?.entityKey])).toEqual([
      [entity('person:sviatlana-tsikhanouskaya'), 'org:afp'],
      [entity('org:iaea'), 'org:interfax'],
    ]);
    const uk = claimsOf('[[Жданов|person:oleh-zhdanov]] розповів виданню [[Reuters|org:reuters|OUTLET]], що оборона тримається.', 'uk');
    expect(uk[0]!.via).toEqual({ description: 'розповів виданню Reuters', entityKey: 'org:reuters' });
  });

  it('carries a channel over to the same speaker’s next claims, until another speaker comes', () => {
    const ru = claimsOf(
      '«Город взят», — сказал [[ТАСС|org:tass|OUTLET]] эксперт [[Александр Степанян|person:alexander-stepanyan]]. По его словам, бои закончились.\n\n' +
        '— Противник бежал, — добавил эксперт. [[Песков|person:dmitry-peskov]] заявил, что президенту доложили.',
      'ru',
    );
    const tass = { description: 'сказал ТАСС', entityKey: 'org:tass' };
    expect(ru.map((c) => c.via)).toEqual([tass, tass, tass, null]);
    const en = claimsOf(
      'Speaking to [[TASS|org:tass|OUTLET]], [[Stepanyan|person:alexander-stepanyan]] said the town had fallen. "It was a matter of time," he said.',
    );
    expect(en.map((c) => c.via?.entityKey)).toEqual(['org:tass', 'org:tass']);
  });

  it('makes an outlet that reports something alone its channel, with no speaker, whether it relays a quote or a report', () => {
    const uk = claimsOf('У Вовчанську тривають обстріли, повідомило [[Укрінформ|org:ukrinform|OUTLET]].', 'uk');
    expect(uk.map((c) => [c.segments[0]!.text, c.speaker, c.via])).toEqual([
      ['У Вовчанську тривають обстріли', null, { description: 'повідомило Укрінформ', entityKey: 'org:ukrinform' }],
    ]);
    const ru = claimsOf(
      'Над областью сбиты 12 беспилотников, сообщает [[ТАСС|org:tass|OUTLET]]. «Ответ будет», — передает [[ТАСС|org:tass|OUTLET]].',
      'ru',
    );
    expect(ru.map((c) => [c.speaker, c.via?.entityKey ?? null])).toEqual([
      [null, 'org:tass'],
      [null, 'org:tass'],
    ]);
  });

  it('makes an outlet that is the speech verb’s subject the channel, and the source it cites the speaker', () => {
    const en = claimsOf(
      'A pumping station near Siversk was hit again, [[Ukrainska Pravda|org:ukrainska-pravda|OUTLET]] reported. ' +
        '[[Reuters|org:reuters|OUTLET]], citing two officials, reported that the talks had stalled.',
    );
    expect(en.map((c) => [c.speaker, c.via])).toEqual([
      [null, { description: 'Ukrainska Pravda reported', entityKey: 'org:ukrainska-pravda' }],
      [unnamed('two officials'), { description: 'Reuters, citing two officials, reported', entityKey: 'org:reuters' }],
    ]);
  });

  it('makes a body heading "according to" its speaker, and an outlet there the channel', () => {
    const en = claimsOf(
      'Airports in Pskov suspended flights, according to [[Rosaviatsia|org:rosaviatsia]]. ' +
        'Near Kamianske two assaults were repelled, according to the [[General Staff|org:general-staff-ua]] in Kyiv. ' +
        'Three more were repelled near Siversk, according to [[Ukraine|place:ukraine]]’s [[General Staff|org:general-staff-ua]]. ' +
        'The port was struck again, according to [[Interfax|org:interfax|OUTLET]].',
    );
    expect(en.map((c) => [c.speaker, c.via?.entityKey ?? null])).toEqual([
      [entity('org:rosaviatsia'), null],
      [entity('org:general-staff-ua'), null],
      [entity('org:general-staff-ua'), null],
      [null, 'org:interfax'],
    ]);
  });

  it('keeps a body that is not an outlet the speaker after the same verbs ("сообщило Минобороны", "повідомив Генштаб")', () => {
    const ru = claimsOf('Над Брянской областью сбиты 12 беспилотников, сообщило [[Минобороны|org:ministry-of-defence-ru]].', 'ru');
    expect(ru.map((c) => [c.speaker, c.via])).toEqual([[entity('org:ministry-of-defence-ru'), null]]);
    const uk = claimsOf('Ворог 12 разів штурмував позиції біля Куп’янська, повідомляє [[Генштаб|org:general-staff-ua]].', 'uk');
    expect(uk.map((c) => [c.speaker, c.via])).toEqual([[entity('org:general-staff-ua'), null]]);
    const told = claimsOf('[[Zelensky|person:volodymyr-zelensky]] told [[NATO|org:nato]] that air defence was the priority.');
    expect(told.map((c) => [c.speaker, c.via])).toEqual([[entity('person:volodymyr-zelensky'), null]]);
  });
});

describe('extractClaims: the country of an unnamed speaker from a country named in the description', () => {
  it('reads "Authorities in Romania", "Власти Молдавии", "Влада Польщі" as of that country', () => {
    expect(claimsOf('Fragments of a drone were found in a field, Authorities in Romania said.')[0]!.speaker).toEqual(
      unnamed('Authorities in Romania', 'RO'),
    );
    expect(claimsOf('Власти [[Молдавии|place:moldova]] заявили, что газа хватит до весны.', 'ru')[0]!.speaker).toEqual(
      unnamed('Власти Молдавии', 'MD'),
    );
    expect(claimsOf('Влада [[Польщі|place:country-pl]] заявила, що кордон працює.', 'uk')[0]!.speaker).toEqual(
      unnamed('Влада Польщі', 'PL'),
    );
  });
});

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
      '[[Генштаб ЗСУ|org:general-staff-ua]] заявив, що бої тривають. Американський посадовець розповів [[Reuters|org:reuters]], що знімки цього не підтверджують.',
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

describe('extractClaims: names beside places and titles', () => {
  it('reads a pronoun the linker left ambiguous as a pronoun', () => {
    const ru = claimsOf('[[Песков|person:dmitry-peskov]] заявил, что встреча прошла. [[Он|?]] добавил, что заявления не будет.', 'ru');
    expect(ru.map((c) => c.speaker)).toEqual([entity('person:dmitry-peskov'), entity('person:dmitry-peskov')]);
  });

  it('takes a country for the speaker across an auxiliary, with imperfective verbs', () => {
    const en = claimsOf('[[Kyiv|place:kyiv-ua]] has repeatedly denied that its troops withdrew.');
    const ru = claimsOf('[[Киев|place:kyiv-ua]] ранее заявлял, что войска не отходили.', 'ru');
    const uk = claimsOf('[[Росія|place:russia]] також заперечує, що атакує цивільних.', 'uk');
    expect([...en, ...ru, ...uk].map((c) => c.speaker)).toEqual([entity('place:kyiv-ua'), entity('place:kyiv-ua'), entity('place:russia')]);
  });

  it('takes no place after a preposition for the speaker', () => {
    const ru = claimsOf(
      'Министр [[Андрей Белоусов|person:andrey-belousov]] на совещании в [[Москве|place:moscow-ru]] заявил, что темпы выросли.',
      'ru',
    );
    const uk = claimsOf(
      'Прем’єр [[Юлія Свириденко|person:yulia-svyrydenko]] у [[Києві|place:kyiv-ua]] заявила, що уряд виділить кошти.',
      'uk',
    );
    const en = claimsOf('[[Umerov|person:rustem-umerov]] in [[Kyiv|place:kyiv-ua]] said the talks went on.');
    expect([...ru, ...uk, ...en].map((c) => c.speaker)).toEqual([
      entity('person:andrey-belousov'),
      entity('person:yulia-svyrydenko'),
      entity('person:rustem-umerov'),
    ]);
  });

  it('reads an organization before a name the linker does not know as that person’s title', () => {
    const uk = claimsOf('Як заявив речник [[ОСУВ «Таврія»|org:osg-tavria]] Дмитро Лиховій, ворог втратив сорок одиниць техніки.', 'uk');
    const ru = claimsOf(
      'Представитель [[ОСГВ «Хортица»|org:osg-khortytsia]] Виктор Трегубов назвал сообщения «информационной операцией».',
      'ru',
    );
    const en = claimsOf('[[Navy|org:navy-ua]] spokesman Dmytro Pletenchuk said that two ships were hit.');
    expect([uk, ru, en].map((claims) => newName(claims[0]))).toEqual(['Дмитро Лиховій', 'Виктор Трегубов', 'Dmytro Pletenchuk']);
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
      '[[Тихановская|person:sviatlana-tsikhanouskaya]] заявила агентству [[Франс Пресс|org:afp]], что переговоры ничего не дали. ' +
        'Представители [[МАГАТЭ|org:iaea]] заявили [[Интерфаксу|org:interfax]], что следят за ситуацией.',
      'ru',
    );
    expect(ru.map((c) => [c.speaker, c.via?.entityKey])).toEqual([
      [entity('person:sviatlana-tsikhanouskaya'), 'org:afp'],
      [entity('org:iaea'), 'org:interfax'],
    ]);
    const uk = claimsOf('[[Жданов|person:oleh-zhdanov]] розповів виданню [[Reuters|org:reuters]], що оборона тримається.', 'uk');
    expect(uk[0]!.via).toEqual({ description: 'розповів виданню Reuters', entityKey: 'org:reuters' });
  });

  it('carries a channel over to the same speaker’s next claims, until another speaker comes', () => {
    const ru = claimsOf(
      '«Город взят», — сказал [[ТАСС|org:tass]] эксперт [[Александр Степанян|person:alexander-stepanyan]]. По его словам, бои закончились.\n\n' +
        '— Противник бежал, — добавил эксперт. [[Песков|person:dmitry-peskov]] заявил, что президенту доложили.',
      'ru',
    );
    const tass = { description: 'сказал ТАСС', entityKey: 'org:tass' };
    expect(ru.map((c) => c.via)).toEqual([tass, tass, tass, null]);
    const en = claimsOf(
      'Speaking to [[TASS|org:tass]], [[Stepanyan|person:alexander-stepanyan]] said the town had fallen. "It was a matter of time," he said.',
    );
    expect(en.map((c) => c.via?.entityKey)).toEqual(['org:tass', 'org:tass']);
  });

  it('makes an outlet that alone reports something its speaker, but never of a quote it relays', () => {
    const uk = claimsOf('У Вовчанську тривають обстріли, повідомило [[Укрінформ|org:ukrinform]].', 'uk');
    expect(uk.map((c) => [c.speaker, c.via])).toEqual([[entity('org:ukrinform'), null]]);
    const ru = claimsOf(
      'Над областью сбиты 12 беспилотников, сообщает [[ТАСС|org:tass]]. «Ответ будет», — передает [[ТАСС|org:tass]].',
      'ru',
    );
    expect(ru.map((c) => [c.speaker, c.via?.entityKey ?? null])).toEqual([
      [entity('org:tass'), null],
      [null, 'org:tass'],
    ]);
  });
});

describe('extractClaims: Russian and Ukrainian titles and names the linker does not know', () => {
  it('describes a role with its genitive ("главы района", "мер міста") unless a name follows, and leaves the addressee out', () => {
    const ru = claimsOf('По словам главы района, обстрел продолжался всю ночь. Дома повреждены, заявил журналистам мэр города.', 'ru');
    expect(ru.map((c) => c.speaker)).toEqual([unnamed('главы района'), unnamed('мэр города')]);
    const uk = claimsOf('Як повідомив мер міста, світла немає.', 'uk');
    expect(uk.map((c) => c.speaker)).toEqual([unnamed('мер міста')]);
  });

  it('describes a role with the place it belongs to when no name follows, while a body’s representatives speak for it', () => {
    const ru = claimsOf(
      'Губернатор [[Белгородской области|place:belgorod-oblast-ru]] сообщил, что пострадавших нет. ' +
        'Представители [[МАГАТЭ|org:iaea]] заявили, что следят за ситуацией. ' +
        'Мэр [[Москвы|place:moscow-ru]] Сергей Собянин сообщил, что дроны сбиты.',
      'ru',
    );
    expect(ru.map((c) => (c.speaker?.kind === 'new' ? c.speaker.name.text : c.speaker))).toEqual([
      unnamed('Губернатор Белгородской области'),
      entity('org:iaea'),
      'Сергей Собянин',
    ]);
  });

  it('makes an abbreviation the linker does not know a new organization', () => {
    const ru = claimsOf('В МЧС сообщили, что пожар потушен.', 'ru');
    const uk = claimsOf('Пожежу загасили, повідомили у ДСНС.', 'uk');
    expect([...ru, ...uk].map((c) => c.speaker)).toEqual([
      { kind: 'new', name: { start: 2, end: 5, text: 'МЧС' }, entityKind: 'ORGANIZATION' },
      { kind: 'new', name: { start: 30, end: 34, text: 'ДСНС' }, entityKind: 'ORGANIZATION' },
    ]);
  });

  it('takes a first name and surname (and a patronymic between) for a new name, the words before it for its title', () => {
    const uk = claimsOf('Начальник Харківської ОВА Олег Синєгубов заявив, що обстріл тривав усю ніч.', 'uk');
    expect(uk.map((c) => [newName(c), c.role])).toEqual([['Олег Синєгубов', 'Начальник Харківської ОВА']]);
    const ru = claimsOf(
      'Мэр Белгорода Валентин Демидов сообщил, что отопление восстановлено. Губернатор Александр Васильевич Богомаз заявил, что пострадавших нет.',
      'ru',
    );
    expect(ru.map(newName)).toEqual(['Валентин Демидов', 'Александр Васильевич Богомаз']);
  });
});

import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';
import { marked } from '../support/marked-text.js';

/**
 * Round 9 of issue 11: Russian and Ukrainian grammar of attribution — source phrases with a
 * possessive, replies, deputies' titles, "one of", a diplomat referred back to, and summaries set out
 * as lists (every sentence is test material, not news).
 */
const claimsOf = (source: string, language: string): ExtractedClaim[] => extractClaims(marked(source, language));
const quotes = (source: string, language: string) => claimsOf(source, language).map((c) => c.segments.map((s) => s.text).join(' … '));
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });

describe('extractClaims: a source phrase takes a possessive between its preposition and noun', () => {
  it('reads "по ее оценке", "на його думку", "за їхньою оцінкою" opening a sentence, as the speaker named before', () => {
    const ru = claimsOf(
      'Экономист [[Ольга Седова|person:test-olga-sedova]] выступила на форуме. По ее оценке, цены на газ вырастут к весне.',
      'ru',
    );
    expect(ru.map((c) => [c.segments[0]!.text, c.speaker])).toEqual([['цены на газ вырастут к весне.', entity('person:test-olga-sedova')]]);
    const uk = claimsOf(
      'Аналітик [[Петро Гнатюк|person:test-petro-hnatiuk]] виступив на форумі. На його думку, ціни на газ зростуть до весни.',
      'uk',
    );
    expect(uk.map((c) => [c.segments[0]!.text, c.speaker])).toEqual([
      ['ціни на газ зростуть до весни.', entity('person:test-petro-hnatiuk')],
    ]);
    expect(quotes('Волонтери повідомили, що зібрали гроші. За їхньою оцінкою, ремонт школи триватиме місяць.', 'uk')).toEqual([
      'зібрали гроші.',
      'ремонт школи триватиме місяць.',
    ]);
  });

  it('reads one between two commas, interrupting what was said', () => {
    const [claim] = claimsOf(
      'Мэр [[Иван Лаптев|person:test-ivan-laptev]] осмотрел мост. Ремонт моста, по его мнению, займет два месяца.',
      'ru',
    );
    expect(claim!.segments.map((s) => s.text)).toEqual(['Ремонт моста', 'займет два месяца.']);
    expect(claim!.speaker).toEqual(entity('person:test-ivan-laptev'));
  });
});

describe('extractClaims: a reply reports what was said', () => {
  it('reads "ответил, что", "відповів, що"', () => {
    expect(quotes('Глава района ответил, что школы откроются в понедельник.', 'ru')).toEqual(['школы откроются в понедельник.']);
    expect(quotes('Мер відповів, що школи відкриються в понеділок.', 'uk')).toEqual(['школи відкриються в понеділок.']);
  });

  it('reads no claim in a sentence that introduces a reply with a colon', () => {
    expect(quotes('На вопрос, откроются ли школы в понедельник, он ответил:', 'ru')).toEqual([]);
  });

  it('reads the Ukrainian imperfect "заперечував, що" as a denial', () => {
    const [claim] = claimsOf('Міністр раніше заперечував, що склад пошкоджено.', 'uk');
    expect(claim!.segments[0]!.text).toBe('склад пошкоджено.');
    expect(claim!.flags).toEqual(['INDIRECT', 'DENIAL']);
  });
});

describe('extractClaims: speakers by their title', () => {
  it('takes a deputy’s title for a role: "Вице-премьер", "Віцепрем’єр" refer back to the deputy named before', () => {
    const ru = claimsOf(
      'Вице-премьер [[Олег Титов|person:test-oleg-titov]] посетил порт.\n\nВице-премьер также заявил, что порт примет суда в январе.',
      'ru',
    );
    expect(ru.map((c) => c.speaker)).toEqual([entity('person:test-oleg-titov')]);
    const uk = claimsOf(
      "Віцепрем'єр [[Олег Титов|person:test-oleg-titov]] відвідав порт.\n\nВіцепрем'єр також заявив, що порт прийматиме судна в січні.",
      'uk',
    );
    expect(uk.map((c) => c.speaker)).toEqual([entity('person:test-oleg-titov')]);
  });

  it('reads "one of" as someone new, not the last speaker: "Представитель одной из компаний", "Представник одного з перевізників"', () => {
    const ru = claimsOf(
      'Глава порта [[Олег Титов|person:test-oleg-titov]] заявил, что порт работает. Представитель одной из компаний подтвердил, что суда ждут на рейде.',
      'ru',
    );
    expect(ru[1]!.speaker).toMatchObject({ kind: 'anonymous' });
    const uk = claimsOf(
      'Голова порту [[Олег Титов|person:test-oleg-titov]] заявив, що порт працює. Представник одного з перевізників підтвердив, що судна чекають на рейді.',
      'uk',
    );
    expect(uk[1]!.speaker).toMatchObject({ kind: 'anonymous' });
  });

  it('takes "the diplomat" for the speaker of a foreign ministry or an embassy named before', () => {
    const ru = claimsOf(
      'Официальный представитель МИД [[Эстонии|place:country-ee]] [[Анна Вийк|person:test-anna-viik]] выступила на брифинге.\n\n— Мы не закроем границу, — сказала дипломат.',
      'ru',
    );
    expect(ru.map((c) => c.speaker)).toEqual([entity('person:test-anna-viik')]);
    const en = claimsOf(
      'Ambassador [[Jan Berg|person:test-jan-berg]] met the minister on Monday.\n\n“We will not close the border,” the diplomat said.',
      'en',
    );
    expect(en.map((c) => c.speaker)).toEqual([entity('person:test-jan-berg')]);
  });
});

describe('extractClaims: a summary set out as a list after a colon', () => {
  it('reads each item as said by the introduction’s speaker, with its channel, in the three conventions', () => {
    const en = claimsOf(
      'In his evening post on Telegram, [[Ivan Moroz|person:test-ivan-moroz]] listed the damage:\n\n- Dubky: a drone hit a barn.\n- Lisne: two houses lost their windows.',
      'en',
    );
    expect(en.map((c) => [c.segments[0]!.text, c.speaker, c.via?.description])).toEqual([
      ['Dubky: a drone hit a barn.', entity('person:test-ivan-moroz'), 'on Telegram'],
      ['Lisne: two houses lost their windows.', entity('person:test-ivan-moroz'), 'on Telegram'],
    ]);
    const ru = claimsOf(
      'Губернатор [[Иван Мороз|person:test-ivan-moroz]] провел совещание. Главное из его заявлений:\n\n• Дубки: дрон попал в сарай.\n• Лесное: в двух домах выбиты окна.',
      'ru',
    );
    expect(ru.map((c) => c.speaker)).toEqual([entity('person:test-ivan-moroz'), entity('person:test-ivan-moroz')]);
    const uk = claimsOf(
      'Наслідки атаки — головне з повідомлень губернатора [[Івана Мороза|person:test-ivan-moroz]] у телеграмі:\n\n- У Дубках дрон влучив у сарай.\n- У Лісному в двох будинках вибито вікна.',
      'uk',
    );
    expect(uk.map((c) => [c.segments[0]!.text, c.speaker, c.via?.description])).toEqual([
      ['У Дубках дрон влучив у сарай.', entity('person:test-ivan-moroz'), 'у телеграмі'],
      ['У Лісному в двох будинках вибито вікна.', entity('person:test-ivan-moroz'), 'у телеграмі'],
    ]);
  });

  it('keeps a quote inside an item, said by the introduction’s speaker', () => {
    const ru = claimsOf(
      'Главное из заявлений [[Ивана Мороза|person:test-ivan-moroz]]:\n\n• Мосты: ремонт «займет всю зиму».\n• Школы: занятия пройдут онлайн.',
      'ru',
    );
    expect(ru.map((c) => [c.segments[0]!.text, c.speaker])).toEqual([
      ['займет всю зиму', entity('person:test-ivan-moroz')],
      ['Школы: занятия пройдут онлайн.', entity('person:test-ivan-moroz')],
    ]);
  });

  it('reads one dashed paragraph after a colon as a reply, not a list', () => {
    const uk = claimsOf('[[Іван Мороз|person:test-ivan-moroz]] сказав:\n\n— Ми відновимо міст до весни.', 'uk');
    expect(uk.map((c) => [c.segments[0]!.text, c.flags])).toEqual([['Ми відновимо міст до весни.', []]]);
  });
});

describe('extractClaims: what a denial denies, and a quote’s attribution between dashes inside its marks', () => {
  it('takes what the reports said for what is denied: "опровергли сообщения … о …", "спростував інформацію про …"', () => {
    const [ru] = claimsOf('В пресс-службе завода опровергли сообщения местных телеграм-каналов о пожаре на складе.', 'ru');
    expect([ru!.segments[0]!.text, ru!.flags]).toEqual(['пожаре на складе.', ['INDIRECT', 'DENIAL']]);
    const [uk] = claimsOf('Мер спростував інформацію анонімних каналів про евакуацію лікарні.', 'uk');
    expect(uk!.segments[0]!.text).toBe('евакуацію лікарні.');
  });

  it('keeps an adverb before the verb out of a role: "Губернатор также опроверг" refers back to the governor', () => {
    const claims = claimsOf(
      'Губернатор [[Иван Мороз|person:test-ivan-moroz]] сообщил, что пожар потушен. Губернатор также опроверг сообщения о жертвах среди жителей.',
      'ru',
    );
    expect(claims.map((c) => c.speaker)).toEqual([entity('person:test-ivan-moroz'), entity('person:test-ivan-moroz')]);
  });

  it('describes "one of" with its group: "Представник одного з турецьких судновласників"', () => {
    const [claim] = claimsOf('Представник одного з турецьких судновласників підтвердив, що ставки зросли вдвічі.', 'uk');
    expect(claim!.speaker).toEqual({ kind: 'anonymous', description: 'Представник одного з турецьких судновласників', country: 'TR' });
  });

  it('splits «…, — пояснює X. — …» into one quote of two pieces, with the speaker between them', () => {
    const [uk] = claimsOf('«Порт працює, — пояснює [[Іван Мороз|person:test-ivan-moroz]]. — Судна заходять щодня».', 'uk');
    expect(uk!.segments.map((s) => s.text)).toEqual(['Порт працює,', 'Судна заходять щодня']);
    expect(uk!.speaker).toEqual(entity('person:test-ivan-moroz'));
    const [ru] = claimsOf('«Порт работает, — поясняет [[Иван Мороз|person:test-ivan-moroz]]. — Суда заходят каждый день».', 'ru');
    expect(ru!.segments.map((s) => s.text)).toEqual(['Порт работает,', 'Суда заходят каждый день']);
    expect(ru!.speaker).toEqual(entity('person:test-ivan-moroz'));
  });

  it('leaves a dash inside a quote alone when no speech verb stands between the dashes', () => {
    const [ru] = claimsOf('«Задача на зиму, — это мост. — И дорога», — сказал [[Иван Мороз|person:test-ivan-moroz]].', 'ru');
    expect(ru!.segments.map((s) => s.text)).toEqual(['Задача на зиму, — это мост. — И дорога']);
  });
});

describe('extractClaims: a second speaker in one sentence, and an outlet relaying what was said', () => {
  it('ends what was said before ", а <subject> <verb>" and gives the second clause its own speaker', () => {
    const ru = claimsOf(
      'В [[Генштабе ВСУ|org:general-staff-ua]] утверждают, что село остается под контролем армии, а местные телеграм-каналы сообщили, что бои идут на окраине.',
      'ru',
    );
    expect(ru.map((c) => [c.segments[0]!.text, c.speaker])).toEqual([
      ['село остается под контролем армии', entity('org:general-staff-ua')],
      ['бои идут на окраине.', { kind: 'anonymous', description: 'местные телеграм-каналы', country: null }],
    ]);
    const uk = claimsOf(
      'У [[Генштабі ЗСУ|org:general-staff-ua]] заявили, що село під контролем армії, а мешканці розповіли, що бої точаться на околиці.',
      'uk',
    );
    expect(uk.map((c) => c.speaker)).toEqual([
      entity('org:general-staff-ua'),
      { kind: 'anonymous', description: 'мешканці', country: null },
    ]);
  });

  it('keeps the first speaker for a second verb with no subject of its own: ", и добавил, что …"', () => {
    const ru = claimsOf('[[Иван Мороз|person:test-ivan-moroz]] заявил, что мост цел, и добавил, что ремонт дороги начнется весной.', 'ru');
    expect(ru.map((c) => c.speaker)).toEqual([entity('person:test-ivan-moroz'), entity('person:test-ivan-moroz')]);
  });

  it('reads a closing ", передает ТАСС" as the channel, not as what was said', () => {
    const [ru] = claimsOf(
      '[[Иван Мороз|person:test-ivan-moroz]] сообщил о пожаре на складе горючего, передает [[ТАСС|org:tass|OUTLET]].',
      'ru',
    );
    expect([ru!.segments[0]!.text, ru!.via]).toEqual([
      'пожаре на складе горючего',
      { description: 'передает ТАСС', entityKey: 'org:tass' },
    ]);
    const [uk] = claimsOf(
      '[[Іван Мороз|person:test-ivan-moroz]] заявив, що склад пошкоджено, повідомляє [[Укрінформ|org:ukrinform|OUTLET]].',
      'uk',
    );
    expect([uk!.segments[0]!.text, uk!.via?.entityKey]).toEqual(['склад пошкоджено', 'org:ukrinform']);
  });
});

describe('extractClaims: a name and a colon, an adverb before a surname, the head of a body', () => {
  it('reads "Name: …" opening a sentence as what that person said, and no place so', () => {
    const uk = claimsOf('[[Іван Мороз|person:test-ivan-moroz]]: загрози наступу з півночі зараз немає.', 'uk');
    expect(uk.map((c) => [c.segments[0]!.text, c.speaker])).toEqual([
      ['загрози наступу з півночі зараз немає.', entity('person:test-ivan-moroz')],
    ]);
    const ru = claimsOf('[[Иван Мороз|person:test-ivan-moroz]]: мост откроют к весне.', 'ru');
    expect(ru.map((c) => c.speaker)).toEqual([entity('person:test-ivan-moroz')]);
    expect(quotes('[[Харьков|place:test-kharkiv]]: ночью было тихо.', 'ru')).toEqual([]);
  });

  it('keeps an adverb opening the sentence out of a name: "Позднее Бочаров уточнил", "Згодом Мороз додав"', () => {
    const ru = claimsOf(
      'Губернатор Андрей Бочаров сообщил, что пожар потушен.\n\nПозднее Бочаров уточнил, что еще один дрон сбит над городом.',
      'ru',
    );
    expect(ru.map((c) => c.speaker)).toEqual([ru[0]!.speaker, ru[0]!.speaker]);
    expect(ru[0]!.speaker).toMatchObject({ kind: 'new', name: { text: 'Андрей Бочаров' } });
    const uk = claimsOf('Мер Іван Мороз повідомив, що пожежу загашено.\n\nЗгодом Мороз додав, що ще один дрон збили над містом.', 'uk');
    expect(uk[1]!.speaker).toEqual(uk[0]!.speaker);
  });

  it('takes "Голова ОВА" for the person heading the body, named before', () => {
    const uk = claimsOf(
      'Начальник [[Одеської ОВА|org:odesa-oma]] [[Олег Кіпер|person:oleh-kiper]] повідомив, що поранено двох людей. Голова [[ОВА|org:odesa-oma]] відповів, що у порту немає військових об’єктів.',
      'uk',
    );
    expect(uk.map((c) => c.speaker)).toEqual([entity('person:oleh-kiper'), entity('person:oleh-kiper')]);
  });
});

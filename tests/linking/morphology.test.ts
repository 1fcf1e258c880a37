import { beforeAll, describe, expect, it } from 'vitest';

import { buildNameIndex, linkMentions, type NameIndex } from '../../src/linking/linker.js';
import { graphGazetteer } from '../support/graph-gazetteer.js';
import { entry, place } from './gazetteer.fixture.js';

/** Names whose case forms the issue lists, one entity each so that no context is needed. */
const index = buildNameIndex([
  place('place:kyiv', 'UA', 'Kyiv', [], ['Киев', 'Київ']),
  place('place:kharkiv', 'UA', 'Kharkiv Oblast', [], ['Харьков', 'Харків']),
  place('place:pokrovsk', 'UA', 'Donetsk Oblast', [], ['Покровск', 'Покровськ']),
  place('place:pokrovske', 'UA', 'Dnipropetrovsk Oblast', [], ['Покровское', 'Покровське']),
  place('place:donetsk', 'UA', 'Donetsk Oblast', [], ['Донецк', 'Донецьк']),
  place('place:donetsk-oblast', 'UA', 'Donetsk Oblast', [], ['Донецкая область', 'Донецька область']),
  place('place:kherson', 'UA', 'Kherson Oblast', [], ['Херсон']),
  place('place:russia', 'RU', null, [], ['Россия', 'Росія']),
  place('place:ukraine', 'UA', null, [], ['Украина', 'Україна']),
  place('place:moscow', 'RU', 'Moscow', [], ['Москва']),
  place('place:donbas', 'UA', null, [], ['Донбасс', 'Донбас']),
  place('place:dnipro', 'UA', 'Dnipropetrovsk Oblast', [], ['Дніпро', 'Днепр']),
  place('place:rome', 'IT', 'Lazio', [], ['Рим']),
  place('place:huliaipole', 'UA', 'Zaporizhzhia Oblast', [], ['Гуляйполе']),
  place('place:is', 'RU', 'Sverdlovsk Oblast', [], ['Ис']),
  place('place:valuyki', 'RU', 'Belgorod Oblast', [], ['Валуйки']),
  place('place:oleshky', 'UA', 'Kherson Oblast', [], ['Олешки']),
  place('place:chasiv-yar', 'UA', 'Donetsk Oblast', [], ['Часов Яр', 'Часів Яр']),
  place('place:dzhankoi', 'UA', 'Crimea', [], ['Джанкой']),
  place('place:yelets', 'RU', 'Lipetsk Oblast', [], ['Елец']),
  place('place:synelnykove', 'UA', 'Dnipropetrovsk Oblast', [], ['Синельникове']),
  place('place:poland', 'PL', null, [], ['Польша', 'Польща']),
  place('place:chernivtsi', 'UA', 'Chernivtsi Oblast', [], ['Чернівці']),
  place('place:horishni-plavni', 'UA', 'Poltava Oblast', [], ['Горішні Плавні']),
  place('place:shebekino', 'RU', 'Belgorod Oblast', [], ['Шебекино']),
  entry('person:lubinets', 'PERSON', ['Дмитрий Лубинец', 'Дмитро Лубінець', 'Лубинец', 'Лубінець']),
  entry('org:ground-forces', 'ORGANIZATION', ['Сухопутные войска', 'Сухопутні війська']),
  entry('person:putin', 'PERSON', ['Владимир Путин', 'Путин', 'Путін']),
  entry('person:terekhov', 'PERSON', ['Ihor Terekhov', 'Ігор Терехов', 'Игорь Терехов']),
  entry('person:zelensky', 'PERSON', ['Зеленский', 'Зеленський']),
  entry('person:shoigu', 'PERSON', ['Шойгу']),
  entry('person:kallas', 'PERSON', ['Кая Каллас']),
  entry('org:afu', 'ORGANIZATION', ['Вооружённые силы Украины', 'Збройні сили України']),
  place('place:oryol', 'RU', 'Oryol Oblast', [], ['Орёл']),
  place('place:ovruch', 'UA', 'Zhytomyr Oblast', [], ['Овруч']),
  place('place:kryvyi-rih', 'UA', 'Dnipropetrovsk Oblast', [], ['Кривий Ріг', 'Кривой Рог']),
]);

const linked = (text: string) => linkMentions(text, index).map((m) => [m.text, m.entityKey]);

describe('linkMentions: Russian and Ukrainian case forms', () => {
  it.each([
    ['Киева', 'place:kyiv', 'Киев'],
    ['Киеве', 'place:kyiv', 'Киев'],
    ['Киевом', 'place:kyiv', 'Киев'],
    ['Києва', 'place:kyiv', 'Київ'],
    ['Києві', 'place:kyiv', 'Київ'],
    ['Харькова', 'place:kharkiv', 'Харьков'],
    ['Харькове', 'place:kharkiv', 'Харьков'],
    ['Харкова', 'place:kharkiv', 'Харків'],
    ['Покровска', 'place:pokrovsk', 'Покровск'],
    ['Покровске', 'place:pokrovsk', 'Покровск'],
    ['Покровська', 'place:pokrovsk', 'Покровськ'],
    ['Покровську', 'place:pokrovsk', 'Покровськ'],
    ['Донецка', 'place:donetsk', 'Донецк'],
    ['Донецьку', 'place:donetsk', 'Донецьк'],
    ['Херсона', 'place:kherson', 'Херсон'],
    ['России', 'place:russia', 'Россия'],
    ['Россию', 'place:russia', 'Россия'],
    ['Россией', 'place:russia', 'Россия'],
    ['Росії', 'place:russia', 'Росія'],
    ['Украины', 'place:ukraine', 'Украина'],
    ['Украине', 'place:ukraine', 'Украина'],
    ['Украину', 'place:ukraine', 'Украина'],
    ['України', 'place:ukraine', 'Україна'],
    ['Україні', 'place:ukraine', 'Україна'],
    ['Путина', 'person:putin', 'Путин'],
    ['Путину', 'person:putin', 'Путин'],
    ['Путиным', 'person:putin', 'Путин'],
    ['Путіним', 'person:putin', 'Путін'],
    ['Зеленского', 'person:zelensky', 'Зеленский'],
    ['Зеленскому', 'person:zelensky', 'Зеленский'],
    ['Зеленського', 'person:zelensky', 'Зеленський'],
    ['Москвы', 'place:moscow', 'Москва'],
    ['Москве', 'place:moscow', 'Москва'],
    ['Москву', 'place:moscow', 'Москва'],
    ['Донбассе', 'place:donbas', 'Донбасс'],
    ['Донбасі', 'place:donbas', 'Донбас'],
    ['Дніпрі', 'place:dnipro', 'Дніпро'],
    ['Днепра', 'place:dnipro', 'Днепр'],
    ['Рима', 'place:rome', 'Рим'],
    ['Валуек', 'place:valuyki', 'Валуйки'],
    ['Валуйках', 'place:valuyki', 'Валуйки'],
    ['Олешок', 'place:oleshky', 'Олешки'],
    ['Олешках', 'place:oleshky', 'Олешки'],
    ['Гуляйполя', 'place:huliaipole', 'Гуляйполе'],
    ['Гуляйполем', 'place:huliaipole', 'Гуляйполе'],
    ['Гуляйполі', 'place:huliaipole', 'Гуляйполе'],
    ['Джанкое', 'place:dzhankoi', 'Джанкой'],
    ['Джанкоем', 'place:dzhankoi', 'Джанкой'],
    ['Джанкоя', 'place:dzhankoi', 'Джанкой'],
    ['Ельце', 'place:yelets', 'Елец'],
    ['Ельца', 'place:yelets', 'Елец'],
    ['Лубинцом', 'person:lubinets', 'Лубинец'],
    ['Лубінця', 'person:lubinets', 'Лубінець'],
    ['Лубінцем', 'person:lubinets', 'Лубінець'],
    ['Синельниковому', 'place:synelnykove', 'Синельникове'],
    ['Синельникового', 'place:synelnykove', 'Синельникове'],
    ['Польщею', 'place:poland', 'Польща'],
    ['Польшей', 'place:poland', 'Польша'],
    ['Польщі', 'place:poland', 'Польща'],
    ['Чернівцях', 'place:chernivtsi', 'Чернівці'],
    ['Чернівців', 'place:chernivtsi', 'Чернівці'],
  ])('%s is a case form of %s', (form, entityKey, lemma) => {
    const [m, ...rest] = linkMentions(`Сообщили: ${form} и другие.`, index);
    const [exact] = linkMentions(`Сообщили: ${lemma} и другие.`, index);
    expect(rest).toEqual([]);
    expect([m.text, m.entityKey]).toEqual([form, entityKey]);
    expect(m.evidence).toContain(`case form of “${lemma}”`);
    // Weaker evidence than the form itself: the ending could belong to another word of the stem.
    expect(m.score).toBeLessThan(exact.score);
  });

  it('matches multi-word names word by word, lower-case start included', () => {
    expect(linked('Встреча с Владимиром Путиным. Потери вооруженных сил Украины растут в Донецкой области.')).toEqual([
      ['Владимиром Путиным', 'person:putin'],
      ['вооруженных сил Украины', 'org:afu'],
      ['Донецкой области', 'place:donetsk-oblast'],
    ]);
    expect(linked('Втрати Збройних сил України, у Донецькій області.')).toEqual([
      ['Збройних сил України', 'org:afu'],
      ['Донецькій області', 'place:donetsk-oblast'],
    ]);
  });

  it('declines the plural noun of an institution and a first name with its surname', () => {
    expect(linked('Командування Сухопутних військ і штаб Сухопутных войск')).toEqual([
      ['Сухопутних військ', 'org:ground-forces'],
      ['Сухопутных войск', 'org:ground-forces'],
    ]);
    expect(linked('обсудила с Дмитрием Лубинцом')).toEqual([['Дмитрием Лубинцом', 'person:lubinets']]);
    // Ukrainian Ігор declines soft (Ігорем), as Russian Игорь does; English has no case forms.
    expect(linked('Зустріч з Ігорем Тереховим, міським головою.')).toEqual([['Ігорем Тереховим', 'person:terekhov']]);
    expect(linked('Встреча с Игорем Тереховым, мэром города.')).toEqual([['Игорем Тереховым', 'person:terekhov']]);
    expect(linked('A meeting with Ihor Terekhov, the mayor.')).toEqual([['Ihor Terekhov', 'person:terekhov']]);
  });

  it('declines a two-letter word inside a longer name, but not alone', () => {
    expect(linked('в районе Часова Яра')).toEqual([['Часова Яра', 'place:chasiv-yar']]);
    expect(linked('Иса и Яра')).toEqual([]);
  });

  it('keeps a lower-case start out when no later word of the span has a capital', () => {
    expect(linked('вся донецкая область и вооруженные силы')).toEqual([]);
  });

  it('takes an indeclinable name as it is (Шойгу)', () => {
    const [m] = linkMentions('Министр Шойгу заявил.', index);
    expect([m.text, m.entityKey]).toEqual(['Шойгу', 'person:shoigu']);
    expect(m.evidence).not.toContainEqual(expect.stringMatching(/^case form/));
  });

  it('does not take a derived word for a case form: adjectives, demonyms, a neighbouring village', () => {
    for (const word of [
      'Донецкий',
      'Донецкого',
      'Россиянин',
      'Российский',
      'Украинский',
      'Украинского',
      'Римский',
      'Римма',
      'Иса',
      'Харківа',
      'Гуляйпольский',
      'Гуляйполье',
    ]) {
      expect(linked(`Сообщили: ${word} и другие.`), word).toEqual([]);
    }
    expect(linked('Покровское и Покровського, Покровське.')).toEqual([
      ['Покровское', 'place:pokrovske'],
      ['Покровського', 'place:pokrovske'],
      ['Покровське', 'place:pokrovske'],
    ]);
  });

  it('does not read the village or the adjectives of Покровськ as Покровськ when the village is unknown', () => {
    const townOnly = buildNameIndex([place('place:pokrovsk', 'UA', 'Donetsk Oblast', [], ['Покровськ', 'Покровск'])]);
    const found = linkMentions('Покровське, Покровського, Покровські шахти, Покровское, Покровским.', townOnly);
    expect(found.map((m) => m.text)).toEqual([]);
  });

  it('declines Ukrainian neuter adjectives in -не, alone and in a multi-word name', () => {
    const neuters = buildNameIndex([
      place('place:rivne', 'UA', 'Rivne Oblast', [], ['Рівне']),
      entry('org:hur', 'ORGANIZATION', ['Головне управління розвідки']),
    ]);
    const found = linkMentions('У Рівному, біля Рівного. За даними Головного управління розвідки.', neuters);
    expect(found.map((m) => [m.text, m.entityKey])).toEqual([
      ['Рівному', 'place:rivne'],
      ['Рівного', 'place:rivne'],
      ['Головного управління розвідки', 'org:hur'],
    ]);
  });

  it('declines a given name in a vowel and -я as a noun, not as an adjective (Каей, Каєю Каллас)', () => {
    expect(linked('Встреча с Каей Каллас; зустріч із Каєю Каллас і лист Каї Каллас.')).toEqual([
      ['Каей Каллас', 'person:kallas'],
      ['Каєю Каллас', 'person:kallas'],
      ['Каї Каллас', 'person:kallas'],
    ]);
  });

  it('declines a Ukrainian two-word plural town whole: soft adjective and noun (Горішніх Плавнях)', () => {
    expect(linked('У Горішніх Плавнях і під Горішніми Плавнями світла немає, до Горішніх Плавнів їдуть.')).toEqual([
      ['Горішніх Плавнях', 'place:horishni-plavni'],
      ['Горішніми Плавнями', 'place:horishni-plavni'],
      ['Горішніх Плавнів', 'place:horishni-plavni'],
    ]);
  });

  it('declines a Russian town in -ино in the locative, instrumental and dative, not the genitive (a surname’s)', () => {
    expect(linked('В Шебекине, под Шебекином и к Шебекину; Шебекина.')).toEqual([
      ['Шебекине', 'place:shebekino'],
      ['Шебекином', 'place:shebekino'],
      ['Шебекину', 'place:shebekino'],
    ]);
  });

  it('undoes the doubled consonant of a Ukrainian soft feminine’s instrumental (Уманню, Руссю), not of other words', () => {
    const soft = buildNameIndex([
      place('place:uman', 'UA', 'Cherkasy Oblast', [], ['Умань']),
      place('place:rus', 'UA', null, [], ['Русь']),
    ]);
    const found = linkMentions('Між Уманню і Руссю; Умання, Уманю.', soft).map((m) => [m.text, m.entityKey]);
    expect(found).toEqual([
      ['Уманню', 'place:uman'],
      ['Руссю', 'place:rus'],
      ['Уманю', 'place:uman'],
    ]);
  });

  it('prefers a form spelt exactly over a case form of another name', () => {
    const withSurname = buildNameIndex([
      place('place:pokrovsk', 'UA', 'Donetsk Oblast', [], ['Покровськ']),
      entry('person:pokrovska', 'PERSON', ['Покровська']),
    ]);
    const [m] = linkMentions('Покровська заявила.', withSurname);
    expect([m.entityKey, m.candidates.map((c) => c.entityKey)]).toEqual(['person:pokrovska', ['person:pokrovska']]);
    expect(m.evidence).not.toContainEqual(expect.stringMatching(/^case form/));
  });
});

describe('linkMentions: case forms against the seed gazetteer', () => {
  let seeds: NameIndex;
  beforeAll(async () => {
    seeds = (await graphGazetteer()).index;
  });

  it('finds the inflected forms the issue found missing', () => {
    const text =
      'Бои у Красноармейска и Покровська на Донбассе. Президент России встретился с Владимиром Путиным; ' +
      'потери вооруженных сил Украины и Украины в целом.';
    expect(linkMentions(text, seeds).map((m) => [m.text, m.entityKey])).toEqual([
      ['Красноармейска', 'place:pokrovsk-donetsk-ua'],
      ['Покровська', 'place:pokrovsk-donetsk-ua'],
      ['Донбассе', 'place:donbas'],
      ['России', 'place:russia'],
      ['Владимиром Путиным', 'person:vladimir-putin'],
      ['вооруженных сил Украины', 'org:armed-forces-of-ukraine'],
      ['Украины', 'place:ukraine'],
    ]);
  });
});

describe('linkMentions: a foreign town declined in the text’s own spelling', () => {
  const towns = buildNameIndex([
    entry('place:rylsk', 'PLACE', ['Рыльск', 'Rylsk'], { country: 'RU', adminArea: 'Kursk Oblast', featureClass: 'P', population: 15_000 }),
    entry('place:myrnohrad', 'PLACE', ['Мирноград', 'Novoekonomichne'], { country: 'UA', featureClass: 'P', population: 46_000 }),
  ]);
  const found = (text: string, language: string) =>
    linkMentions(text, towns, { language }).map((m) => [m.text, m.candidates[0]!.entityKey, m.candidates[0]!.evidence.join('; ')]);

  it('finds it through the loose key of the case form’s lemma, as a spelling variant', () => {
    expect(found('Губернатор заявив про удар по Рильську.', 'uk')).toEqual([
      ['Рильську', 'place:rylsk', expect.stringContaining('spelling variant of “Рыльск”')],
    ]);
  });

  it('does not look for the text’s own country’s places that way, nor in a language without case forms', () => {
    expect(found('Бої біля Новоекономічного.', 'uk')).toEqual([]);
    expect(found('Бої біля Рильську.', 'en')).toEqual([]);
  });
});

describe('linkMentions: a fleeting vowel before л and the Ukrainian г → з', () => {
  it('finds Орёл in its oblique cases, which drop the ё', () => {
    expect(linked('Над Орлом сбиты два беспилотника, в Орле и у Орла тихо.')).toEqual([
      ['Орлом', 'place:oryol'],
      ['Орле', 'place:oryol'],
      ['Орла', 'place:oryol'],
    ]);
  });

  it('finds a name in a hushing consonant in its instrumental in -ем (над Овручем)', () => {
    expect(linked('Два дрони збили над Овручем, ще один — біля Овруча.')).toEqual([
      ['Овручем', 'place:ovruch'],
      ['Овруча', 'place:ovruch'],
    ]);
  });

  it('finds Кривий Ріг in the locative, в Кривому Розі', () => {
    expect(linked('У Кривому Розі оголошено жалобу.')).toEqual([['Кривому Розі', 'place:kryvyi-rih']]);
  });
});

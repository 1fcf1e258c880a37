import { beforeAll, describe, expect, it } from 'vitest';

import { buildNameIndex, linkMentions, type NameIndex } from '../../src/linking/linker.js';
import { graphGazetteer } from '../support/graph-gazetteer.js';
import { entry, place } from './gazetteer.fixture.js';

const index = buildNameIndex([
  place('place:kupiansk', 'UA', 'Kharkiv Oblast', [], ['Kupiansk', 'Купянск', 'Куп’янськ']),
  place('place:engels', 'RU', 'Saratov Oblast', [], ['Engels', 'Энгельс']),
  place('place:kharkiv', 'UA', 'Kharkiv Oblast', [], ['Kharkiv', 'Kharkov', 'Харьков']),
  place('place:pokrovsk', 'UA', 'Donetsk Oblast', [], ['Pokrovsk', 'Покровск']),
  place('place:kramatorsk', 'UA', 'Donetsk Oblast', [], ['Kramatorsk']),
  place('place:donetsk', 'UA', 'Donetsk Oblast', [], ['Donetsk']),
  place('place:dpr', 'UA', 'Donetsk Oblast', [], ["Donetsk People's Republic"]),
  place('place:russia', 'RU', null, [], ['Russia', 'Россия']),
  place('place:demidov', 'RU', 'Smolensk Oblast', [], ['Demidov', 'Демидов']),
  entry('person:putin', 'PERSON', ['Putin', 'Путин']),
]);

const linked = (text: string, on: NameIndex = index) => linkMentions(text, on).map((m) => [m.text, m.entityKey]);

describe('linkMentions: part of a longer capitalised name', () => {
  it('refuses a name joined by a hyphen to a capitalised word (another place)', () => {
    expect(linked('Trains stopped at Kupiansk-Vuzlovyi; Купянск-Узловой обстреляли.')).toEqual([]);
    expect(linked('Kupiansk and Купянск were shelled.')).toEqual([
      ['Kupiansk', 'place:kupiansk'],
      ['Купянск', 'place:kupiansk'],
    ]);
  });

  it('keeps a name joined by a hyphen to a lower-case word or to another known name', () => {
    expect(linked('a Pokrovsk-based unit on the Pokrovsk-Kramatorsk road')).toEqual([
      ['Pokrovsk', 'place:pokrovsk'],
      ['Pokrovsk', 'place:pokrovsk'],
      ['Kramatorsk', 'place:kramatorsk'],
    ]);
  });

  it('refuses a name followed by an unknown capitalised word or a street word', () => {
    expect(linked('They met on Engels Street, then on Engels street.')).toEqual([]);
    expect(linked('Fighting in Kharkov Region and the Kupiansk district.')).toEqual([]);
    expect(linked('Engels lies on the Volga; fighting near Kharkov.')).toEqual([
      ['Engels', 'place:engels'],
      ['Kharkov', 'place:kharkiv'],
    ]);
  });

  it('takes the longer name when it is known', () => {
    const withRegion = buildNameIndex([...index.entries, place('place:kharkiv-oblast', 'UA', 'Kharkiv Oblast', [], ['Kharkov Region'])]);
    expect(linked('Fighting in Kharkov Region.', withRegion)).toEqual([['Kharkov Region', 'place:kharkiv-oblast']]);
    expect(linked("in the Donetsk People's Republic")).toEqual([["Donetsk People's Republic", 'place:dpr']]);
  });

  it('refuses a Russian or Ukrainian street name, the street word first and in any case', () => {
    expect(linked('Дом на улице Энгельса, ул. Энгельса 5, проспект Энгельса.')).toEqual([]);
    expect(linked('Город Энгельс и жители Энгельса.')).toEqual([
      ['Энгельс', 'place:engels'],
      ['Энгельса', 'place:engels'],
    ]);
  });

  it('ends a name at a period and at a Russian or Ukrainian noun’s case form, before a capitalised word', () => {
    const more = buildNameIndex([
      ...index.entries,
      place('place:sumy', 'UA', 'Sumy Oblast', [], ['Сумы', 'Суми']),
      place('place:krasnoe', 'RU', 'Belgorod Oblast', [], ['Красное']),
    ]);
    // A three-letter word may be an abbreviation (St. Petersburg), but not when it is a name itself.
    expect(linked('Поезд из Харькова до Сум. Источник сообщил, что в Харькове Терехов.', more)).toEqual([
      ['Харькова', 'place:kharkiv'],
      ['Сум', 'place:sumy'],
      ['Харькове', 'place:kharkiv'],
    ]);
    // The nominative, an adjective and English still take the capitalised word after them.
    expect(linked('Офисы переехали в Покровск Сити, бои идут в Красном Лимане, fighting goes on in Kharkov Region.', more)).toEqual([]);
  });

  it('keeps a town after район: в районе Покровска is near Pokrovsk', () => {
    expect(linked('Бои в районе Покровска.')).toEqual([['Покровска', 'place:pokrovsk']]);
  });

  it('refuses a place after an unknown capitalised word inside a sentence: a person’s surname', () => {
    expect(linked('The mayor, Valentin Demidov, spoke. Мэр Белгорода Валентин Демидов сообщил.')).toEqual([]);
    expect(linked('Near Pokrovsk. Demidov lies west; «Демидов обстреляли», — сказал он.')).toEqual([
      ['Pokrovsk', 'place:pokrovsk'],
      ['Demidov', 'place:demidov'],
      ['Демидов', 'place:demidov'],
    ]);
    expect(linked('President Putin arrived.')).toEqual([['Putin', 'person:putin']]);
    expect(linked('Power cuts in Southern Russia.')).toEqual([['Russia', 'place:russia']]);
  });

  it('refuses a town in the name of a unit, a power plant or a sea', () => {
    expect(linked('the Kharkov brigade and the Pokrovsk nuclear power plant')).toEqual([]);
    expect(linked('ports on the Sea of Engels; Engels port')).toEqual([['Engels', 'place:engels']]);
  });

  it('refuses a town in the name of a reservoir, which is water', () => {
    expect(linked('on the shore of the drained Kupiansk reservoir')).toEqual([]);
  });

  it('lets a title or a given name follow a name without continuing it', () => {
    const more = buildNameIndex([
      ...index.entries,
      entry('org:nato', 'ORGANIZATION', ['NATO']),
      place('place:kurchatov', 'RU', 'Kursk Oblast', [], ['Курчатов']),
    ]);
    expect(linked('NATO Secretary General Mark Rutte spoke.', more)).toEqual([['NATO', 'org:nato']]);
    expect(linked('Глава Курчатова Игорь Корпунков рассказал.', more)).toEqual([['Курчатова', 'place:kurchatov']]);
    expect(linked('NATO Summit opened.', more)).toEqual([]);
  });

  it('ends a name at an acronym’s period: a sentence ends there', () => {
    const afu = buildNameIndex([entry('org:afu', 'ORGANIZATION', ['ВСУ'])]);
    expect(linked('Переданы 205 военнопленных ВСУ. Уполномоченный сообщил.', afu)).toEqual([['ВСУ', 'org:afu']]);
  });

  it('takes no capitalised common word that starts a sentence for a name', () => {
    const otaci = buildNameIndex([entry('place:otaci', 'PLACE', ['Атаки'], { country: 'MD', featureClass: 'P', population: 8_400 })]);
    expect(linked('Атаки продолжались всю ночь. Во время атаки сбиты дроны.', otaci)).toEqual([]);
    expect(linkMentions('Атаки обстреляли ночью.', otaci).map((m) => m.text)).toEqual(['Атаки']);
  });

  it('refuses a name with a number hyphened on, and keeps one followed by a number', () => {
    expect(linked('в эфире телеканала «Россия-24»')).toEqual([]);
    expect(linked('In Pokrovsk 12 people were hurt.')).toEqual([['Pokrovsk', 'place:pokrovsk']]);
  });

  it('lets titles, possessives, initials and title-case headlines stand next to a name', () => {
    expect(linked('President Putin spoke.')).toEqual([['Putin', 'person:putin']]);
    expect(linked('Pokrovsk’s Mayor spoke.')).toEqual([['Pokrovsk', 'place:pokrovsk']]);
    expect(linked('Путин В. В. подписал указ.')).toEqual([['Путин', 'person:putin']]);
    // The second line is no headline: there "Russia Today" is an outlet, not Russia.
    expect(linked('Russia Says It Has Captured Pokrovsk After Long Fight\n\nRussia Today reported.')).toEqual([
      ['Russia', 'place:russia'],
      ['Pokrovsk', 'place:pokrovsk'],
    ]);
  });
});

describe('linkMentions: partial names against the seed gazetteer', () => {
  let seeds: NameIndex;
  beforeAll(async () => {
    seeds = (await graphGazetteer()).index;
  });

  it('does not take Engels Street for the city of Engels, nor улица Энгельса', () => {
    expect(linked('A blast on Engels Street; взрыв на улице Энгельса.', seeds)).toEqual([]);
    expect(linked('A blast in Engels.', seeds)).toEqual([['Engels', 'place:engels-saratov-ru']]);
  });
});

describe('linkMentions: a name followed by "region"', () => {
  const regions = buildNameIndex([
    entry('place:sverdlovsk-luhansk', 'PLACE', ['Sverdlovsk'], { country: 'UA', featureClass: 'P', population: 60_000 }),
    entry('place:donbas', 'PLACE', ['Donbas', 'Donbass'], { country: 'UA' }),
    entry('place:sverdlovsk-oblast', 'PLACE', ['Sverdlovsk'], { country: 'RU', featureClass: 'A' }),
  ]);

  it('names the region, not a town of that name', () => {
    expect(linkMentions('Volchansk in the Sverdlovsk region', regions).map((m) => [m.text, m.entityKey])).toEqual([
      ['Sverdlovsk', 'place:sverdlovsk-oblast'],
    ]);
    expect(linked('in the Donbass region', regions)).toEqual([['Donbass', 'place:donbas']]);
  });

  it('drops the name when only towns bear it, and leaves a town without the word alone', () => {
    const towns = buildNameIndex([
      entry('place:sverdlovsk-luhansk', 'PLACE', ['Sverdlovsk'], { country: 'UA', featureClass: 'P', population: 60_000 }),
    ]);
    expect(linked('the Sverdlovsk region', towns)).toEqual([]);
    expect(linked('Sverdlovsk, a town in Luhansk oblast', towns)).toEqual([['Sverdlovsk', 'place:sverdlovsk-luhansk']]);
  });
});

describe('linkMentions: a name before "regional"', () => {
  const odesa = buildNameIndex([
    entry('place:odesa', 'PLACE', ['Odesa'], { country: 'UA', featureClass: 'P', population: 1_000_000 }),
    entry('place:odesa-oblast', 'PLACE', ['Odesa region', 'Odesa Oblast'], { country: 'UA', featureClass: 'A', featureCode: 'ADM1' }),
  ]);

  it('names the region the gazetteer knows as "<name> region", not the city', () => {
    expect(linked('Odesa regional governor Ivan Petrenko said the port was hit.', odesa)).toEqual([['Odesa', 'place:odesa-oblast']]);
    expect(linked('Drones hit Odesa overnight.', odesa)).toEqual([['Odesa', 'place:odesa']]);
  });

  it('reads a name before "governor" as the region, whose governor it is', () => {
    expect(linked('Odesa governor Ivan Petrenko said the port was hit.', odesa)).toEqual([['Odesa', 'place:odesa-oblast']]);
    expect(linked('Odesa Governor Ivan Petrenko said the port was hit.', odesa)).toEqual([['Odesa', 'place:odesa-oblast']]);
  });

  it('leaves the town where no region bears the name', () => {
    expect(linked('Kharkiv regional officials said the city was calm.')).toEqual([['Kharkiv', 'place:kharkiv']]);
  });
});

describe('linkMentions: a name inside a short quoted title', () => {
  const titles = buildNameIndex([place('place:transnistria', 'MD', 'Transnistria', [], ['Приднестровье', 'Transnistria'])]);

  it('is part of the title, unless the title is the name itself', () => {
    expect(linked('Об этом сообщает агентство «Новости Приднестровья».', titles)).toEqual([]);
    expect(linked('The channel “Transnistria Today” reported it.', titles)).toEqual([]);
    expect(linked('Так называемое «Приднестровье» снова без газа.', titles)).toEqual([['Приднестровье', 'place:transnistria']]);
  });

  it('reads quoted speech as speech: after a colon, or in lower case', () => {
    expect(linked('Лидер заявил: «Приднестровье выстоит».', titles)).toEqual([['Приднестровье', 'place:transnistria']]);
    expect(linked('Он пообещал «защищать Приднестровье до конца».', titles)).toEqual([['Приднестровье', 'place:transnistria']]);
  });
});

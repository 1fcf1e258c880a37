import { describe, expect, it } from 'vitest';

import { buildNameIndex, linkMentions } from '../../src/linking/linker.js';
import { entry } from './gazetteer.fixture.js';

const town = (key: string, forms: string[], population: number) =>
  entry(key, 'PLACE', forms, { country: 'RU', adminArea: 'Test Oblast', featureClass: 'P', population });

const index = buildNameIndex([
  town('place:vladimir', ['Владимир', 'Vladimir'], 357_024),
  town('place:tsimlyansk', ['Цимлянский'], 15_341),
  town('place:gusev', ['Гусев'], 28_690),
  // Anna lies in Voronezh Oblast, which a region written after its name checks (placed.ts).
  { ...town('place:anna', ['Анна'], 15_000), adminArea: 'Voronezh Oblast', within: ['place:voronezh-oblast'] },
  entry('place:voronezh-oblast', 'PLACE', ['Воронежская область'], {
    country: 'RU',
    adminArea: 'Voronezh Oblast',
    featureClass: 'A',
    featureCode: 'ADM1',
  }),
  entry('person:dmytro-kuleba', 'PERSON', ['Dmytro Kuleba', 'Kuleba'], { country: 'UA' }),
  entry('person:zelensky', 'PERSON', ['Volodymyr Zelenskyy', 'Zelensky'], { country: 'UA' }),
  entry('person:putin', 'PERSON', ['Владимир Путин', 'Путин'], { country: 'RU' }),
  // Brings the given name Oleksii: the gazetteer's people lend theirs.
  entry('person:oleksii-reznikov', 'PERSON', ['Oleksii Reznikov'], { country: 'UA' }),
]);

const linked = (text: string) => linkMentions(text, index).map((m) => [m.text, m.entityKey]);

describe('linkMentions: a given name and a surname the gazetteer does not know', () => {
  it('takes neither word for a place, though a city bears the given name', () => {
    expect(linked('Об этом сообщил военный комиссар Владимир Цимлянский.')).toEqual([]);
    expect(linked('Жители Владимира не пострадали.')).toEqual([['Владимира', 'place:vladimir']]);
    // A region after it is no surname (Anna is a town of Voronezh Oblast).
    expect(linked('Взрыв в Анне Воронежской области.')).toEqual([
      ['Анне', 'place:anna'],
      ['Воронежской области', 'place:voronezh-oblast'],
    ]);
  });

  it('reads the surname alone later in the article as the same person', () => {
    expect(linked('Обломки упали в Лисках, сообщил губернатор Александр Гусев. По данным Гусев, пострадавших нет.')).toEqual([]);
    expect(linked('Пожар в городе Гусев потушен.')).toEqual([['Гусев', 'place:gusev']]);
  });

  it('keeps another person of that surname out', () => {
    expect(linked('Deputy Prime Minister Oleksii Kuleba said ports work. Kuleba added that rates fell.')).toEqual([]);
    expect(linked('Foreign Minister Dmytro Kuleba said so. Kuleba added more.')).toEqual([
      ['Dmytro Kuleba', 'person:dmytro-kuleba'],
      ['Kuleba', 'person:dmytro-kuleba'],
    ]);
  });

  it('leaves a known person named with a given name the gazetteer spells otherwise', () => {
    expect(linked('President Volodymyr Zelensky spoke. Zelensky said more.')).toEqual([
      ['Volodymyr Zelensky', 'person:zelensky'],
      ['Zelensky', 'person:zelensky'],
    ]);
    expect(linked('Президент Владимир Путин заявил, что Путин прав.')).toEqual([
      ['Владимир Путин', 'person:putin'],
      ['Путин', 'person:putin'],
    ]);
  });
});

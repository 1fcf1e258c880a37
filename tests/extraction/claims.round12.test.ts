import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import { sameRoleWord } from '../../src/extraction/descriptions/role-match.js';
import { marked } from '../support/marked-text.js';

/**
 * Round 12 of issue 11: "he" after a body spoke, feminine role nouns and shortened titles (every sentence is test
 * material, not news).
 */
const speakers = (source: string, language: string) => extractClaims(marked(source, language)).map((c) => c.speaker);
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });

describe('extractClaims: "він" is never the body that spoke last', () => {
  const opening =
    'Сторони обговорили енергетику, повідомили в [[Офісі президента|org:test-office]].\n\n' +
    'На пресконференції [[Іван Мороз|person:test-ivan-moroz]] подякував партнерам.\n\n';

  it('gives "сказав він" to the person named in the paragraph before, after a body spoke', () => {
    expect(speakers(opening + '«Ми збудуємо все разом», — сказав він.', 'uk')).toEqual([
      entity('org:test-office'),
      entity('person:test-ivan-moroz'),
    ]);
  });

  it('keeps "вони" with the body that spoke last', () => {
    expect(speakers(opening + '«Ми збудуємо все разом», — заявили вони.', 'uk')).toEqual([
      entity('org:test-office'),
      entity('org:test-office'),
    ]);
  });

  it('keeps "he" with the person who spoke last', () => {
    const source =
      '[[Anna Vogt|person:test-anna-vogt]] said the talks went well.\n\n' +
      '[[Ivan Moroz|person:test-ivan-moroz]] thanked the hosts.\n\n' +
      '"We will build it together," he said.';
    expect(speakers(source, 'en')).toEqual([entity('person:test-anna-vogt'), entity('person:test-anna-vogt')]);
  });
});

describe('extractClaims: "сказала прем\'єрка" after a prime minister spoke', () => {
  it('gives the short title to the woman titled in full before', () => {
    const source =
      "Прем'єр-міністерка [[Анна Фогт|person:test-anna-vogt]] відвідала місто.\n\n" +
      'За словами [[Фогт|person:test-anna-vogt]], уряд виділить кошти.\n\n' +
      "«Ми не дамо повторити це знову», — сказала прем'єрка під час зустрічі.";
    expect(speakers(source, 'uk')).toEqual([entity('person:test-anna-vogt'), entity('person:test-anna-vogt')]);
  });
});

describe('sameRoleWord: a feminine role noun is not the masculine one', () => {
  it('tells "президентка" from "президент" and "речниця" from "речник"', () => {
    expect(sameRoleWord('президентка', 'президент')).toBe(false);
    expect(sameRoleWord('президента', 'президентка')).toBe(false);
    expect(sameRoleWord('речниця', 'речник')).toBe(false);
  });

  it('still matches the cases of one noun', () => {
    expect(sameRoleWord('президентка', 'президенткою')).toBe(true);
    expect(sameRoleWord('представника', 'представник')).toBe(true);
    expect(sameRoleWord('речниці', 'речниця')).toBe(true);
  });

  it('reads a compound title shortened to its first part, in the gender of its last', () => {
    expect(sameRoleWord("прем'єрка", "прем'єр-міністерка")).toBe(true);
    expect(sameRoleWord('премьер-министр', 'премьер')).toBe(true);
    expect(sameRoleWord("прем'єр-міністр", "прем'єрка")).toBe(false);
    expect(sameRoleWord('экс-министр', 'эксперт')).toBe(false);
    expect(sameRoleWord('military-industrial', 'military')).toBe(false);
    expect(sameRoleWord('военно-промышленных', 'военный')).toBe(false);
  });

  it('gives "наголосила президентка" to the president introduced so, not to a male president', () => {
    const source =
      'Президентка [[Анна Фогт|person:test-anna-vogt]] зустрілася з президентом [[Іваном Морозом|person:test-ivan-moroz]].\n\n' +
      '«Безпека — спільна справа», — наголосила президентка.';
    expect(speakers(source, 'uk')).toEqual([entity('person:test-anna-vogt')]);
  });
});

describe('extractClaims: "the official" is the person who spoke last, whatever their title', () => {
  it('gives "the official said" to the titled person speaking in the paragraph', () => {
    const source =
      'The head of the region, [[Ivan Moroz|person:test-ivan-moroz]], said two people were killed.\n\n' +
      '[[Petro Bondar|person:test-petro-bondar]], head of the city administration, said a school was damaged. ' +
      '“Leave the riverside,” the official said.';
    expect(speakers(source, 'en')).toEqual([
      entity('person:test-ivan-moroz'),
      entity('person:test-petro-bondar'),
      entity('person:test-petro-bondar'),
    ]);
  });

  it('gives "написав посадовець" to the titled person who spoke in the paragraph before', () => {
    const source =
      'Як повідомив голова [[ОВА|org:test-oma]] [[Іван Мороз|person:test-ivan-moroz]], пошкоджено підстанцію.\n\n' +
      '«Ворог цілив саме в енергетику», — написав посадовець.';
    expect(speakers(source, 'uk')).toEqual([entity('person:test-ivan-moroz'), entity('person:test-ivan-moroz')]);
  });

  it('leaves "посадовці" (several officials) to be a group of its own', () => {
    const source =
      'Як повідомив голова [[ОВА|org:test-oma]] [[Іван Мороз|person:test-ivan-moroz]], пошкоджено підстанцію.\n\n' +
      '«Ворог цілив саме в енергетику», — написали посадовці.';
    expect(speakers(source, 'uk')[1]).not.toEqual(entity('person:test-ivan-moroz'));
  });
});

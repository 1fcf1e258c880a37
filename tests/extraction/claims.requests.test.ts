import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';
import { marked } from '../support/marked-text.js';

/** Appeals and orders are no claims; promises, accusations and groups that speak as one are (issue 11 §1, §2; session 15). */
const claimsOf = (source: string, language = 'en'): ExtractedClaim[] => extractClaims(marked(source, language));
const segments = (claims: readonly ExtractedClaim[]): string[][] => claims.map((c) => c.segments.map((s) => s.text));
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });

describe('extractClaims: requests and orders are no claims, as a request is neither true nor false', () => {
  it('reads no claim from urged / ordered / asked with an infinitive', () => {
    const claims = claimsOf(
      '[[Vladimir Putin|person:vladimir-putin]] ordered the government to build new terminals at the port. ' +
        '[[Filashkin|person:vadym-filashkin]] urged families with children to leave. The mayor asked residents to stay in shelters.',
    );
    expect(claims).toEqual([]);
  });

  it('reads none from призвал, поручил, потребовали in Russian and закликав, просять, вимагали in Ukrainian', () => {
    const ru = claimsOf(
      '[[Путин|person:vladimir-putin]] поручил Правительству подготовить программу восстановления. ' +
        '[[Гладков|person:vyacheslav-gladkov]] призвал жителей не публиковать снимки работы ПВО. Пикетчики потребовали отставки мэра.',
      'ru',
    );
    expect(ru).toEqual([]);
    const uk = claimsOf(
      '[[Вадим Філашкін|person:vadym-filashkin]] закликав мешканців міста евакуюватися. Енергетики просять споживачів не вмикати прилади. ' +
        'Пікетувальники вимагали ухвалити зміни до закону.',
      'uk',
    );
    expect(uk).toEqual([]);
  });

  it('still reads what the speaker says beside the request: "urged residents to leave and said that …"', () => {
    const claims = claimsOf(
      '[[Захарова|person:maria-zakharova]] обвинила ВСУ в ударах по гражданским объектам и призвала МККК зафиксировать разрушения.',
      'ru',
    );
    expect(segments(claims)).toEqual([['ВСУ в ударах по гражданским объектам']]);
  });

  it('still attributes a quote closed by a request verb: "…," the governor urged', () => {
    const [claim] = claimsOf('"Stay in the shelters until the alert is over," [[Gladkov|person:vyacheslav-gladkov]] urged.');
    expect(claim?.segments.map((s) => s.text)).toEqual(['Stay in the shelters until the alert is over,']);
    expect(claim?.speaker).toEqual(entity('person:vyacheslav-gladkov'));
  });
});

describe('extractClaims: promises, with what is promised', () => {
  it('reads promised / пообещали / обіцяє with their content, an English one only with the infinitive', () => {
    const en = claimsOf(
      '[[Energoatom|org:energoatom]] promised to restore the line by Friday. His government has promised further systems for the winter.',
    );
    expect(segments(en)).toEqual([['to restore the line by Friday.']]);
    expect(en[0]!.speaker).toEqual(entity('org:energoatom'));
    expect(en[0]!.flags).toEqual(['INDIRECT']);
    const ru = claimsOf('Региональные власти пообещали к зиме восстановить газоснабжение.', 'ru');
    expect(segments(ru)).toEqual([['к зиме восстановить газоснабжение.']]);
    const uk = claimsOf('Міська влада обіцяє до літа облаштувати ще десять укриттів.', 'uk');
    expect(segments(uk)).toEqual([['до літа облаштувати ще десять укриттів.']]);
  });

  it('reads no promise nobody is said to make: "жителям пообещали …"', () => {
    expect(claimsOf('Жителям пообещали восстановить свет к утру.', 'ru')).toEqual([]);
  });
});

describe('extractClaims: accusations, with whom they accuse and of what', () => {
  it('reads blamed / обвинила / звинуватив with their object', () => {
    const en = claimsOf('The operator, [[Energoatom|org:energoatom]], blamed Russian shelling of a substation.');
    expect(segments(en)).toEqual([['Russian shelling of a substation.']]);
    const ru = claimsOf('[[Мария Захарова|person:maria-zakharova]] обвинила ВСУ в ударах по гражданским объектам.', 'ru');
    expect(segments(ru)).toEqual([['ВСУ в ударах по гражданским объектам.']]);
    const uk = claimsOf('[[Дмитро Лубінець|person:dmytro-lubinets]] звинуватив Росію в затягуванні обмінів.', 'uk');
    expect(segments(uk)).toEqual([['Росію в затягуванні обмінів.']]);
  });
});

describe('extractClaims: trades and professions speaking as a group', () => {
  it('takes "Engineers say", "Туроператоры отмечают", "Правозахисники кажуть" as anonymous speakers', () => {
    const cases: [string, string, string][] = [
      ['en', 'Engineers say the plant needs two power lines.', 'Engineers'],
      ['ru', 'Туроператоры отмечают, что число бронирований снизилось.', 'Туроператоры'],
      ['uk', 'Правозахисники кажуть, що частину людей вивозять примусово.', 'Правозахисники'],
    ];
    for (const [language, source, description] of cases) {
      const [claim] = claimsOf(source, language);
      expect(claim?.speaker, source).toMatchObject({ kind: 'anonymous', description });
    }
  });

  it('reads the reminders and warnings of a group in the present: напоминают, что …; нагадують, що …', () => {
    expect(segments(claimsOf('Эксперты предупреждают, что регион столкнётся с увольнениями.', 'ru'))).toEqual([
      ['регион столкнётся с увольнениями.'],
    ]);
    expect(segments(claimsOf('Роботодавці нагадують, що бронювання потрібно підтверджувати.', 'uk'))).toEqual([
      ['бронювання потрібно підтверджувати.'],
    ]);
  });
});

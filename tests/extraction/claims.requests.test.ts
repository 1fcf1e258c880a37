import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';
import { marked } from '../support/marked-text.js';

/** Appeals, orders, promises and accusations with their content, and groups that speak as one (issue 11 §1, §2). */
const claimsOf = (source: string, language = 'en'): ExtractedClaim[] => extractClaims(marked(source, language));
const segments = (claims: readonly ExtractedClaim[]): string[][] => claims.map((c) => c.segments.map((s) => s.text));
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });

describe('extractClaims: requests and orders, with whom they ask and what', () => {
  it('reads urged / ordered with an infinitive, but not an order naming only a noun', () => {
    const claims = claimsOf(
      '[[Vladimir Putin|person:vladimir-putin]] ordered the government to build new terminals at the port. ' +
        '[[Filashkin|person:vadym-filashkin]] ordered the compulsory evacuation of families.',
    );
    expect(segments(claims)).toEqual([['the government to build new terminals at the port.']]);
    expect(claims[0]!.speaker).toEqual(entity('person:vladimir-putin'));
    expect(claims[0]!.flags).toEqual(['INDIRECT']);
  });

  it('reads призвал, поручил, пообещали in Russian and закликав, просять, пообіцяло in Ukrainian', () => {
    const ru = claimsOf(
      '[[Путин|person:vladimir-putin]] поручил Правительству подготовить программу восстановления. ' +
        '[[Гладков|person:vyacheslav-gladkov]] призвал жителей не публиковать снимки работы ПВО.',
      'ru',
    );
    expect(segments(ru)).toEqual([['Правительству подготовить программу восстановления.'], ['жителей не публиковать снимки работы ПВО.']]);
    const uk = claimsOf(
      '[[Вадим Філашкін|person:vadym-filashkin]] закликав мешканців міста евакуюватися. Енергетики просять споживачів не вмикати прилади.',
      'uk',
    );
    expect(segments(uk)).toEqual([['мешканців міста евакуюватися.'], ['споживачів не вмикати прилади.']]);
    expect(uk[0]!.speaker).toEqual(entity('person:vadym-filashkin'));
    expect(uk[1]!.speaker).toMatchObject({ kind: 'anonymous', description: 'Енергетики' });
  });

  it('reads no request nobody is said to make: "жителей попросили …"', () => {
    expect(claimsOf('Жителей попросили не подходить к окнам.', 'ru')).toEqual([]);
    expect(claimsOf('Людей просять заздалегідь зарядити павербанки.', 'uk')).toEqual([]);
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

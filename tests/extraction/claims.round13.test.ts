import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';
import { marked } from '../support/marked-text.js';

/** Round 13 of issue 11: a casualty count going on with the report before it (every sentence is test material, not news). */
const claimsOf = (source: string, language: string): ExtractedClaim[] => extractClaims(marked(source, language));
const said = (claims: readonly ExtractedClaim[]) => claims.map((c) => [c.segments.map((s) => s.text).join(' … '), c.speaker]);
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });

describe('extractClaims: "Пострадавших нет." after reported speech is the same speaker\'s claim', () => {
  it('reads the Russian, Ukrainian and English counts after a report in the same paragraph', () => {
    const cases: [string, string, string][] = [
      ['ru', 'По словам [[Ивана Петрова|person:test-ivan-petrov]], обломки упали на склад. Пострадавших нет.', 'Пострадавших нет.'],
      [
        'uk',
        'Як повідомив [[Іван Мороз|person:test-ivan-moroz]], дрон влучив у гараж. Загиблих і поранених немає.',
        'Загиблих і поранених немає.',
      ],
      [
        'uk',
        '[[Іван Мороз|person:test-ivan-moroz]] повідомив, що уламки знайшли біля села. Постраждалих там немає.',
        'Постраждалих там немає.',
      ],
      ['en', '[[Ivan Petrov|person:test-ivan-petrov]] said debris fell on a warehouse. No one was hurt.', 'No one was hurt.'],
    ];
    for (const [language, source, count] of cases) {
      const claims = claimsOf(source, language);
      expect(
        claims.map((c) => c.segments[0]!.text),
        source,
      ).toContain(count);
      expect(new Set(claims.map((c) => JSON.stringify(c.speaker))).size, source).toBe(1);
      expect(claims.at(-1)!.flags).toEqual(['INDIRECT']);
    }
  });

  it('keeps the clause after the count: "Загиблих немає, двоє працівників дістали травми."', () => {
    const claims = claimsOf(
      'За словами [[Івана Мороза|person:test-ivan-moroz]], у станцію влучили дві ракети. Загиблих немає, двоє працівників дістали травми.',
      'uk',
    );
    expect(said(claims).at(-1)).toEqual(['Загиблих немає, двоє працівників дістали травми.', entity('person:test-ivan-moroz')]);
  });

  it("reads no claim from a count after the narrator's own sentence, or in the next paragraph", () => {
    expect(claimsOf('Обломки упали на склад. Пострадавших нет.', 'ru')).toEqual([]);
    const next = claimsOf('По словам [[Ивана Петрова|person:test-ivan-petrov]], обломки упали на склад.\n\nПострадавших нет.', 'ru');
    expect(said(next)).toEqual([['обломки упали на склад.', entity('person:test-ivan-petrov')]]);
  });

  it('reads no count that does not say nobody was hurt: "Пострадавших двое."', () => {
    expect(claimsOf('По словам [[Ивана Петрова|person:test-ivan-petrov]], обломки упали на склад. Пострадавших двое.', 'ru')).toHaveLength(
      1,
    );
  });
});

describe('extractClaims: "the administration" is the regional administration named before', () => {
  it('gives "за даними адміністрації" and "according to the administration" to the administration just named', () => {
    const uk = claimsOf(
      'Ракети влучили в станцію, повідомили у [[Вінницькій ОВА|org:test-vinnytsia-oma]]. За даними адміністрації, на її території виникла пожежа.',
      'uk',
    );
    expect(uk.map((c) => c.speaker)).toEqual([entity('org:test-vinnytsia-oma'), entity('org:test-vinnytsia-oma')]);
    const en = claimsOf(
      'A drone hit a bus, the [[Kherson regional military administration|org:test-kherson-oma]] said. According to the administration, the driver was hurt.',
      'en',
    );
    expect(en.map((c) => c.speaker)).toEqual([entity('org:test-kherson-oma'), entity('org:test-kherson-oma')]);
  });

  it('does not give it to a body of another kind: "по данным администрации" after the General Staff', () => {
    const ru = claimsOf('По данным [[Генштаба ВСУ|org:general-staff-ua]], бои продолжаются. По данным администрации, потерь нет.', 'ru');
    expect(ru[1]?.speaker).not.toEqual(entity('org:general-staff-ua'));
  });
});

import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';
import { marked } from '../support/marked-text.js';

/**
 * Round 11 of issue 11: offices, appositions and second reports in one sentence (every sentence is
 * test material, not news).
 */
const claimsOf = (source: string, language: string): ExtractedClaim[] => extractClaims(marked(source, language));
const said = (source: string, language: string) =>
  claimsOf(source, language).map((c) => [c.segments.map((s) => s.text).join(' … '), c.speaker]);
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });

describe('extractClaims: "his office" relays, "the office" refers back', () => {
  it('reads "according to his office" as the channel of the person speaking', () => {
    const [claim] = claimsOf(
      '[[Ivan Moroz|person:test-ivan-moroz]] spoke on Monday. "We will not stop," he said, according to his office.',
      'en',
    );
    expect(claim?.speaker).toEqual(entity('person:test-ivan-moroz'));
    expect(claim?.via).toEqual({ description: 'according to his office', entityKey: null });
  });

  it('reads "the office" as an office the gazetteer lacks, named before in full', () => {
    const claims = said(
      "The court found the men guilty, the Prosecutor General's Office said. According to the office, the men had fired on houses.",
      'en',
    );
    const office = { kind: 'new', name: { start: 36, end: 63, text: "Prosecutor General's Office" }, entityKind: 'ORGANIZATION' };
    expect(claims).toEqual([
      ['The court found the men guilty', office],
      ['the men had fired on houses.', office],
    ]);
  });
});

describe('extractClaims: an apposition between a closing speaker and the verb', () => {
  it('takes the name before "the federal agency" as who said it', () => {
    expect(said('Flights were suspended for three hours, [[Avia Test|org:test-avia]], the federal air agency, said.', 'en')).toEqual([
      ['Flights were suspended for three hours', entity('org:test-avia')],
    ]);
  });

  it('keeps a clause about the speaker that is no apposition out of it', () => {
    expect(said('Flights were suspended for three hours, the airport, as usual, said.', 'en')).toEqual([]);
  });
});

describe('extractClaims: "…, X said, while Y said …" reports twice', () => {
  it('closes the first half with its own attribution and keeps the second', () => {
    expect(
      said(
        'Drones struck a depot overnight, [[Ivan Moroz|person:test-ivan-moroz]] said on Wednesday, while [[Anna Vogt|person:test-anna-vogt]] said air defences had downed ten drones.',
        'en',
      ),
    ).toEqual([
      ['Drones struck a depot overnight', entity('person:test-ivan-moroz')],
      ['air defences had downed ten drones.', entity('person:test-anna-vogt')],
    ]);
  });

  it('reads nothing before a connective that closes no report', () => {
    expect(said('Drones struck a depot overnight, while [[Anna Vogt|person:test-anna-vogt]] said ten were downed.', 'en')).toEqual([
      ['ten were downed.', entity('person:test-anna-vogt')],
    ]);
  });
});

describe('extractClaims: who gave the statement a list sums up', () => {
  it('looks inside the relative clause of an introduction with no speech verb', () => {
    const claims = said(
      'Главное из брифинга, который провел представитель ведомства [[Иван Морозов|person:test-ivan-morozov]]:\n• Север: отражены две атаки.\n• Юг: сбиты три беспилотника.',
      'ru',
    );
    expect(claims.map(([, speaker]) => speaker)).toEqual([entity('person:test-ivan-morozov'), entity('person:test-ivan-morozov')]);
  });

  it('reads "His daily summary" as the speaker before', () => {
    const claims = said(
      'Drones hit the town overnight, [[Ivan Moroz|person:test-ivan-moroz]] said. His daily summary listed the damage:\n- Dubky: a barn burned.\n- Lisne: two houses lost their windows.',
      'en',
    );
    expect(claims.map(([, speaker]) => speaker)).toEqual([
      entity('person:test-ivan-moroz'),
      entity('person:test-ivan-moroz'),
      entity('person:test-ivan-moroz'),
    ]);
  });

  it('does not read "his" before what is no statement as a speaker', () => {
    expect(said('His house burned down:\n- Dubky: a barn burned.\n- Lisne: two houses lost their windows.', 'en')).toEqual([]);
  });
});

describe('extractClaims: a capitalised adverb before a known surname', () => {
  it('takes "Окремо Табурець" as the Табурець who spoke before', () => {
    const claims = claimsOf(
      'Начальник ОВА Ігор Табурець повідомив, що вночі збили два дрони. Окремо Табурець заявив, що світло повернули.',
      'uk',
    );
    expect(claims.map((c) => (c.speaker?.kind === 'new' ? c.speaker.name.text : null))).toEqual(['Ігор Табурець', 'Ігор Табурець']);
  });
});

describe('extractClaims: neuter speakers take the neuter past', () => {
  it('reads "сказало джерело" and "добавило ведомство" as attributions', () => {
    const [uk] = claimsOf('— Вони йдуть малими групами, — сказало джерело.', 'uk');
    expect(uk?.speaker).toEqual({ kind: 'anonymous', description: 'джерело', country: null });
    const [ru] = claimsOf('«Угрозы нет», — добавило ведомство.', 'ru');
    expect(ru?.speaker).not.toBeNull();
  });
});

describe('extractClaims: a term in quote marks inside what was said', () => {
  it('keeps «шахедів» inside the reported content, no fragment of its own', () => {
    const claims = claimsOf(
      'Речник [[Юрій Ігнат|person:test-yurii-ihnat]] пояснив, що частина «шахедів» цієї ночі заходила з півночі.',
      'uk',
    );
    expect(claims.map((c) => [c.segments.map((s) => s.text).join(' … '), c.flags])).toEqual([
      ['частина «шахедів» цієї ночі заходила з півночі.', ['INDIRECT']],
    ]);
  });

  it('reads a quoted word that nothing counts as the speaker’s', () => {
    const claims = claimsOf('[[Anna Vogt|person:test-anna-vogt]] said that units had "liberated" the town on Monday.', 'en');
    expect(claims.map((c) => c.flags)).toContainEqual(['PARTIAL']);
  });

  it('still reads words quoted at the end of what was said as a partial quote', () => {
    const claims = claimsOf('[[Олег Мороз|person:test-oleh-moroz]] заявив, що армія «не дасть себе втягнути».', 'uk');
    expect(claims.map((c) => c.flags)).toContainEqual(['PARTIAL']);
  });
});

describe('extractClaims: a reporter’s aside and a source phrase with an adverb', () => {
  it('ends what was denied before ", про що писали …"', () => {
    const [claim] = claimsOf(
      '[[Олег Мороз|person:test-oleh-moroz]] заперечив, що в місті загинули люди, про що вранці писали телеграм-канали.',
      'uk',
    );
    expect(claim?.segments.map((s) => s.text)).toEqual(['в місті загинули люди']);
  });

  it('reads "Как ранее заявил X, …" as "как заявил X"', () => {
    const [claim] = claimsOf(
      'Как ранее заявил глава ведомства [[Иван Морозов|person:test-ivan-morozov]], по делу проходят 200 человек.',
      'ru',
    );
    expect(claim?.segments.map((s) => s.text)).toEqual(['по делу проходят 200 человек.']);
    expect(claim?.speaker).toEqual(entity('person:test-ivan-morozov'));
  });

  it('takes "Защита" as the defendants’ lawyers speaking', () => {
    const [claim] = claimsOf('Защита отрицает, что подзащитные стреляли по домам.', 'ru');
    expect(claim?.speaker).toEqual({ kind: 'anonymous', description: 'Защита', country: null });
  });
});

describe('extractClaims: an analyst’s view', () => {
  const source =
    'Artyom Shraibman, a political analyst, believes the announcement was addressed to Warsaw. In his view, the missile gives Minsk leverage.';
  const shraibman = { kind: 'new', name: { start: 0, end: 16, text: 'Artyom Shraibman' }, entityKind: 'PERSON' };

  it('reads "believes" and "In his view" as what the named analyst says, not their apposition', () => {
    expect(said(source, 'en')).toEqual([
      ['the announcement was addressed to Warsaw.', shraibman],
      ['the missile gives Minsk leverage.', shraibman],
    ]);
  });

  it('keeps an apposition after a place opening the sentence as the speaker', () => {
    const [claim] = claimsOf('In Kyiv, a senior official said the talks would resume.', 'en');
    expect(claim?.speaker).toEqual({ kind: 'anonymous', description: 'a senior official', country: null });
  });
});

describe('extractClaims: a title and its holder’s name set off before a closing verb', () => {
  it('takes the name after "the head of …," as who said it', () => {
    expect(
      said('Drones attacked gas facilities overnight, the head of the regional administration, Volodymyr Kohut, said on Saturday.', 'en'),
    ).toEqual([
      [
        'Drones attacked gas facilities overnight',
        { kind: 'new', name: { start: 83, end: 98, text: 'Volodymyr Kohut' }, entityKind: 'PERSON' },
      ],
    ]);
  });
});

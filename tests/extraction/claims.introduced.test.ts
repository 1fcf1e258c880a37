import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';
import { marked } from '../support/marked-text.js';

/** Speakers the linker does not know, introduced by their title before they speak (issue 11, extraction round 5). */
const claimsOf = (source: string, language: string): ExtractedClaim[] => extractClaims(marked(source, language));
const newName = (claim: ExtractedClaim | undefined) => (claim?.speaker?.kind === 'new' ? claim.speaker.name.text : null);
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });
const unnamed = (description: string) => ({ kind: 'anonymous', description, country: null });

describe('extractClaims: a pronoun after a titled name the linker does not know', () => {
  it('takes the person introduced in this paragraph, not the speaker of the paragraph before', () => {
    const uk = claimsOf(
      '[[Сибіга|person:andrii-sybiha]] заявив, що переговори тривають.\n\n' +
        'Міський голова [[Кременчука|place:geonames-704147]] Віталій Малецький назвав атаку масованою. «Росіяни б’ють по місту», — сказав він.',
      'uk',
    );
    const ru = claimsOf(
      '[[Песков|person:dmitry-peskov]] заявил, что встреча прошла.\n\n' +
        'Губернатор [[Курской области|place:kursk-oblast-ru]] Сергей Петров приехал в село. «Дома восстановят к зиме», — сказал он.',
      'ru',
    );
    expect([uk, ru].map((claims) => newName(claims[1]))).toEqual(['Віталій Малецький', 'Сергей Петров']);
  });

  it('takes the person whose bare surname comes back in a later paragraph for "за його словами"', () => {
    const uk = claimsOf(
      'Начальник [[ОВА|org:poltava-oma]] Володимир Когут повідомив, що пожежу ліквідовано.\n\n' +
        '[[Сибіга|person:andrii-sybiha]] заявив, що переговори тривають.\n\n' +
        'Зранку Когут провів засідання ради оборони. За його словами, в області встановлять 40 установок.',
      'uk',
    );
    expect(uk.map(newName)).toEqual(['Володимир Когут', null, 'Володимир Когут']);
  });

  it('keeps the previous speaker when the capitalised words have no title before them', () => {
    const ru = claimsOf(
      '[[Песков|person:dmitry-peskov]] заявил, что встреча прошла.\n\nНа улице Андрея Петрова светло. «Работа продолжится», — сказал он.',
      'ru',
    );
    expect(ru.map((c) => c.speaker)).toEqual([entity('person:dmitry-peskov'), entity('person:dmitry-peskov')]);
  });
});

describe('extractClaims: a report to someone ("доложил министру", "доповів президенту")', () => {
  it('takes the one reporting after the addressee for the speaker', () => {
    const ru = claimsOf('«Темп наступления сохраняется», — доложил министру командующий группировкой генерал Евгений Никифоров.', 'ru');
    const uk = claimsOf('«Ворог відступає», — доповів президенту командувач угруповання Олег Петренко.', 'uk');
    expect([ru, uk].map((claims) => newName(claims[0]))).toEqual(['Евгений Никифоров', 'Олег Петренко']);
  });

  it('leaves the addressee out of an unnamed speaker', () => {
    const ru = claimsOf('«Темп наступления сохраняется», — доложил министру командующий группировкой.', 'ru');
    expect(ru.map((c) => c.speaker)).toEqual([unnamed('командующий группировкой')]);
  });

  it('reads no claim in what a report was about', () => {
    const uk = claimsOf(
      'Головнокомандувач [[Олександр Сирський|person:oleksandr-syrskyi]] доповів президенту про ситуацію на фронті.',
      'uk',
    );
    const ru = claimsOf('Командующий доложил министру о ходе операции.', 'ru');
    expect([...uk, ...ru]).toEqual([]);
  });
});

describe('extractClaims: an outlet quoting someone ("приводит ТАСС слова Шойгу", "наводить Укрінформ слова")', () => {
  it('takes the one quoted for the speaker and the outlet for the channel', () => {
    const ru = claimsOf(
      '«Мы обсудили весь спектр вопросов», — приводит [[ТАСС|org:tass|OUTLET]] слова [[Шойгу|person:sergei-shoigu]].',
      'ru',
    );
    const uk = claimsOf('«Ми обговорили все», — наводить [[Укрінформ|org:ukrinform|OUTLET]] слова [[Сибіги|person:andrii-sybiha]].', 'uk');
    expect([...ru, ...uk].map((c) => [c.speaker, c.via?.entityKey])).toEqual([
      [entity('person:sergei-shoigu'), 'org:tass'],
      [entity('person:andrii-sybiha'), 'org:ukrinform'],
    ]);
  });

  it('reads no claim in the figures an outlet or a body gives', () => {
    expect(claimsOf('Министерство приводит данные о потерях противника.', 'ru')).toEqual([]);
  });
});

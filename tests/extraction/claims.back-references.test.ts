import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';
import { marked } from '../support/marked-text.js';

/** Speakers named before the claim's own sentence: by a title, by a quote going on, by a word for a body's head (issue 11 §2). */
const claimsOf = (source: string, language = 'en'): ExtractedClaim[] => extractClaims(marked(source, language));
const said = (claims: readonly ExtractedClaim[]) => claims.map((c) => [c.segments.map((s) => s.text).join(' … '), c.speaker]);
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });

const SYNIEHUBOV = 'person:oleh-syniehubov';
const GLADKOV = 'person:vyacheslav-gladkov';

describe('extractClaims: "according to" a title names the speaker, not a channel', () => {
  it('reads "according to the governor" inside and after the content in English', () => {
    const claims = claimsOf(
      `Kharkiv Governor [[Oleh Syniehubov|${SYNIEHUBOV}]] said the city was attacked. ` +
        'In [[Kupiansk|place:geonames-703656]], according to the governor, three people were injured. ' +
        'Two houses burned in [[Chuhuiv|place:geonames-710374]], according to the regional governor.',
    );
    expect(said(claims).slice(1)).toEqual([
      ['In Kupiansk … three people were injured.', entity(SYNIEHUBOV)],
      ['Two houses burned in Chuhuiv', entity(SYNIEHUBOV)],
    ]);
    expect(claims.map((c) => c.via)).toEqual([null, null, null]);
  });

  it('keeps sources and figures relied on as the channel', () => {
    const [claim] = claimsOf('Officials said two houses burned, according to government figures.');
    expect(claim!.via).toMatchObject({ description: 'according to government figures' });
  });

  it('reads "по словам губернатора" and "за словами голови ОВА" as the governor named before', () => {
    const ru = claimsOf(`Губернатор [[Вячеслав Гладков|${GLADKOV}]] сообщил об атаке. По словам губернатора, повреждены два дома.`, 'ru');
    expect(said(ru)).toEqual([['повреждены два дома.', entity(GLADKOV)]]);
    const uk = claimsOf(
      `Голова [[Харківської ОВА|org:kharkiv-oma]] [[Олег Синєгубов|${SYNIEHUBOV}]] повідомив про атаку. За словами голови ОВА, пошкоджено два будинки.`,
      'uk',
    );
    expect(said(uk).at(-1)).toEqual(['пошкоджено два будинки.', entity(SYNIEHUBOV)]);
  });
});

describe('extractClaims: a quote standing alone goes on from the speaker of the sentence before', () => {
  it('gives it the speaker of the sentence or paragraph before, in the three languages', () => {
    const en = claimsOf(
      `[[Oleh Syniehubov|${SYNIEHUBOV}]] said the situation was under control.\n\n"Rescuers are at the site. Nobody was killed."`,
    );
    expect(said(en)).toEqual([
      ['the situation was under control.', entity(SYNIEHUBOV)],
      ['Rescuers are at the site. Nobody was killed.', entity(SYNIEHUBOV)],
    ]);
    const ru = claimsOf(`[[Вячеслав Гладков|${GLADKOV}]] сообщил о пострадавших. «Повреждены два дома. Погибших нет».`, 'ru');
    expect(said(ru).at(-1)).toEqual(['Повреждены два дома. Погибших нет', entity(GLADKOV)]);
    const uk = claimsOf(`[[Олег Синєгубов|${SYNIEHUBOV}]] повідомив про атаку.\n\n«Пошкоджено два будинки. Загиблих немає».`, 'uk');
    expect(said(uk).at(-1)).toEqual(['Пошкоджено два будинки. Загиблих немає', entity(SYNIEHUBOV)]);
  });

  it('guesses no speaker when nobody speaks in the sentence before, or two paragraphs back', () => {
    expect(said(claimsOf(`[[Oleh Syniehubov|${SYNIEHUBOV}]] visited the site.\n\n"Nobody was killed."`))).toEqual([
      ['Nobody was killed.', null],
    ]);
    const far = claimsOf(`[[Oleh Syniehubov|${SYNIEHUBOV}]] said the city was calm.\n\nSirens sounded at noon.\n\n"Nobody was killed."`);
    expect(said(far).at(-1)).toEqual(['Nobody was killed.', null]);
  });
});

describe('extractClaims: a title refers back to the person named without one', () => {
  it('reads "the governor", "Губернатор", "Голова ОВА" as the person introduced in the paragraph before', () => {
    const en = claimsOf(
      `[[Oleh Syniehubov|${SYNIEHUBOV}]] visited the site.\n\n"We will rebuild every house," the governor told reporters.`,
    );
    expect(said(en)).toEqual([['We will rebuild every house,', entity(SYNIEHUBOV)]]);
    const ru = claimsOf(`[[Вячеслав Гладков|${GLADKOV}]] осмотрел место удара.\n\nГубернатор сообщил, что повреждены два дома.`, 'ru');
    expect(said(ru)).toEqual([['повреждены два дома.', entity(GLADKOV)]]);
    const uk = claimsOf(`[[Олег Синєгубов|${SYNIEHUBOV}]] оглянув місце удару.\n\nГолова ОВА повідомив, що пошкоджено два будинки.`, 'uk');
    expect(said(uk)).toEqual([['пошкоджено два будинки.', entity(SYNIEHUBOV)]]);
  });

  it('reads a plural title as a group of its own, and a title with nobody before as unnamed', () => {
    const ru = claimsOf(`[[Вячеслав Гладков|${GLADKOV}]] осмотрел место удара. Эксперты считают, что ремонт займёт месяц.`, 'ru');
    expect(said(ru)).toEqual([['ремонт займёт месяц.', { kind: 'anonymous', description: 'Эксперты', country: null }]]);
    const en = claimsOf('Sirens sounded at noon.\n\n"We will rebuild every house," the governor told reporters.');
    expect(en[0]!.speaker).toMatchObject({ kind: 'anonymous', description: 'the governor' });
  });

  it('takes head, chief; глава, руководитель; голова, очільник for one title', () => {
    const en = claimsOf(
      `[[Oleh Syniehubov|${SYNIEHUBOV}]], head of the regional administration, said power was back. ` +
        '[[Ihor Terekhov|person:ihor-terekhov]] said two houses burned. "We will rebuild," the chief of the administration said.',
    );
    expect(said(en).at(-1)).toEqual(['We will rebuild,', entity(SYNIEHUBOV)]);
    const ru = claimsOf(
      `Глава региона [[Вячеслав Гладков|${GLADKOV}]] сообщил об атаке. Мэр [[Валентин Демидов|person:valentin-demidov]] сказал, что света нет. ` +
        'По словам руководителя региона, повреждены два дома.',
      'ru',
    );
    expect(said(ru).at(-1)).toEqual(['повреждены два дома.', entity(GLADKOV)]);
    const uk = claimsOf(
      `Голова ОВА [[Олег Синєгубов|${SYNIEHUBOV}]] повідомив про атаку. Мер [[Ігор Терехов|person:ihor-terekhov]] сказав, що світла немає. ` +
        'За словами очільника ОВА, пошкоджено два будинки.',
      'uk',
    );
    expect(said(uk).at(-1)).toEqual(['пошкоджено два будинки.', entity(SYNIEHUBOV)]);
  });
});

describe('extractClaims: a body named by where it spoke ("повідомили в Укренерго")', () => {
  it('makes an unknown name after "сообщили в", "повідомили в" a new organization', () => {
    const uk = claimsOf('На Рівненщині запроваджено аварійні відключення, повідомили в Укренерго.', 'uk');
    expect(said(uk)).toEqual([
      [
        'На Рівненщині запроваджено аварійні відключення',
        { kind: 'new', name: { start: 62, end: 71, text: 'Укренерго' }, entityKind: 'ORGANIZATION' },
      ],
    ]);
    const ru = claimsOf('Тарифы на газ вырастут вдвое, сообщили в Молдовагазе.', 'ru');
    expect(ru[0]!.speaker).toMatchObject({ kind: 'new', name: { text: 'Молдовагазе' }, entityKind: 'ORGANIZATION' });
  });

  it('describes a place or a body in lower case there as the text writes it, and leaves a known organization to its key', () => {
    const uk = claimsOf('Польська сторона посилила контроль на кордоні, повідомили у [[Варшаві|place:geonames-756135]].', 'uk');
    expect(uk[0]!.speaker).toEqual({ kind: 'anonymous', description: 'у Варшаві', country: null });
    const ru = claimsOf('Тарифы на газ вырастут вдвое, сообщили в исполнительном комитете автономии.', 'ru');
    expect(ru[0]!.speaker).toEqual({ kind: 'anonymous', description: 'исполнительном комитете автономии', country: null });
    const known = claimsOf('Уламки впали на поле, повідомили в [[ДСНС|org:state-emergency-service-ua]].', 'uk');
    expect(known[0]!.speaker).toEqual(entity('org:state-emergency-service-ua'));
  });
});

describe('extractClaims: a possessive in the source phrase ("по его данным", "за їхніми даними")', () => {
  it('reads it as the speaker before, interrupting or opening the content', () => {
    const ru = claimsOf(`[[Вячеслав Гладков|${GLADKOV}]] сообщил, что бои идут. В Шебекине, по его данным, продолжается зачистка.`, 'ru');
    expect(said(ru).at(-1)).toEqual(['В Шебекине … продолжается зачистка.', entity(GLADKOV)]);
    const uk = claimsOf(
      `У [[ДСНС|org:state-emergency-service-ua]] повідомили, що в порту сталася пожежа. За їхніми даними, знищено 14 човнів.`,
      'uk',
    );
    expect(said(uk).at(-1)).toEqual(['знищено 14 човнів.', entity('org:state-emergency-service-ua')]);
  });
});

describe('extractClaims: a governor by the words news uses in turn for them', () => {
  it('reads "глава региона", "голова області" after a governor spoke as that governor', () => {
    const ru = claimsOf(
      'Губернатор [[Александр Богомаз|person:alexander-bogomaz]] сообщил, что над областью сбиты 20 беспилотников.\n\n' +
        '«Атака была массированной, но службы сработали штатно», — написал глава региона.',
      'ru',
    );
    expect(ru.map((c) => c.speaker)).toEqual([entity('person:alexander-bogomaz'), entity('person:alexander-bogomaz')]);
    const uk = claimsOf(
      `Губернатор [[Олег Синєгубов|${SYNIEHUBOV}]] повідомив, що в Харкові пошкоджено школу.\n\n` +
        '— Усі служби працюють на місці, — додав голова області.',
      'uk',
    );
    expect(uk.map((c) => c.speaker)).toEqual([entity(SYNIEHUBOV), entity(SYNIEHUBOV)]);
  });

  it('reads the governor a report opens with as the one governor it names later, and no one when it names two', () => {
    const one = claimsOf(
      'Drones struck a fuel terminal overnight, the governor of Russia’s Leningrad region said on Tuesday.\n\n' +
        '"The fire has been contained," Governor [[Alexander Drozdenko|person:alexander-drozdenko]] wrote.',
    );
    expect(one.map((c) => c.speaker)).toEqual([entity('person:alexander-drozdenko'), entity('person:alexander-drozdenko')]);
    const two = claimsOf(
      'Drones struck fuel depots overnight, the governor of the region said.\n\n' +
        `Governor [[Vyacheslav Gladkov|${GLADKOV}]] said a school was hit. Governor [[Oleh Syniehubov|${SYNIEHUBOV}]] said Kharkiv was calm.`,
    );
    expect(two[0]!.speaker).toEqual({ kind: 'anonymous', description: 'the governor of the region', country: null });
  });
});

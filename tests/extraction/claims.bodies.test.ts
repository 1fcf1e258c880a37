import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';
import { marked } from '../support/marked-text.js';

/** Bodies named by their kind alone and outlets named in quotation marks (issue 11 §2); every sentence is test material. */
const claimsOf = (source: string, language: string): ExtractedClaim[] => extractClaims(marked(source, language));
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });
const unnamed = (description: string) => ({ kind: 'anonymous', description, country: null });

describe('extractClaims: a body noun refers back to the body of its kind named before', () => {
  it('takes "ведомство" for the ministry, past an outlet and another body named since', () => {
    const ru = claimsOf(
      'Посёлок перешёл под контроль армии, сообщили в [[Минобороны|org:ministry-of-defence-ru]]. ' +
        '«Идёт разминирование», — говорится в сообщении ведомства.\n\n' +
        'По данным [[Генштаба ВСУ|org:general-staff-ua]], бои продолжаются.\n\n' +
        '— Отходить придётся на неготовые рубежи, — сказал [[ТАСС|org:tass|OUTLET]] военный эксперт.\n\n' +
        'По данным ведомства, награды получили сорок военнослужащих.',
      'ru',
    );
    expect(ru.map((c) => c.speaker)).toEqual([
      entity('org:ministry-of-defence-ru'),
      entity('org:ministry-of-defence-ru'),
      entity('org:general-staff-ua'),
      unnamed('военный эксперт'),
      entity('org:ministry-of-defence-ru'),
    ]);
  });

  it('reads a time between the verb and the named body as no body of its own', () => {
    const ru = claimsOf('Село освобождено, сообщили в среду в [[Минобороны России|org:ministry-of-defence-ru]].', 'ru');
    expect(ru[0]!.speaker).toEqual(entity('org:ministry-of-defence-ru'));
  });

  it('takes "командування" and "компанія" for a body of that kind named in the paragraph or the one before', () => {
    const uk = claimsOf(
      'За даними [[Повітряних сил|org:air-force-ua]], уночі летіли ракети. Збито 14 із 19 ракет, уточнили в командуванні.\n\n' +
        'Світла немає в трьох районах, повідомили в [[Укренерго|org:ukrenergo]].\n\n' +
        'У компанії зазначили, що росіяни втретє цілили в ті самі підстанції.',
      'uk',
    );
    expect(uk.map((c) => c.speaker)).toEqual([
      entity('org:air-force-ua'),
      entity('org:air-force-ua'),
      entity('org:ukrenergo'),
      entity('org:ukrenergo'),
    ]);
  });

  it('leaves the body unnamed when none of its kind was named near: a ministry is no command, an administration far back neither', () => {
    const uk = claimsOf(
      '[[Міноборони|org:ministry-of-defence-ua]] заявило, що постачання тривають.\n\n' +
        'Ворог тисне на двох напрямках.\n\n' +
        'За даними командування, оператори дронів уразили двісті одиниць техніки.',
      'uk',
    );
    expect(uk.map((c) => c.speaker)).toEqual([entity('org:ministry-of-defence-ua'), unnamed('командування')]);
    const ru = claimsOf('По данным [[Генштаба ВСУ|org:general-staff-ua]], бои продолжаются. По данным ведомства, потерь нет.', 'ru');
    expect(ru[1]!.speaker).toEqual(unnamed('ведомства'));
  });
});

describe('extractClaims: a channel whose name stands in quotation marks', () => {
  it('reads the outlet inside the marks as the channel, the speaker being who spoke on it', () => {
    const ru = claimsOf(
      'Глава региона [[Денис Пушилин|person:denis-pushilin]] в эфире телеканала «[[Россия-24|org:rossiya-24|OUTLET]]» заявил, что жители вернутся весной.',
      'ru',
    );
    expect(ru[0]!.speaker).toEqual(entity('person:denis-pushilin'));
    expect(ru[0]!.via).toEqual({ description: 'в эфире телеканала «Россия-24»', entityKey: 'org:rossiya-24' });
    const uk = claimsOf(
      'Бої тривають, заявив [[Трегубов|person:viktor-trehubov]] в ефірі телемарафону «[[Суспільне|org:suspilne|OUTLET]]».',
      'uk',
    );
    expect(uk[0]!.via).toEqual({ description: 'в ефірі телемарафону «Суспільне»', entityKey: 'org:suspilne' });
  });
});

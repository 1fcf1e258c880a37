import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';
import { marked } from '../support/marked-text.js';

/** Round 14 of issue 11: "ведомство" with a demonym before it (every sentence is test material, not news). */
const claimsOf = (source: string, language: string): ExtractedClaim[] => extractClaims(marked(source, language));
const speakerOf = (claims: readonly ExtractedClaim[], text: string) => claims.find((c) => c.segments[0]!.text.includes(text))?.speaker;
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });

const RU_STAFF_THEN_MINISTRY =
  'В [[Минобороны России|org:test-mod-ru]] заявили, что заняли село. В [[Генштабе ВСУ|org:test-staff-ua]] это опровергли. ' +
  'Официальный представитель [[МИД Украины|org:test-mfa-ua]] [[Иван Мороз|person:test-ivan-moroz]] призвал проверять сводки.\n\n';

describe('extractClaims: "украинского ведомства" is the Ukrainian state body that spoke before', () => {
  it('reads a demonym before "ведомство" as whose body spoke, past a later body of another country', () => {
    const claims = claimsOf(`${RU_STAFF_THEN_MINISTRY}По данным российского военного ведомства, потери противника выросли.`, 'ru');
    expect(speakerOf(claims, 'потери противника')).toEqual(entity('org:test-mod-ru'));
  });

  it('takes a general staff for "ведомство": "В украинском ведомстве также заявили"', () => {
    const claims = claimsOf(
      'В [[Минобороны России|org:test-mod-ru]] заявили, что заняли село. В [[Генштабе ВСУ|org:test-staff-ua]] утверждают, что удар поразил склад. ' +
        'В украинском ведомстве также заявили о поражении станции.',
      'ru',
    );
    expect(speakerOf(claims, 'поражении станции')).toEqual(entity('org:test-staff-ua'));
  });

  it('reads the Ukrainian "у військовому відомстві" as the general staff named before', () => {
    const claims = claimsOf(
      'У [[Генштабі ЗСУ|org:test-staff-ua]] повідомили про удар по заводу. У військовому відомстві зазначили, що завод забезпечує пальним війська.',
      'uk',
    );
    expect(speakerOf(claims, 'завод забезпечує')).toEqual(entity('org:test-staff-ua'));
  });

  it('refers back to no body of another country: "российского ведомства" after only Ukrainian bodies', () => {
    const claims = claimsOf(
      'В [[Генштабе ВСУ|org:test-staff-ua]] сообщили об ударе. По данным российского ведомства, потери противника выросли.',
      'ru',
    );
    expect(speakerOf(claims, 'потери противника')).not.toEqual(entity('org:test-staff-ua'));
  });
});

describe('extractClaims: a bare "ведомство" is still the ministry, and an adverb ends a source\'s description', () => {
  it('reads "По данным ведомства" as the ministry, past a general staff named later', () => {
    const claims = claimsOf(
      'В [[Минобороны России|org:test-mod-ru]] заявили, что заняли село. По данным [[Генштаба ВСУ|org:test-staff-ua]], бои продолжаются. ' +
        'По данным ведомства, награды получили 200 военнослужащих.',
      'ru',
    );
    expect(speakerOf(claims, 'награды получили')).toEqual(entity('org:test-mod-ru'));
  });

  it('keeps "также" out of a source\'s description: "Источник в штабе также сообщил"', () => {
    const claims = claimsOf('Источник в штабе также сообщил, что колонна вышла к мосту.', 'ru');
    expect(speakerOf(claims, 'колонна вышла')).toEqual({ kind: 'anonymous', description: 'Источник в штабе', country: null });
  });
});

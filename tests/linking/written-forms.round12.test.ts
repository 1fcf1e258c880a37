/**
 * Round 12: a case form two forms could decline is read as the one the article writes out
 * (Просяная … Просяной), not one it never writes (Просяна, a namesake's Ukrainian form). Sentences
 * are test material.
 */
import { describe, expect, it } from 'vitest';

import { buildNameIndex, linkMentions, type GazetteerEntry, type LinkedMention } from '../../src/linking/linker.js';
import { place } from './gazetteer.fixture.js';

const village = (key: string, forms: string[], population: number): GazetteerEntry => ({
  ...place(key, 'UA', 'Dnipropetrovsk Oblast', [], forms),
  featureClass: 'P',
  population,
});

// The namesake is the bigger of the two, so that only the written form can tell them apart.
const index = buildNameIndex([
  village('place:prosiana-ua', ['Просяна', 'Просяная'], 4_800),
  village('place:vilne-ua', ['Вільне', 'Просяна'], 5_400),
]);

const mentions = (text: string): LinkedMention[] => linkMentions(text, index, { language: 'ru' });
const declined = (found: LinkedMention[]): LinkedMention => found.find((m) => m.text === 'Просяной')!;

describe('a case form of a form the article writes out', () => {
  it('is that form’s place, not a bigger namesake whose form the article never writes', () => {
    const found = declined(mentions('Армия заняла Просяная. После взятия Просяной наступление продолжится.'));
    expect(found.candidates[0]!.entityKey).toBe('place:prosiana-ua');
    const namesake = found.candidates.find((c) => c.entityKey === 'place:vilne-ua')!;
    expect(namesake.evidence).toContain('declines “Просяна”, which the article never writes');
  });

  it('says nothing when the article writes neither form', () => {
    const found = declined(mentions('После взятия Просяной наступление продолжится.'));
    for (const c of found.candidates) expect(c.evidence.join(' ')).not.toContain('never writes');
  });

  it('says nothing when both forms are written', () => {
    const found = declined(mentions('Просяна и Просяная рядом. После взятия Просяной наступление продолжится.'));
    for (const c of found.candidates) expect(c.evidence.join(' ')).not.toContain('never writes');
  });
});

import { describe, expect, it } from 'vitest';

import { buildNameIndex, linkMentions, type LinkedMention } from '../../src/linking/linker.js';
import { GAZETTEER } from './gazetteer.fixture.js';

const index = buildNameIndex(GAZETTEER);
const mentionOf = (text: string, name: string, outletCountry?: string): LinkedMention => {
  const found = linkMentions(text, index, { outletCountry }).find((m) => m.text === name);
  if (found === undefined) throw new Error(`${name} not found in ${text}`);
  return found;
};

describe('linkMentions: homonyms', () => {
  it('resolves Pokrovsk to the Ukrainian town next to Donetsk Oblast, with the evidence', () => {
    const m = mentionOf('Shelling hit Pokrovsk, Donetsk Oblast, overnight.', 'Pokrovsk');
    expect(m.entityKey).toBe('place:pokrovsk-donetsk-ua');
    expect(m.evidence).toContain('lies within place:donetsk-oblast-ua mentioned at 23');
    expect(m.candidates.map((c) => c.entityKey)).toEqual(['place:pokrovsk-donetsk-ua', 'place:pokrovsk-sakha-ru']);
    expect(m.score).toBeGreaterThan(m.candidates[1].score);
  });

  it('resolves Pokrovsk to the Russian town next to Yakutia', () => {
    const m = mentionOf('Pokrovsk, on the Lena in Yakutia, flooded.', 'Pokrovsk');
    expect(m.entityKey).toBe('place:pokrovsk-sakha-ru');
    expect(m.evidence).toContain('same admin area (Sakha Republic) as place:sakha-republic-ru mentioned at 25');
  });

  it('uses a context place that comes after the mention as well as before', () => {
    expect(mentionOf('Yakutia: floods in Pokrovsk.', 'Pokrovsk').entityKey).toBe('place:pokrovsk-sakha-ru');
  });

  it('keeps the candidates and no entity when nothing in the article tells them apart', () => {
    const m = mentionOf('Pokrovsk was quiet today.', 'Pokrovsk');
    expect(m.entityKey).toBeNull();
    expect(m.score).toBe(0);
    expect(m.candidates.map((c) => c.entityKey).sort()).toEqual(['place:pokrovsk-donetsk-ua', 'place:pokrovsk-sakha-ru']);
    expect(m.evidence).toEqual(['ambiguous: no context evidence']);
  });

  it('keeps it open when the context points both ways equally', () => {
    const m = mentionOf('Kramatorsk and Yakutia both have a Pokrovsk nearby.', 'Pokrovsk');
    expect(m.entityKey).toBeNull();
    expect(m.evidence[0]).toMatch(/^ambiguous: no clear margin/);
    expect(m.candidates.map((c) => c.evidence)).toEqual([
      ['same admin area (Donetsk Oblast) as place:kramatorsk-donetsk-ua mentioned at 0'],
      ['same admin area (Sakha Republic) as place:sakha-republic-ru mentioned at 15'],
    ]);
  });

  it('does not decide on a shared country alone', () => {
    // Kyiv only says "Ukraine", which both a Vovchansk and nothing else have: too little to choose.
    const m = mentionOf('From Kyiv, news of Volchansk.', 'Volchansk');
    expect(m.entityKey).toBeNull();
    expect(m.candidates[0]).toMatchObject({ entityKey: 'place:vovchansk-kharkiv-ua' });
    expect(m.candidates[0].evidence).toEqual(['same country (UA) as place:kyiv mentioned at 5']);
  });

  it('counts the same entity under another name as context (Krasnoarmeysk … Pokrovsk)', () => {
    const m = mentionOf('Krasnoarmeysk, now called Pokrovsk.', 'Pokrovsk');
    expect(m.entityKey).toBe('place:pokrovsk-donetsk-ua');
    expect(m.evidence[0]).toBe('same entity named at 0');
  });

  it('uses mentions resolved in the first pass as context in the second', () => {
    const m = mentionOf('Tabaga lies near Pokrovsk in Yakutia.', 'Tabaga');
    expect(m.entityKey).toBe('place:tabaga-sakha-ru');
    expect(m.evidence).toContain('lies within place:pokrovsk-sakha-ru mentioned at 17');
  });

  it('takes the outlet country as a hint that ranks but never decides on its own', () => {
    const m = mentionOf('Volchansk was quiet today.', 'Volchansk', 'RU');
    expect(m.entityKey).toBeNull();
    expect(m.candidates[0].entityKey).toBe('place:volchansk-sverdlovsk-ru');
    expect(m.candidates[0].evidence).toEqual(['outlet country RU']);
    expect(m.candidates[0].score).toBeGreaterThan(m.candidates[1].score);
  });

  it('lets the outlet hint add to real evidence', () => {
    const m = mentionOf('Volchansk, Russia.', 'Volchansk', 'RU');
    expect(m.entityKey).toBe('place:volchansk-sverdlovsk-ru');
    expect(m.evidence).toEqual(['lies within place:russia mentioned at 11', 'outlet country RU', expect.stringMatching(/^preferred over place:vovchansk-kharkiv-ua/)]);
  });

  it('scores candidates between 0 and 1, best first', () => {
    const m = mentionOf('Pokrovsk, Donetsk Oblast; Sloviansk; Yakutia.', 'Pokrovsk');
    const scores = m.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0);
    expect(scores.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1);
  });
});

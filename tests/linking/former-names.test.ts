import { describe, expect, it } from 'vitest';

import { buildNameIndex, linkMentions, type GazetteerEntry, type LinkedMention } from '../../src/linking/linker.js';
import { entry, place } from './gazetteer.fixture.js';

const town = (key: string, country: string, forms: string[], population: number, former?: [string, string]): GazetteerEntry => ({
  ...place(key, country, `${country} Region`, [], forms),
  featureClass: 'P',
  population,
  ...(former ? { weakForms: [{ form: former[0], kind: 'FORMER' as const, usedUntil: former[1] }] } : {}),
});

const index = buildNameIndex([
  town('place:svitlohirsk', 'UA', ['Svitlohirsk', 'Krasnohirsk'], 150_000, ['Krasnohirsk', '1989']),
  town('place:krasnohirsk-ru', 'RU', ['Krasnohirsk'], 20_000),
  town('place:sofiivsk', 'UA', ['Sofiivsk', 'Hordienko'], 300_000, ['Hordienko', '1958']),
  entry('person:ivan-hordienko', 'PERSON', ['Ivan Hordienko']),
]);

const mentionOf = (text: string, name: string, nth = 0): LinkedMention => {
  const m = linkMentions(text, index, { language: 'en' }).filter((f) => f.text === name)[nth];
  if (m === undefined) throw new Error(`${name} not found`);
  return m;
};
const scoreOf = (m: LinkedMention, key: string): number => m.candidates.find((c) => c.entityKey === key)?.score ?? 0;

describe('linkMentions: a former name counts for the place that bore it when its sentence says so', () => {
  it('takes a former name for the renamed town when its sentence speaks of the renaming', () => {
    const m = mentionOf('Svitlohirsk was called Krasnohirsk until it was renamed after the war.', 'Krasnohirsk');
    expect(m.entityKey).toBe('place:svitlohirsk');
    expect(m.evidence).toContain('its sentence speaks of the renaming');
  });

  it('counts the year the name was dropped as saying so', () => {
    const m = mentionOf('The plant stood in Krasnohirsk until 1989, and its workers stayed on.', 'Krasnohirsk');
    expect(m.entityKey).toBe('place:svitlohirsk');
  });

  it('leaves a former name weak where nothing in its sentence speaks of a renaming', () => {
    const bare = mentionOf('Drones hit an oil depot in Krasnohirsk overnight.', 'Krasnohirsk');
    const stated = mentionOf('Drones hit an oil depot in Krasnohirsk, as Svitlohirsk was called until 1989.', 'Krasnohirsk');
    expect(bare.entityKey).not.toBe('place:svitlohirsk');
    expect(bare.candidates.find((c) => c.entityKey === 'place:svitlohirsk')?.evidence).not.toContain('its sentence speaks of the renaming');
    expect(scoreOf(bare, 'place:svitlohirsk')).toBeLessThan(scoreOf(stated, 'place:svitlohirsk'));
  });
});

describe('linkMentions: a former name that is the surname of someone the article names in full', () => {
  const text =
    'Analyst Ivan Hordienko expects a hard winter. “Without the bridge, Sofiivsk is cut off,” said Hordienko on air. ' +
    'Sofiivsk, which was called Hordienko until 1958, lies on the river.';

  it('is that person, even beside the town the name once was', () => {
    expect(mentionOf(text, 'Hordienko', 0).entityKey).toBe('person:ivan-hordienko');
  });

  it('is still the town where its sentence speaks of the renaming', () => {
    expect(mentionOf(text, 'Hordienko', 1).entityKey).toBe('place:sofiivsk');
  });
});

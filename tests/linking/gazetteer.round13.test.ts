/**
 * Round 13 of issue 10: the actors and bodies the seen sets named and the curated files lacked
 * (seeds/gazetteer/*.yaml) are found by the forms news writes them in, and the curated GeoNames
 * names (renamed-places.tsv) find Siversk by its Russian rendering and Pershotravensk by its new
 * name. Sentences are test material.
 */
import { describe, expect, it } from 'vitest';

import { CURATED_NAMES } from '../../src/gazetteer/default-set.js';
import { alternateNames } from '../../src/gazetteer/geonames.files.js';
import { alternateName } from '../../src/gazetteer/geonames.names.js';
import { toGazetteerEntry } from '../../src/linking/linker-index.js';
import { buildNameIndex, linkMentions } from '../../src/linking/linker.js';
import { loadGazetteerDocs } from '../support/seed-data.js';

const index = buildNameIndex(loadGazetteerDocs().entities.map(toGazetteerEntry));
const linked = (text: string, language: string) =>
  linkMentions(text, index, { language })
    .filter((m) => m.entityKey)
    .map((m) => [m.text, m.entityKey]);

describe('actors and bodies added in round 13', () => {
  it.each([
    [
      'uk',
      'Начальник Черкаської ОВА Ігор Табурець повідомив про наслідки атаки.',
      [
        ['Черкаської ОВА', 'org:cherkasy-oma'],
        ['Ігор Табурець', 'person:ihor-taburets'],
      ],
    ],
    ['uk', 'Уламки дрона знайшло Міністерство оборони Молдови.', [['Міністерство оборони Молдови', 'org:ministry-of-defence-md']]],
    ['ru', 'Об этом сообщил МИД Молдавии.', [['МИД Молдавии', 'org:ministry-of-foreign-affairs-md']]],
    [
      'en',
      'Maria Lvova-Belova met Mohammed Al-Khulaifi in Doha.',
      [
        ['Maria Lvova-Belova', 'person:maria-lvova-belova'],
        ['Mohammed Al-Khulaifi', 'person:mohammed-al-khulaifi'],
      ],
    ],
    ['ru', 'Дроны атаковали Рязанский НПЗ.', [['Рязанский НПЗ', 'org:ryazan-refinery']]],
  ])('%s: %s', (language, text, expected) => {
    expect(linked(text, language)).toEqual(expected);
  });
});

describe('curated GeoNames names added in round 13', () => {
  it('gives Siversk its Russian rendering and Pershotravensk its new name of 2024, the old one former', async () => {
    const byPlace = await alternateNames(CURATED_NAMES);
    expect(byPlace.get(694403)!.map(alternateName)).toContainEqual({ form: 'Сиверск', language: 'ru', script: 'Cyrl', kind: 'EXONYM' });
    const pershotravensk = byPlace.get(697616)!.map(alternateName);
    expect(pershotravensk).toContainEqual({ form: 'Шахтарское', language: 'ru', script: 'Cyrl', kind: 'EXONYM', usedFrom: '2024' });
    expect(pershotravensk).toContainEqual({
      form: 'Першотравенск',
      language: 'ru',
      script: 'Cyrl',
      kind: 'FORMER',
      usedUntil: '2024',
      usedBy: 'RU',
    });
  });
});

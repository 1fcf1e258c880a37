/**
 * Round 14 of issue 10: forms the seen sets wrote and the curated files lacked (the Air Force's
 * Russian name with ВСУ, the bare ВМС and Коордштаб, Сенкевич beside Сєнкевич), the curated
 * GeoNames names (renamed-places.tsv) for former names and border towns cities500 gives only in
 * Latin script, and a country's abbreviation given with its expansion (КНДР). Sentences are test material.
 */
import { describe, expect, it } from 'vitest';

import { countryEntities } from '../../src/gazetteer/countries.js';
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

describe('forms added in round 14', () => {
  it.each([
    ['ru', 'В Воздушных силах ВСУ заявили о перехвате ракет.', [['Воздушных силах ВСУ', 'org:air-force-ua']]],
    ['ru', 'Представитель Воздушных сил выступил в эфире.', [['Воздушных сил', 'org:air-force-ua']]],
    ['uk', 'Речник ВМС прокоментував атаку.', [['ВМС', 'org:navy-ua']]],
    ['uk', 'У Коордштабі заперечили, що обміни зупинилися.', [['Коордштабі', 'org:coordination-headquarters-pow']]],
    ['uk', 'Про це сказав Олександр Сенкевич.', [['Олександр Сенкевич', 'person:oleksandr-senkevych']]],
  ])('%s: %s', (language, text, expected) => {
    expect(linked(text, language)).toEqual(expected);
  });
});

describe('curated GeoNames names added in round 14', () => {
  it('gives Pereiaslav and Khmelnytskyi their former names, Medyka, Giurgiulești and Berehove their Cyrillic ones', async () => {
    const byPlace = await alternateNames(CURATED_NAMES);
    const forms = (id: number) => byPlace.get(id)!.map(alternateName);
    expect(forms(697637)).toContainEqual({
      form: 'Переяслав-Хмельницький',
      language: 'uk',
      script: 'Cyrl',
      kind: 'FORMER',
      usedUntil: '2019',
    });
    expect(forms(706369)).toContainEqual({ form: 'Проскурів', language: 'uk', script: 'Cyrl', kind: 'FORMER', usedUntil: '1954' });
    expect(forms(765028).map((n) => n?.form)).toContain('Медика');
    expect(forms(618349).map((n) => n?.form)).toContain('Джурджулешти');
    expect(forms(712423).map((n) => n?.form)).toContain('Берегсас');
  });
});

describe('a country abbreviation given with its expansion', () => {
  it('is a form of its own, and so is the expansion, never the pair', () => {
    const [northKorea] = countryEntities(new Map(), ['KP']);
    const russian = northKorea!.names.filter((n) => n.language === 'ru').map((n) => [n.form, n.kind]);
    expect(russian).toEqual([
      ['Корейская Народно-Демократическая Республика', 'OFFICIAL'],
      ['КНДР', 'COLLOQUIAL'],
    ]);
  });

  it('leaves a bracketed qualifier that is no expansion alone (Виргинские Острова (США))', () => {
    const [islands] = countryEntities(new Map(), ['VI']);
    expect(islands!.names.filter((n) => n.language === 'ru').map((n) => n.form)).not.toContain('США');
  });
});

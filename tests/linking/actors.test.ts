/**
 * The curated actors (seeds/gazetteer/people-*.yaml, organizations-*.yaml) as the linker sees them:
 * their case forms and transliterations are found, the bare forms both sides share stay
 * ambiguous, and the common words left out of them are not matched.
 */
import { readFileSync } from 'node:fs';

import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { fromRoot } from '../../src/config/project-root.js';
import { gazetteerSchema } from '../../src/ingest/seed.schema.js';
import { linkMentions, type GazetteerEntry, type NameIndex } from '../../src/linking/linker.js';
import { graphGazetteer } from '../support/graph-gazetteer.js';
import { loadGazetteerDocs } from '../support/seed-data.js';

const gazetteer = loadGazetteerDocs();
// As ingest reads it from the graph.
let index: NameIndex;
let entries: GazetteerEntry[];
beforeAll(async () => {
  ({ index, entries } = await graphGazetteer());
});
const linked = (text: string) => linkMentions(text, index).map((m) => [m.text, m.entityKey]);

describe('curated actors: names in running text', () => {
  it.each([
    [
      'uk',
      'За словами Зеленського, Пєскова запитали про це.',
      [
        ['Зеленського', 'person:volodymyr-zelensky'],
        ['Пєскова', 'person:dmitry-peskov'],
      ],
    ],
    [
      'uk',
      'Речник Кремля відмовився. Олександра Сирського призначили у 2024 році.',
      [
        ['Кремля', 'org:kremlin'],
        ['Олександра Сирського', 'person:oleksandr-syrskyi'],
      ],
    ],
    [
      'uk',
      'За даними Міноборони та Укрінформу, Синєгубова поінформували.',
      [
        ['Міноборони', 'org:ministry-of-defence-ua'],
        ['Укрінформу', 'org:ukrinform'],
        ['Синєгубова', 'person:oleh-syniehubov'],
      ],
    ],
    [
      'uk',
      'У Головного управління розвідки повідомили Суспільному.',
      [
        ['Головного управління розвідки', 'org:hur'],
        ['Суспільному', 'org:suspilne'],
      ],
    ],
    [
      'ru',
      'Встреча с Владимиром Путиным прошла в Кремле, сообщило Минобороны.',
      [
        ['Владимиром Путиным', 'person:vladimir-putin'],
        ['Кремле', 'org:kremlin'],
        ['Минобороны', 'org:ministry-of-defence-ru'],
      ],
    ],
    // A quoted proper name, with its quotes: the span ends after the closing one.
    [
      'ru',
      'Бойцы группировки войск «Центр» заняли позиции, сообщило ЧВК «Вагнер».',
      [
        ['группировки войск «Центр»', 'org:group-of-forces-centre-ru'],
        ['ЧВК «Вагнер»', 'org:wagner-group'],
      ],
    ],
    // A case form before an undeclined acronym.
    ['ru', 'По данным Генштаба ВСУ, бои идут.', [['Генштаба ВСУ', 'org:general-staff-ua']]],
    [
      'ru',
      'По словам Пескова, Герасимову и Белоусова доложили.',
      [
        ['Пескова', 'person:dmitry-peskov'],
        ['Герасимову', 'person:valery-gerasimov'],
        ['Белоусова', 'person:andrey-belousov'],
      ],
    ],
    [
      'ru',
      'Глава ДНР Денис Пушилин рассказал РИА Новости о потерях вооружённых сил России.',
      [
        ['ДНР', 'place:donetsk-peoples-republic'],
        ['Денис Пушилин', 'person:denis-pushilin'],
        ['РИА Новости', 'org:ria-novosti'],
        ['вооружённых сил России', 'org:armed-forces-ru'],
      ],
    ],
    [
      'en',
      'Zelenskyy met Syrsky; Zelenskiy later told Reuters the Kremlin’s claims were false.',
      [
        ['Zelenskyy', 'person:volodymyr-zelensky'],
        ['Syrsky', 'person:oleksandr-syrskyi'],
        ['Zelenskiy', 'person:volodymyr-zelensky'],
        ['Reuters', 'org:reuters'],
        ['Kremlin', 'org:kremlin'],
      ],
    ],
    [
      'en',
      'The Russian Defence Ministry said units of Battlegroup Center advanced, Peskov added.',
      [
        ['Russian Defence Ministry', 'org:ministry-of-defence-ru'],
        ['Battlegroup Center', 'org:group-of-forces-centre-ru'],
        ['Peskov', 'person:dmitry-peskov'],
      ],
    ],
  ])('%s: %s', (_language, text, expected) => {
    expect(linked(text)).toEqual(expected);
  });

  it('leaves a bare form both sides share to the context, with both as candidates', () => {
    for (const text of ['У Генштабі повідомили.', 'The General Staff said.', 'Генштаб сообщил.']) {
      const [m, ...rest] = linkMentions(text, index);
      expect(rest, text).toEqual([]);
      expect([m.entityKey, m.candidates.map((c) => c.entityKey).sort()], text).toEqual([
        null,
        ['org:general-staff-ru', 'org:general-staff-ua'],
      ]);
    }
  });

  it('takes a longer form naming one side over the shared bare one', () => {
    expect(linked('Генштаб ЗСУ і Генштаб ВС РФ.')).toEqual([
      ['Генштаб ЗСУ', 'org:general-staff-ua'],
      ['Генштаб ВС РФ', 'org:general-staff-ru'],
    ]);
  });

  it('does not match a grouping’s common-word name alone, nor surnames left out as common words', () => {
    expect(linked('West. Центр. Запад. Юг. Тихий. Федоров. Ким.')).toEqual([]);
  });
});

describe('curated actors: the data', () => {
  const actors = gazetteer.entities.filter((e) => e.kind !== 'PLACE');

  it('covers both sides with people and organizations', () => {
    expect(actors.filter((e) => e.kind === 'PERSON').length).toBeGreaterThanOrEqual(60);
    expect(actors.filter((e) => e.kind === 'ORGANIZATION').length).toBeGreaterThanOrEqual(60);
  });

  it('gives no form of one or two letters, which would match too much, but a two-letter acronym (ЄС), matched only in capitals', () => {
    const short = actors.flatMap((e) =>
      e.names
        .map((n) => [n.form, n.form.replace(/[^\p{L}]/gu, '')] as const)
        .filter(([form, letters]) => letters.length === 1 || (letters.length === 2 && (form !== letters || form !== form.toUpperCase())))
        .map(([form]) => `${e.id} ${form}`),
    );
    expect(short).toEqual([]);
  });

  it('names every person in English, Russian and Ukrainian', () => {
    const missing = actors
      .filter((e) => e.kind === 'PERSON')
      .filter((e) => !['en', 'ru', 'uk'].every((language) => e.names.some((n) => n.language === language)))
      .map((e) => e.id);
    expect(missing).toEqual([]);
  });

  // The linker takes an organization's own country, else an affiliated place's (gazetteer.repository.ts).
  it("gives every outlet a country, its own or an affiliated place's: the context its articles give", () => {
    const outlets = gazetteerSchema.parse(
      parse(readFileSync(fromRoot('seeds', 'gazetteer', 'organizations-outlets.yaml'), 'utf8')),
    ).entities;
    const places = new Set(gazetteer.entities.filter((e) => e.kind === 'PLACE').map((e) => e.id));
    const unaffiliated = outlets
      .filter((o) => !o.country && !gazetteer.relations.some((r) => r.type === 'AFFILIATED_WITH' && r.from === o.id && places.has(r.to)))
      .map((o) => o.id);
    expect(outlets.length).toBeGreaterThanOrEqual(20);
    expect(unaffiliated).toEqual([]);
  });

  it('marks as outlets, as ingest reads the graph, exactly the organizations of the outlets file', () => {
    const outlets = gazetteerSchema.parse(
      parse(readFileSync(fromRoot('seeds', 'gazetteer', 'organizations-outlets.yaml'), 'utf8')),
    ).entities;
    const marked = entries.filter((e) => e.outlet).map((e) => e.entityKey);
    expect(marked.sort()).toEqual(outlets.map((o) => o.id).sort());
    expect(marked).toEqual(expect.arrayContaining(['org:tass', 'org:ukrinform', 'org:rossiya-24']));
    expect(marked).not.toContain('org:ministry-of-defence-ru');
  });
});

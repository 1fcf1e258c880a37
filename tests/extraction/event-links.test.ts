import { describe, expect, it } from 'vitest';

import { extractArticle } from '../../src/extraction/extract.js';
import { markedInput } from '../support/marked-text.js';

/** Where a claim was made and what an event happened during (issue 14: event links). */
const MOSCOW = 'place:moscow-ru';
const KHARKIV = 'place:geonames-706483';
const PUTIN = 'person:vladimir-putin';

/** Each claim's quote with the type of the event it was made at; each event's type with the type of the one it was during. */
function links(source: string, language = 'en') {
  const { claims, events } = extractArticle(markedInput(source, language));
  return {
    claims: claims.map((c) => [c.segments.map((s) => s.text).join(' … '), c.at === null ? null : events[c.at]!.type]),
    events: events.map((e) => [e.type, e.during === null ? null : events[e.during]!.type]),
  };
}

describe('extractArticle: the event a claim was made at', () => {
  it('takes a meeting or briefing the attribution names after "told", "at", "на", "під час"', () => {
    expect(
      links(`‘This is not just about territory,’ a senior diplomat told a closed-door meeting in [[Moscow|${MOSCOW}]].`).claims,
    ).toEqual([['This is not just about territory,', 'MEETING']]);
    expect(links(`«Ситуация под контролем», — заявил губернатор на брифинге в [[Харькове|${KHARKIV}]].`, 'ru').claims).toEqual([
      ['Ситуация под контролем', 'BRIEFING'],
    ]);
    expect(links(`«Ситуація під контролем», — сказав губернатор під час брифінгу в [[Харкові|${KHARKIV}]].`, 'uk').claims).toEqual([
      ['Ситуація під контролем', 'BRIEFING'],
    ]);
  });

  it('takes none when the setting is not where it was said, or not named at all', () => {
    expect(links(`‘We are ready,’ the minister said after the meeting in [[Moscow|${MOSCOW}]].`).claims).toEqual([['We are ready,', null]]);
    expect(links(`‘We are ready,’ the minister said.`).claims).toEqual([['We are ready,', null]]);
  });
});

describe('extractArticle: the event another took place during', () => {
  it('takes the visit a briefing was held during, in three languages', () => {
    expect(links(`[[Putin|${PUTIN}]] was briefed on the situation during his visit to [[Kharkiv|${KHARKIV}]].`).events).toContainEqual([
      'BRIEFING',
      'VISIT',
    ]);
    expect(links(`В ходе визита в [[Харьков|${KHARKIV}]] [[Путин|${PUTIN}]] провёл совещание с командирами.`, 'ru').events).toContainEqual([
      'MEETING',
      'VISIT',
    ]);
    expect(links(`Під час візиту до [[Харкова|${KHARKIV}]] [[Путін|${PUTIN}]] провів нараду з командирами.`, 'uk').events).toContainEqual([
      'MEETING',
      'VISIT',
    ]);
  });

  it('takes the visit a back-reference names ("during his visit") for the event it refers to', () => {
    const source = `[[Putin|${PUTIN}]] visited [[Kharkiv|${KHARKIV}]] on Monday. [[Putin|${PUTIN}]] was briefed on the repairs during his visit.`;
    expect(links(source).events).toEqual([
      ['VISIT', null],
      ['BRIEFING', 'VISIT'],
    ]);
  });

  it('does not make an event take place during one of its type at its place (or placeless): the same happening twice', () => {
    const { events } = links(`[[Putin|${PUTIN}]] met the commanders during the meeting in [[Kharkiv|${KHARKIV}]].`);
    for (const [type, during] of events) expect([type, during]).not.toEqual(['MEETING', 'MEETING']);
  });
});

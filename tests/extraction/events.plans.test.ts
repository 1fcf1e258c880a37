import { describe, expect, it } from 'vitest';

import { events } from '../support/events.js';

/** What a sentence only plans, offers or awaits is no event yet (issue 11 §3; gold README: "anything planned"). */
const MOSCOW = 'place:moscow-ru';
const MINSK = 'place:geonames-625144';

const placesOf = (source: string, language = 'en') => events(source, language).map((e) => [e.type, e.place]);

describe('extractEvents: planned and offered happenings', () => {
  it('reads no event in "the next meeting", "talks will be held", "open to talks", in English', () => {
    expect(placesOf(`The leaders held talks in [[Minsk|${MINSK}]]. The next meeting will take place in [[Moscow|${MOSCOW}]].`)).toEqual([
      ['MEETING', MINSK],
    ]);
    expect(placesOf(`Talks are scheduled in [[Moscow|${MOSCOW}]] for spring.`)).toEqual([]);
    expect(placesOf(`[[Moscow|${MOSCOW}]] is open to talks with [[Ukraine|place:ukraine]].`)).toEqual([]);
  });

  it('reads none in "следующая встреча пройдёт", "переговоры состоятся", "открыта для переговоров", in Russian', () => {
    const ru = `Президенты провели переговоры в [[Минске|${MINSK}]]. Следующая встреча пройдёт в [[Москве|${MOSCOW}]] весной.`;
    expect(placesOf(ru, 'ru')).toEqual([['MEETING', MINSK]]);
    expect(placesOf(`Переговоры состоятся в [[Москве|${MOSCOW}]] весной.`, 'ru')).toEqual([]);
    expect(placesOf(`[[Москва|${MOSCOW}]] открыта для переговоров с [[Украиной|place:ukraine]].`, 'ru')).toEqual([]);
  });

  it('reads none in "наступна зустріч відбудеться", "готова до переговорів", in Ukrainian, but keeps what a negation ends', () => {
    const uk = `Президенти провели переговори в [[Мінську|${MINSK}]]. Наступна зустріч відбудеться в [[Москві|${MOSCOW}]].`;
    expect(placesOf(uk, 'uk')).toEqual([['MEETING', MINSK]]);
    expect(placesOf(`[[Москва|${MOSCOW}]] готова до переговорів.`, 'uk')).toEqual([]);
    expect(placesOf(`Зустріч у [[Москві|${MOSCOW}]] пройшла без заяв і не буде повторена.`, 'uk')).toEqual([['MEETING', MOSCOW]]);
  });
});

describe('extractEvents: requested happenings', () => {
  it('reads no event in "requested a meeting", "инициирует заседание", "ініціює засідання"', () => {
    expect(placesOf(`[[Ukraine|place:ukraine]] requested a meeting of the council.`)).toEqual([]);
    expect(placesOf(`[[Украина|place:ukraine]] инициирует заседание Совета.`, 'ru')).toEqual([]);
    expect(placesOf(`[[Україна|place:ukraine]] ініціює засідання Ради.`, 'uk')).toEqual([]);
  });
});

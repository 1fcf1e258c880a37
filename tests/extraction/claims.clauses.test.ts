import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';
import { marked } from '../support/marked-text.js';

/** Where reported content ends and whose it is, when the reporter's own words or a second verb follow (issue 11 §1, §2). */
const claimsOf = (source: string, language = 'en'): ExtractedClaim[] => extractClaims(marked(source, language));
const segments = (claims: readonly ExtractedClaim[]): string[][] => claims.map((c) => c.segments.map((s) => s.text));
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });
const ZAKHAROVA = 'person:maria-zakharova';

describe('extractClaims: the reporter’s apposition after a trailing attribution', () => {
  it('reads "…, the IAEA said, the eleventh such blackout since …" as the content before the attribution', () => {
    const claims = claimsOf(
      'The plant lost its last external power line on Monday, the [[International Atomic Energy Agency|org:iaea]] said, the eleventh such blackout since Russian forces seized the site in 2022.',
    );
    expect(segments(claims)).toEqual([['The plant lost its last external power line on Monday']]);
    expect(claims[0]!.speaker).toEqual(entity('org:iaea'));
  });
});

describe('extractClaims: a title inside a name’s apposition is that name’s', () => {
  it('takes Balitsky, not the speaker before, for "Balitsky, installed by Moscow as governor of …, said"', () => {
    const claims = claimsOf(
      'The plant lost power, the [[IAEA|org:iaea]] said. [[Yevgeny Balitsky|person:yevgeny-balitsky]], installed by [[Moscow|place:moscow-ru]] as governor of the region, said residents had no water.',
    );
    expect(claims.map((c) => c.speaker)).toEqual([entity('org:iaea'), entity('person:yevgeny-balitsky')]);
  });
});

describe('extractClaims: a semicolon and a second speech verb end the content', () => {
  it('ends "заявив про удар по Рильську; українська сторона …" at the semicolon', () => {
    const claims = claimsOf(
      '[[Олександр Хінштейн|person:alexander-khinshtein]] заявив про удар по Рильську; українська сторона цю заяву не коментувала.',
      'uk',
    );
    expect(segments(claims)).toEqual([['удар по Рильську']]);
  });

  it('reads "обвинила … и заявила, что …" as two claims of the one speaker, "обвинила … и призвала …" as one (an appeal is none)', () => {
    const first = claimsOf(
      `[[Мария Захарова|${ZAKHAROVA}]] обвинила ВСУ в ударах по гражданским объектам и призвала [[МККК|org:icrc]] зафиксировать разрушения в Судже.`,
      'ru',
    );
    expect(segments(first)).toEqual([['ВСУ в ударах по гражданским объектам']]);
    expect(first.map((c) => c.speaker)).toEqual([entity(ZAKHAROVA)]);
    const second = claimsOf(
      `[[Мария Захарова|${ZAKHAROVA}]] обвинила украинские власти в затягивании обменов и заявила, что МККК не получил доступа к пленным.`,
      'ru',
    );
    expect(segments(second)).toEqual([['украинские власти в затягивании обменов'], ['МККК не получил доступа к пленным.']]);
    expect(second.map((c) => c.speaker)).toEqual([entity(ZAKHAROVA), entity(ZAKHAROVA)]);
  });

  it('reads "blamed … and said that …" as two claims, and keeps "said that A and that B" one', () => {
    const claims = claimsOf(
      '[[Energoatom|org:energoatom]] blamed Russian shelling of a substation and said that repairs would take a week. ' +
        '[[Rosatom|org:rosatom]] said drones had cut the line and that crews could not reach it.',
    );
    expect(segments(claims)).toEqual([
      ['Russian shelling of a substation'],
      ['repairs would take a week.'],
      ['drones had cut the line and that crews could not reach it.'],
    ]);
  });
});

describe('extractClaims: a source phrase between two commas interrupts what was said', () => {
  it('reads "В Кропивницком, по данным местных властей, повреждена котельная" as one claim of two segments', () => {
    const claims = claimsOf('В Кропивницком, по данным местных властей, повреждена котельная, без отопления остались школы.', 'ru');
    expect(segments(claims)).toEqual([['В Кропивницком', 'повреждена котельная, без отопления остались школы.']]);
    expect(claims[0]!.speaker).toMatchObject({ kind: 'anonymous', description: 'местных властей' });
    const uk = claimsOf('У Херсоні, за даними ОВА, пошкоджено газопровід і кілька будинків.', 'uk');
    expect(segments(uk)).toEqual([['У Херсоні', 'пошкоджено газопровід і кілька будинків.']]);
  });
});

describe('extractClaims: an interrupted relative clause is the content from its relative word', () => {
  it('reads "…, де в пунктах прийому, за даними ОВА, щодня реєструють …" from after "де"', () => {
    const claims = claimsOf(
      'Переселенці прямують до обласного центру, де в пунктах прийому, за даними [[ОВА|org:dnipropetrovsk-oma]], щодня реєструють сотні людей.',
      'uk',
    );
    expect(segments(claims)).toEqual([['в пунктах прийому', 'щодня реєструють сотні людей.']]);
  });

  it('takes a company that speaks as a group: "У компанії зазначили, що …"', () => {
    const [claim] = claimsOf('У компанії зазначили, що росіяни втретє цілили в ті самі підстанції.', 'uk');
    expect(claim?.speaker).toMatchObject({ kind: 'anonymous' });
  });
});

describe('extractClaims: a body named by its kind alone is the body that spoke before', () => {
  it('takes "the ministry said", "по данным ведомства" as the ministry named before', () => {
    const mod = 'org:ministry-of-defence-ru';
    const en = claimsOf(
      `[[Russia's Defence Ministry|${mod}]] said 205 servicemen had returned. The ministry said the men were in Belarus.`,
    );
    expect(en.map((c) => c.speaker)).toEqual([entity(mod), entity(mod)]);
    const ru = claimsOf(
      `Над областью сбиты 77 беспилотников, сообщило [[Минобороны России|${mod}]]. По данным ведомства, ВКС нанесли удар.`,
      'ru',
    );
    expect(ru.map((c) => c.speaker)).toEqual([entity(mod), entity(mod)]);
  });

  it('keeps a body with a modifier of its own a description: "its infrastructure ministry"', () => {
    const claims = claimsOf(`[[State Duma|org:state-duma]] said the law passed. Exports continued, its infrastructure ministry said.`);
    expect(claims[1]!.speaker).toMatchObject({ kind: 'anonymous', description: 'its infrastructure ministry' });
  });
});

describe('extractClaims: a number after "said about", and people described by who they are', () => {
  it('reads "said about 1,100 children …" as what was said, and "A trader in Cairo", "A 74-year-old woman" as speakers', () => {
    expect(segments(claimsOf('Governor [[Vadym Filashkin|person:vadym-filashkin]] said about 1,100 children were still there.'))).toEqual([
      ['about 1,100 children were still there.'],
    ]);
    const [trader] = claimsOf('A trader in [[Cairo|place:cairo]] said prices had risen by about $8 a tonne.');
    expect(trader?.speaker).toMatchObject({ kind: 'anonymous', description: expect.stringMatching(/trader in Cairo/) as unknown });
    const [woman] = claimsOf('A 74-year-old woman said she had already left the city once.');
    expect(woman?.speaker).toMatchObject({ kind: 'anonymous' });
  });
});

describe('extractClaims: the content after "that" names no speaker', () => {
  it('takes the speaker before the verb for a quoted fragment after "что", "що", "that"', () => {
    const ru = claimsOf('Глава региона [[Иван Петров|person:ivan-petrov]] заявил, что жители города «смогут вернуться уже весной».', 'ru');
    const uk = claimsOf('[[Олег Кіпер|person:oleh-kiper]] заявив, що рятувальники «працюватимуть до ранку».', 'uk');
    const en = claimsOf('[[Oleh Kiper|person:oleh-kiper]] said that residents could return "as soon as the mines are cleared".');
    expect([...ru, ...uk, ...en].map((c) => c.speaker)).toEqual([
      entity('person:ivan-petrov'),
      entity('person:oleh-kiper'),
      entity('person:oleh-kiper'),
    ]);
  });
});

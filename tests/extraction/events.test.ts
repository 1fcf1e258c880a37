import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { extractEvents } from '../../src/extraction/events/events.js';
import type { KnownMention } from '../../src/extraction/types.js';
import type { EventType } from '../../src/graph/vocabulary.js';
import { events, family, one } from '../support/events.js';
import { markedInput } from '../support/marked-text.js';

const POKROVSK = 'place:pokrovsk-donetsk-ua';
const VOVCHANSK = 'place:vovchansk-kharkiv-ua';
const KHARKIV = 'place:geonames-706483';
const PUTIN = 'person:vladimir-putin';
const RUSSIA = 'place:russia';
const UKRAINE = 'place:ukraine';

describe('extractEvents: framing families', () => {
  it('reads control changes in English', () => {
    family('CONTROL_CHANGE', 'en', `Pokrovsk|${POKROVSK}`, {
      'Russian forces captured P on Monday.': 'captured',
      'The capture of P was announced.': 'capture',
      'The liberation of P was announced.': 'liberation',
      'P was liberated after months of fighting.': 'liberated',
      'The fall of P changed the front.': 'fall',
      'P fell after months of fighting.': 'fell',
      'Russian troops took control of P.': 'took control',
      'Troops seized P overnight.': 'seized',
      'Ukrainian forces withdrew from P.': 'withdrew',
      'The withdrawal from P was orderly.': 'withdrawal',
      'The occupation of P began.': 'occupation',
      'Russian troops occupied P.': 'occupied',
    });
  });

  it('reads control changes in Russian, by stem and ending', () => {
    family('CONTROL_CHANGE', 'ru', `Красноармейска|${POKROVSK}`, {
      'Минобороны сообщило об освобождении P.': 'освобождении',
      'Освобождение P стало итогом.': 'Освобождение',
      'Взятие P стало итогом.': 'Взятие',
      'Российские войска взяли P.': 'взяли',
      'Российские войска овладели P.': 'овладели',
      'Захват P стал итогом.': 'Захват',
      'Российские войска захватили P.': 'захватили',
      'Отход из P завершён.': 'Отход',
      'Украинские войска отошли из P.': 'отошли',
    });
    family('CONTROL_CHANGE', 'ru', `Красноармейск|${POKROVSK}`, {
      'Российские войска освободили P.': 'освободили',
      'P освобожден.': 'освобожден',
    });
    // The phrase with its verb is the framing since round 8, as the gold writes it ("установили контроль").
    family('CONTROL_CHANGE', 'ru', `Красноармейском|${POKROVSK}`, { 'Армия установила контроль над P.': 'установила контроль' });
  });

  it('reads control changes in Ukrainian, by stem and ending', () => {
    family('CONTROL_CHANGE', 'uk', `Покровська|${POKROVSK}`, {
      'Звільнення P стало можливим.': 'Звільнення',
      'Окупація P триває.': 'Окупація',
      'Захоплення P заперечують.': 'Захоплення',
      'Відхід з P завершено.': 'Відхід',
      'Українські війська відійшли з P.': 'відійшли',
      'Українські війська вийшли з P.': 'вийшли з',
    });
    family('CONTROL_CHANGE', 'uk', `Покровськ|${POKROVSK}`, {
      'Українські війська звільнили P.': 'звільнили',
      'Російські війська окупували P.': 'окупували',
      'Російські війська захопили P.': 'захопили',
    });
  });

  it('reads attacks in three languages', () => {
    family('ATTACK', 'en', `Kharkiv|${KHARKIV}`, {
      'Russian forces shelled P.': 'shelled',
      'The shelling of P went on.': 'shelling',
      'A missile struck P.': 'struck',
      'Strikes on P went on.': 'Strikes',
      'Drones attacked P.': 'attacked',
      'A missile hit P.': 'hit',
      'Aircraft bombed P.': 'bombed',
      'A drone attack on P killed two.': 'drone attack',
    });
    family('ATTACK', 'ru', `Харькова|${KHARKIV}`, {
      'Обстрел P продолжился.': 'Обстрел',
      'Атака на жителей P отбита.': 'Атака',
    });
    family('ATTACK', 'ru', `Харькову|${KHARKIV}`, {
      'Удар по P нанесён ночью.': 'Удар',
      'Войска нанесли удар по P.': 'нанесли удар',
    });
    family('ATTACK', 'ru', `Харьков|${KHARKIV}`, { 'Войска обстреляли P.': 'обстреляли', 'Дроны атаковали P.': 'атаковали' });
    family('ATTACK', 'uk', `Харкова|${KHARKIV}`, { 'Обстріл P тривав.': 'Обстріл', 'Атака на P тривала.': 'Атака' });
    family('ATTACK', 'uk', `Харкову|${KHARKIV}`, { 'Удар по P завдано вночі.': 'Удар', 'Війська завдали удару по P.': 'завдали удару' });
    family('ATTACK', 'uk', `Харків|${KHARKIV}`, { 'Війська обстріляли P.': 'обстріляли', 'Дрони атакували P.': 'атакували' });
  });

  it('reads visits, meetings, briefings, statements and protests with the parties they name', () => {
    const cases: [string, string, EventType, { entityKey: string; role: string }[]][] = [
      ['en', `[[Putin|${PUTIN}]] visited a command post.`, 'VISIT', [{ entityKey: PUTIN, role: 'visitor' }]],
      ['ru', `[[Путин|${PUTIN}]] посетил командный пункт.`, 'VISIT', [{ entityKey: PUTIN, role: 'visitor' }]],
      ['uk', `[[Путін|${PUTIN}]] відвідав командний пункт.`, 'VISIT', [{ entityKey: PUTIN, role: 'visitor' }]],
      ['ru', `Визит [[Путина|${PUTIN}]] завершился.`, 'VISIT', [{ entityKey: PUTIN, role: 'visitor' }]],
      [
        'en',
        `[[Putin|${PUTIN}]] met [[Lukashenko|person:alexander-lukashenko]].`,
        'MEETING',
        [
          { entityKey: PUTIN, role: 'participant' },
          { entityKey: 'person:alexander-lukashenko', role: 'participant' },
        ],
      ],
      [
        'ru',
        `[[Путин|${PUTIN}]] встретился с [[Лукашенко|person:alexander-lukashenko]].`,
        'MEETING',
        [
          { entityKey: PUTIN, role: 'participant' },
          { entityKey: 'person:alexander-lukashenko', role: 'participant' },
        ],
      ],
      [
        'uk',
        `[[Путін|${PUTIN}]] зустрівся з [[Лукашенком|person:alexander-lukashenko]].`,
        'MEETING',
        [
          { entityKey: PUTIN, role: 'participant' },
          { entityKey: 'person:alexander-lukashenko', role: 'participant' },
        ],
      ],
      ['en', `According to reports, [[Putin|${PUTIN}]] was briefed.`, 'BRIEFING', [{ entityKey: PUTIN, role: 'briefed' }]],
      [
        'en',
        `[[Gerasimov|person:valery-gerasimov]] briefed [[Putin|${PUTIN}]].`,
        'BRIEFING',
        [
          { entityKey: 'person:valery-gerasimov', role: 'briefer' },
          { entityKey: PUTIN, role: 'briefed' },
        ],
      ],
      [
        'ru',
        `[[Захарова|person:maria-zakharova]] на брифинге ответила.`,
        'BRIEFING',
        [{ entityKey: 'person:maria-zakharova', role: 'briefer' }],
      ],
      [
        'uk',
        `[[Тихий|person:heorhii-tykhyi]] на брифінгу відповів.`,
        'BRIEFING',
        [{ entityKey: 'person:heorhii-tykhyi', role: 'briefer' }],
      ],
      [
        'en',
        `[[Zelensky|person:volodymyr-zelensky]] announced new sanctions.`,
        'STATEMENT',
        [{ entityKey: 'person:volodymyr-zelensky', role: 'speaker' }],
      ],
      [
        'ru',
        `Обращение [[Зеленского|person:volodymyr-zelensky]] было коротким.`,
        'STATEMENT',
        [{ entityKey: 'person:volodymyr-zelensky', role: 'speaker' }],
      ],
      [
        'uk',
        `[[Зеленський|person:volodymyr-zelensky]] у вечірньому зверненні закликав партнерів.`,
        'STATEMENT',
        [{ entityKey: 'person:volodymyr-zelensky', role: 'speaker' }],
      ],
      [
        'en',
        `[[Zelensky|person:volodymyr-zelensky]]’s address was short.`,
        'STATEMENT',
        [{ entityKey: 'person:volodymyr-zelensky', role: 'speaker' }],
      ],
    ];
    for (const [language, source, type, participants] of cases) {
      const [event, ...rest] = events(source, language);
      expect(rest, source).toEqual([]);
      expect({ type: event?.type, participants: event?.participants }, source).toEqual({ type, participants });
    }
  });

  it('reads meetings and protests at a place', () => {
    expect(one(`Talks were held in [[Minsk|place:minsk]].`)).toEqual({ type: 'MEETING', place: 'place:minsk', framings: ['Talks'] });
    expect(one(`Переговоры прошли в [[Минске|place:minsk]].`, 'ru')).toMatchObject({ type: 'MEETING', framings: ['Переговоры'] });
    expect(one(`Зустріч відбулася в [[Мінську|place:minsk]].`, 'uk')).toMatchObject({ type: 'MEETING', framings: ['Зустріч'] });
    expect(one(`A protest was held in [[Tbilisi|place:tbilisi]].`)).toMatchObject({ type: 'PROTEST', place: 'place:tbilisi' });
    expect(one(`A rally was held in [[Tbilisi|place:tbilisi]].`)).toMatchObject({ type: 'PROTEST', framings: ['rally'] });
    expect(one(`Митинг прошёл в [[Тбилиси|place:tbilisi]].`, 'ru')).toMatchObject({ type: 'PROTEST', place: 'place:tbilisi' });
    expect(one(`Мітинг відбувся в [[Тбілісі|place:tbilisi]].`, 'uk')).toMatchObject({ type: 'PROTEST', place: 'place:tbilisi' });
    const more: [string, string, EventType, string][] = [
      ['en', 'A meeting was held in M.', 'MEETING', 'meeting'],
      ['en', 'A briefing was held in M.', 'BRIEFING', 'briefing'],
      ['ru', 'Встреча прошла в M.', 'MEETING', 'Встреча'],
      ['uk', 'Переговори пройшли в M.', 'MEETING', 'Переговори'],
      ['ru', 'Протест прошёл в M.', 'PROTEST', 'Протест'],
      ['uk', 'Протести пройшли в M.', 'PROTEST', 'Протести'],
      ['uk', 'Візит до M тривав день.', 'VISIT', 'Візит'],
      ['ru', 'Визит в M продлился день.', 'VISIT', 'Визит'],
    ];
    for (const [language, sentence, type, framing] of more) {
      expect(one(sentence.replace('M', '[[Minsk|place:minsk]]'), language), sentence).toEqual({
        type,
        place: 'place:minsk',
        framings: [framing],
      });
    }
  });
});

describe('extractEvents: places', () => {
  it('takes the place of the same sentence, never one of another sentence', () => {
    expect(events(`Russian forces captured the town. [[Pokrovsk|${POKROVSK}]] lies to the west.`)).toEqual([]);
    expect(events(`Drones attacked overnight. [[Kharkiv|${KHARKIV}]] has power again.`)).toEqual([]);
  });

  it('prefers a place right before the word, then the nearest after it, then one before it in the clause', () => {
    expect(one(`[[Pokrovsk|${POKROVSK}]]’s Capture Hailed as Pivotal in [[Donetsk|place:donetsk-oblast-ua]] Conflict`).place).toBe(
      POKROVSK,
    );
    expect(one(`Near [[Kharkiv|${KHARKIV}]] troops captured [[Pokrovsk|${POKROVSK}]].`).place).toBe(POKROVSK);
    expect(one(`In [[Kharkiv|${KHARKIV}]] the shelling went on.`).place).toBe(KHARKIV);
  });

  it('gives one event per place of a list', () => {
    const found = events(
      `[[Putin|${PUTIN}]] was briefed on the liberation of [[Krasnoarmysk|${POKROVSK}]] and [[Volchansk|${VOVCHANSK}]].`,
    );
    expect(found.map((e) => [e.type, e.place, e.framings.map((f) => f.text)])).toEqual([
      ['BRIEFING', null, ['briefed']],
      ['CONTROL_CHANGE', POKROVSK, ['liberation']],
      ['CONTROL_CHANGE', VOVCHANSK, ['liberation']],
    ]);
    const three = events(`Strikes hit [[Kharkiv|${KHARKIV}]], [[Pokrovsk|${POKROVSK}]] and [[Vovchansk|${VOVCHANSK}]].`);
    expect(three.map((e) => e.place)).toEqual([KHARKIV, POKROVSK, VOVCHANSK]);
    const subjects = events(`[[Kharkiv|${KHARKIV}]] and [[Vovchansk|${VOVCHANSK}]] were shelled overnight.`);
    expect(subjects.map((e) => [e.type, e.place, e.time?.text])).toEqual([
      ['ATTACK', VOVCHANSK, 'overnight'],
      ['ATTACK', KHARKIV, 'overnight'],
    ]);
  });

  it('does not take a place that owns a later noun, nor a framing word inside a name', () => {
    expect(events(`Its liberation strengthens [[Russia|${RUSSIA}]]’s energy security.`)).toEqual([]);
    expect(
      events(`The [[National Liberation Army|org:national-liberation-army]] met in [[Kharkiv|${KHARKIV}]].`).map((e) => e.type),
    ).toEqual(['MEETING']);
  });

  it('drops a control change without a place and an event with neither place nor party', () => {
    expect(events('Russian forces captured the town.')).toEqual([]);
    expect(events('The visit lasted two hours.')).toEqual([]);
  });
});

describe('extractEvents: one event per happening', () => {
  it('merges every framing of one type and place, Pokrovsk and Krasnoarmysk being one key, with the most precise time', () => {
    const text = [
      `The capture of [[Pokrovsk|${POKROVSK}]] in November was hailed.`,
      `The liberation of [[Krasnoarmysk|${POKROVSK}]] on November 28 was announced.`,
      `The city’s fall changed the front.`,
      `Shelling of [[Kharkiv|${KHARKIV}]] went on.`,
    ].join(' ');
    const [control, attack, ...rest] = events(text);
    expect(rest).toEqual([]);
    expect(control).toMatchObject({ type: 'CONTROL_CHANGE', place: POKROVSK, asserted: true });
    expect(control!.framings.map((f) => f.text)).toEqual(['capture', 'liberation', 'fall']);
    expect(control!.time).toEqual({ text: 'November 28', month: 11, day: 28 });
    expect(control!.evidence).toContain('3 reports merged by type and place');
    expect(attack).toMatchObject({ type: 'ATTACK', place: KHARKIV });
  });

  it("takes the time after the framing word in its reach, else the sentence's opening time nearest the first framing", () => {
    const [visit, capture] = events(
      `[[Putin|${PUTIN}]]’s visit on the evening of November 30th underscored the capture of [[Pokrovsk|${POKROVSK}]].`,
    );
    expect(visit!.time).toMatchObject({ text: 'evening of November 30th' });
    expect(capture).toMatchObject({ type: 'CONTROL_CHANGE', time: null });
    const [shelling, seizure] = events(`On Monday, Russian forces shelled [[Kharkiv|${KHARKIV}]] and seized [[Kupiansk|place:kupiansk]].`);
    expect([shelling!.time?.text, seizure!.time?.text]).toEqual(['Monday', 'Monday']);
    const [night] = events(`[[ХАРКІВ|${KHARKIV}]], 3 березня. Уночі російські війська атакували [[Харків|${KHARKIV}]].`, 'uk');
    expect(night!.time).toEqual({ text: 'Уночі', month: 12, day: 1, partOfDay: 'NIGHT' });
  });

  it('merges reports without a place by type and main party', () => {
    const found = events(`[[Putin|${PUTIN}]] visited troops. Later [[Putin|${PUTIN}]] visited a hospital on Monday.`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'VISIT', place: null, time: { text: 'Monday', month: 12, day: 1 } });
    expect(found[0]!.framings).toHaveLength(2);
  });
});

describe('extractEvents: asserted or only claimed', () => {
  it('does not assert an event stated only inside a claim, a denial among them', () => {
    const denial = `[[Ukraine|${UKRAINE}]] denies that [[Russia|${RUSSIA}]] captured [[Pokrovsk|${POKROVSK}]].`;
    const [event] = events(denial, 'en', ['Russia captured Pokrovsk']);
    expect(event).toMatchObject({ type: 'CONTROL_CHANGE', place: POKROVSK, asserted: false });
    expect(event!.participants).toEqual([{ entityKey: RUSSIA, role: 'gaining control' }]);
    expect(event!.evidence).toContain('not asserted: inside a denial');
    // Said by the narrator too, it is reported.
    const both = events(`${denial} [[Pokrovsk|${POKROVSK}]] fell on Monday, the army said.`, 'en', ['Russia captured Pokrovsk']);
    expect(both).toHaveLength(1);
    expect(both[0]).toMatchObject({ asserted: true, time: { text: 'Monday' } });
  });

  it('does not assert a hedged or negated framing', () => {
    const [event] = events(`Control of the road would facilitate the liberation of [[Sloviansk|place:sloviansk-donetsk-ua]].`);
    expect(event).toMatchObject({
      type: 'CONTROL_CHANGE',
      asserted: false,
      evidence: expect.arrayContaining(['not asserted: hedged by "would"']),
    });
    const [ru] = events(`Это могло бы ускорить освобождение [[Славянска|place:sloviansk-donetsk-ua]].`, 'ru');
    expect(ru).toMatchObject({ asserted: false });
    const negated = [
      ['en', `Ukrainian forces have not withdrawn from [[Pokrovsk|${POKROVSK}]].`],
      ['ru', `Украинские войска не отошли из [[Покровска|${POKROVSK}]].`],
      ['uk', `Українські війська не відійшли з [[Покровська|${POKROVSK}]].`],
    ];
    for (const [language, source] of negated) {
      expect(events(source!, language), source).toMatchObject([{ type: 'CONTROL_CHANGE', asserted: false }]);
    }
    // "May" the month, in another clause, hedges nothing.
    const [may] = events(`In May, the liberation of [[Sloviansk|place:sloviansk-donetsk-ua]] was announced.`);
    expect(may).toMatchObject({ asserted: true, time: { text: 'In May', month: 5 } });
  });
});

describe('extractEvents: participants', () => {
  it('names the side gaining or losing control from an adjective and a word for forces', () => {
    const [gained] = events(`Russian forces captured [[Pokrovsk|${POKROVSK}]].`);
    expect(gained!.participants).toEqual([{ entityKey: RUSSIA, role: 'gaining control' }]);
    const [lost] = events(`Українські війська відійшли з [[Покровська|${POKROVSK}]].`, 'uk');
    expect(lost!.participants).toEqual([{ entityKey: UKRAINE, role: 'losing control' }]);
    const [ru] = events(
      `Подразделения [[группировки «Центр»|org:group-of-forces-centre-ru]] освободили [[Новоэкономическое|place:novoekonomichne]].`,
      'ru',
    );
    expect(ru!.participants).toEqual([{ entityKey: 'org:group-of-forces-centre-ru', role: 'gaining control' }]);
  });

  it('reads the agent of a passive after "by", and the visitor and the visited of a noun', () => {
    const [passive] = events(`[[Pokrovsk|${POKROVSK}]] was captured by Russian forces.`);
    expect(passive).toMatchObject({ place: POKROVSK, participants: [{ entityKey: RUSSIA, role: 'gaining control' }] });
    const [visit] = events(
      `Russian President [[Vladimir Putin|${PUTIN}]]’s visit to a command post of the [[Unified Grouping of Troops|org:unified-grouping-of-troops]] on the evening of November 30th.`,
    );
    expect(visit!.participants).toEqual([
      { entityKey: PUTIN, role: 'visitor' },
      { entityKey: 'org:unified-grouping-of-troops', role: 'visited' },
    ]);
    expect(visit!.time).toEqual({ text: 'evening of November 30th', month: 11, day: 30, partOfDay: 'EVENING' });
  });

  it('reads the agent after "by" or "со стороны" past a place, and takes no speaker as the agent', () => {
    const [briefing] = events(
      `[[Putin|${PUTIN}]] was briefed on the [[Donbas|place:donbas]] by the head of the [[General Staff|org:general-staff-ru]].`,
    );
    expect(briefing!.participants).toEqual([
      { entityKey: PUTIN, role: 'briefed' },
      { entityKey: 'org:general-staff-ru', role: 'briefer' },
    ]);
    const [shelling] = events(
      `В [[Донецке|place:donetsk-donetsk-ua]] в результате обстрела со стороны украинских войск пострадали двое.`,
      'ru',
    );
    expect(shelling).toMatchObject({ place: 'place:donetsk-donetsk-ua', participants: [{ entityKey: UKRAINE, role: 'attacker' }] });
    const [strikes] = events(`Балицкий заявил об ударах [[ВСУ|org:armed-forces-of-ukraine]] по [[Энергодару|place:enerhodar]].`, 'ru');
    expect(strikes).toMatchObject({
      place: 'place:enerhodar',
      participants: [{ entityKey: 'org:armed-forces-of-ukraine', role: 'attacker' }],
    });
    const [reported] = events(`[[Минобороны|org:ministry-of-defence-ru]] сообщило об освобождении [[Покровска|${POKROVSK}]].`, 'ru');
    expect(reported).toMatchObject({ place: POKROVSK, participants: [] });
    const [said] = events(`Governor [[Oleh Syniehubov|person:oleh-syniehubov]] said that two drones hit [[Kharkiv|${KHARKIV}]].`);
    expect(said).toMatchObject({ place: KHARKIV, participants: [] });
    const [told] = events(`[[Peskov|person:dmitry-peskov]] told reporters the attacks on [[Kyiv|place:kyiv]] were answered.`);
    expect(told).toMatchObject({ place: 'place:kyiv', participants: [] });
  });

  it('takes a country after "with" as a party to a meeting, not its place', () => {
    const [talks] = events(`[[Putin|${PUTIN}]] held talks with [[Ukraine|${UKRAINE}]].`);
    expect(talks).toMatchObject({ type: 'MEETING', place: null, participants: [{ entityKey: PUTIN, role: 'participant' }] });
  });

  it('takes no mention the linker left ambiguous as a place or a party', () => {
    const input = markedInput(`[[Putin|${PUTIN}]] visited [[Pokrovsk|${POKROVSK}]].`);
    const unresolved = input.mentions.map((m) => ({ ...m, entityKey: null }));
    expect(extractEvents({ ...input, mentions: unresolved }, [])).toEqual([]);
    const kindless = input.mentions.map((m) => ({ ...m, kind: null }));
    expect(extractEvents({ ...input, mentions: kindless }, [])).toEqual([]);
    expect(extractEvents(input, [])).toHaveLength(1);
  });

  it('takes no party from another clause or from far before a noun', () => {
    const [event] = events(`For [[Putin|${PUTIN}]], the liberation of [[Krasnoarmysk|${POKROVSK}]] is more than a victory.`);
    expect(event).toMatchObject({ place: POKROVSK, participants: [] });
  });
});

describe('extractEvents: property', () => {
  const WORDS = [
    ...['the', 'capture', 'of', 'liberation', 'fell', 'shelled', 'visited', 'met', 'was', 'briefed', 'by', 'Russian', 'forces', 'would'],
    ...['city’s', 'said', 'that', 'and', ',', '.', 'on', 'Monday', 'December', '8', 'освобождение', 'удар', 'по', 'у', 'ніч', 'на'],
  ];
  const NAMES = [
    { text: 'Pokrovsk', entityKey: POKROVSK, kind: 'PLACE' as const },
    { text: 'Russia', entityKey: RUSSIA, kind: 'PLACE' as const },
    { text: 'Putin', entityKey: PUTIN, kind: 'PERSON' as const },
    { text: 'TASS', entityKey: 'org:tass', kind: 'ORGANIZATION' as const },
  ];

  it('keeps every framing a slice of the text, every place a place mentioned in it, every party named in it', () => {
    const token = fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...NAMES));
    const article = fc.record({
      tokens: fc.array(token, { maxLength: 60 }),
      language: fc.constantFrom('en', 'ru', 'uk'),
      quoteFrom: fc.nat(200),
    });
    let events = 0;
    fc.assert(
      fc.property(article, ({ tokens, language, quoteFrom }) => {
        let text = '';
        const mentions: KnownMention[] = [];
        for (const t of tokens) {
          if (text !== '') text += ' ';
          if (typeof t !== 'string') mentions.push({ ...t, start: text.length, end: text.length + t.text.length });
          text += typeof t === 'string' ? t : t.text;
        }
        const quoted = [{ start: quoteFrom, end: quoteFrom + 40, text: text.slice(quoteFrom, quoteFrom + 40) }];
        const found = extractEvents({ text, language, publishedAt: '2025-12-01', mentions }, quoted);
        const places = new Set(mentions.filter((m) => m.kind === 'PLACE').map((m) => m.entityKey));
        const named = new Set([...mentions.map((m) => m.entityKey), RUSSIA, UKRAINE]);
        events += found.length;
        for (const event of found) {
          expect(event.framings.length).toBeGreaterThan(0);
          for (const f of event.framings) expect(text.slice(f.start, f.end)).toBe(f.text);
          if (event.place !== null) expect(places).toContain(event.place);
          else expect(event.participants.length).toBeGreaterThan(0);
          for (const p of event.participants) expect(named).toContain(p.entityKey);
          expect(event.score).toBeGreaterThan(0);
          expect(event.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
    // The generator does make events, or the checks above would hold of nothing.
    expect(events).toBeGreaterThan(10);
  });
});

import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim, KnownMention } from '../../src/extraction/types.js';
import type { EntityKind } from '../../src/graph/vocabulary.js';
import { marked } from '../support/marked-text.js';

const claimsOf = (source: string, language = 'en'): ExtractedClaim[] => extractClaims(marked(source, language));
const segments = (claim: ExtractedClaim | undefined): string[] => claim?.segments.map((s) => s.text) ?? [];
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });
const unnamed = (description: string, country: string | null = null) => ({ kind: 'anonymous', description, country });

const PESKOV = '[[Peskov|person:dmitry-peskov]]';

describe('extractClaims: direct quotes in English', () => {
  it('makes a quote split by its attribution one claim with two segments, about the entities it names', () => {
    const [claim, ...rest] = claimsOf(
      '‘This is an irreversible process,’ [[Stepanyan|person:alexander-stepanyan]] said, ‘leading to the full liberation of the [[Donetsk People’s Republic|place:donetsk-peoples-republic]].’',
    );
    expect(rest).toEqual([]);
    expect(segments(claim)).toEqual([
      'This is an irreversible process,',
      'leading to the full liberation of the Donetsk People’s Republic.',
    ]);
    expect(claim).toMatchObject({
      speaker: entity('person:alexander-stepanyan'),
      flags: [],
      about: ['place:donetsk-peoples-republic'],
      score: 0.9,
    });
    expect(claim!.evidence).toContain('speaker: named, between segments');
  });

  it('keeps consecutive quoted sentences of one speaker, a nested quote and a quote over two paragraphs in one claim each', () => {
    const claims = claimsOf(
      `“It is true,” ${PESKOV} said. “It is also final.” “There is nothing to add.”\n\n“He called it ‘a trap’ and left,” [[Lavrov|person:sergei-lavrov]] said.`,
    );
    expect(claims.map(segments)).toEqual([
      ['It is true,', 'It is also final.', 'There is nothing to add.'],
      ['He called it ‘a trap’ and left,'],
    ]);
    const [overParagraphs] = claimsOf(`“The first part goes on.\n\n“And the second part,” ${PESKOV} said.`);
    expect(segments(overParagraphs)).toEqual(['The first part goes on.', 'And the second part,']);
    expect(overParagraphs!.speaker).toEqual(entity('person:dmitry-peskov'));
  });

  it('gives two speakers in one paragraph two claims', () => {
    const claims = claimsOf(`“We are ready,” ${PESKOV} said. “We are not,” [[Zelensky|person:volodymyr-zelensky]] replied.`);
    expect(claims.map((c) => c.speaker)).toEqual([entity('person:dmitry-peskov'), entity('person:volodymyr-zelensky')]);
  });

  it('reads the role from a title or an apposition, and the speaker of a colon-introduced quote from the sentence before', () => {
    const [title] = claimsOf('Defence Minister [[Rustem Umerov|person:rustem-umerov]] said: “We hold the line.”');
    expect(title).toMatchObject({ speaker: entity('person:rustem-umerov'), role: 'Defence Minister' });
    const [apposition] = claimsOf('[[Alexander Stepanyan|person:alexander-stepanyan]], a military expert, said: “It is over.”');
    expect(apposition!.role).toBe('military expert');
    const [colon] = claimsOf(`The talks ended late. ${PESKOV} said:\n\n“We will not negotiate.”`);
    expect(colon).toMatchObject({ speaker: entity('person:dmitry-peskov') });
    expect(colon!.evidence).toContain('speaker: named, sentence before the colon');
  });

  it('resolves a pronoun, a role noun matching a stated role, and a bare surname to the earlier speaker', () => {
    const claims = claimsOf(
      `Foreign Minister [[Sergei Lavrov|person:sergei-lavrov]] met ${PESKOV}. “We agreed,” ${PESKOV} said. “Nothing changes,” he added. ` +
        '“The terms stand,” the minister noted. “So it is,” Lavrov said.',
    );
    expect(claims.map((c) => c.speaker)).toEqual([
      entity('person:dmitry-peskov'),
      entity('person:dmitry-peskov'),
      entity('person:sergei-lavrov'),
      entity('person:sergei-lavrov'),
    ]);
    expect(claims.map((c) => c.evidence[0])).toEqual([
      'speaker: named, after quote',
      'speaker: pronoun → previous speaker, after quote',
      'speaker: role noun → previous speaker, after quote',
      'speaker: surname → earlier mention, after quote',
    ]);
    expect(claims[2]!.role).toBe('Foreign Minister');
    expect(claims[1]!.score).toBeLessThan(claims[0]!.score);
  });

  it('makes a new name with an organization word a new organization', () => {
    const [claim] = claimsOf('“The station was hit twice,” Ukrainska Pravda reported.');
    expect(claim!.speaker).toMatchObject({ kind: 'new', entityKind: 'ORGANIZATION', name: { text: 'Ukrainska Pravda' } });
  });

  it('takes a role noun for the last speaker when no role was stated for them', () => {
    const claims = claimsOf(`“We agreed,” ${PESKOV} said. “Nothing changes,” the spokesman added.`);
    expect(claims.map((c) => c.speaker)).toEqual([entity('person:dmitry-peskov'), entity('person:dmitry-peskov')]);
    expect(claims[1]!.evidence[0]).toBe('speaker: role noun → previous speaker with no stated role, after quote');
  });

  it('makes a capitalised name the linker does not know a new speaker, with its title', () => {
    const [claim] = claimsOf('“We need more shells,” said Battalion Commander Oleksiy Petrenko.');
    expect(claim!.speaker).toMatchObject({ kind: 'new', entityKind: 'PERSON', name: { text: 'Oleksiy Petrenko' } });
    expect(claim!.role).toBe('Battalion Commander');
  });

  it('describes anonymous speakers as the article does, with the country of their demonym', () => {
    const claims = claimsOf(
      '“Talks are over,” a senior Russian diplomat told reporters. “The road is cut,” said sources present at the meeting. ' +
        'A Ukrainian military official, speaking on condition of anonymity, described the night. “It was hard,” the official said.',
    );
    expect(claims.map((c) => c.speaker)).toEqual([
      unnamed('a senior Russian diplomat', 'RU'),
      unnamed('sources present at the meeting'),
      unnamed('a Ukrainian military official', 'UA'),
    ]);
    expect(claims[0]!.via).toBeNull();
  });

  it('finds the channel in the attribution or earlier for the same speaker, but not the dateline agency', () => {
    const claims = claimsOf(
      `“The front holds,” [[Zelensky|person:volodymyr-zelensky]] told [[Reuters|org:reuters|OUTLET]]. “We wait,” ${PESKOV} said in an interview with the [[BBC|org:bbc|OUTLET]].\n\n` +
        '[[Stepanyan|person:alexander-stepanyan]], speaking to [[TASS|org:tass|OUTLET]], spoke of the city. “It fell,” he said. “It was hard,” [[Putin|person:vladimir-putin]] stated, according to sources present at the meeting.\n\n' +
        `MOSCOW, March 5. /[[TASS|org:tass|OUTLET]]/. “We are ready,” ${PESKOV} said.`,
    );
    expect(claims.map((c) => c.via)).toEqual([
      { description: 'told Reuters', entityKey: 'org:reuters' },
      { description: 'in an interview with the BBC', entityKey: 'org:bbc' },
      { description: 'speaking to TASS', entityKey: 'org:tass' },
      { description: 'according to sources present at the meeting', entityKey: null },
      null,
    ]);
    expect(claims[2]!.evidence).toContain('via: stated earlier for the speaker');
    expect(claims[3]!.speaker).toEqual(entity('person:vladimir-putin'));
  });

  it('takes a short fragment with its comma inside the marks for a fragment, and an English list item for no quote', () => {
    const claims = claimsOf(
      'The ministry described the strikes as ‘precise,’ [[Konashenkov|person:igor-konashenkov]] said.\n- Five people were wounded, officials said.',
    );
    expect(claims.map(segments)).toEqual([['precise,'], ['Five people were wounded']]);
    expect(claims.map((c) => c.flags)).toEqual([['PARTIAL'], ['INDIRECT']]);
    expect(claims[0]!.speaker).toEqual(entity('person:igor-konashenkov'));
  });

  it('gives a quote whose only name the linker left ambiguous no speaker, and reads "wrote on Telegram" as its channel', () => {
    const [ambiguous, written] = claimsOf(
      '“The situation is hard,” said spokesman [[Ivan Petrenko|?]]. “This is a war crime,” [[Zelensky|person:volodymyr-zelensky]] wrote on [[Telegram|org:telegram]].',
    );
    expect(ambiguous!.speaker).toBeNull();
    expect(written!.via).toEqual({ description: 'wrote on Telegram', entityKey: 'org:telegram' });
  });

  it('reads the speaker from a short sentence after a quote that ended its own, but not from a long one', () => {
    const [short, long] = claimsOf(
      `“We will win.” ${PESKOV} said so twice.\n\n“We will win.” [[Zelensky|person:volodymyr-zelensky]] said much later, in a long speech to parliament, that he was sure.`,
    );
    expect(short).toMatchObject({ speaker: entity('person:dmitry-peskov'), score: 0.72 });
    expect(short!.evidence).toContain('speaker: named, sentence after');
    expect(long!.speaker).toBeNull();
  });

  it('stores an unattributable quote with no speaker and a low score', () => {
    const [claim] = claimsOf('The city was quiet. “Nobody is left here.” The shelling resumed.');
    expect(claim).toMatchObject({ speaker: null, role: null, via: null, score: 0.5 });
    expect(claim!.evidence).toContain('speaker: none found');
  });

  it('makes quoted fragments in the reporter’s sentence one PARTIAL claim, and a quoted name or a scare quote no claim', () => {
    const claims = claimsOf(
      'Russian President [[Vladimir Putin|person:vladimir-putin]] visited the front. The president called the operation ‘strategic’ and ‘crucial’ to the campaign. ' +
        'Troops of the ‘[[Vostok|org:group-of-forces-east-ru]]’ group and the ‘Storm Z’ units moved.',
    );
    expect(claims).toHaveLength(1);
    expect(segments(claims[0])).toEqual(['strategic', 'crucial']);
    expect(claimsOf('The so-called ‘referendum’ was held on Sunday.')).toEqual([]);
    expect(claims[0]).toMatchObject({ flags: ['PARTIAL'], speaker: entity('person:vladimir-putin'), role: 'Russian President' });
  });
});

describe('extractClaims: reported speech in English', () => {
  it('makes "X said that …", "according to X, …", "X claimed …" INDIRECT claims whose segment is the reported content', () => {
    const claims = claimsOf(
      `${PESKOV} said that the talks had stalled. According to [[Zelensky|person:volodymyr-zelensky]], the line holds near [[Pokrovsk|place:pokrovsk-donetsk-ua]]. ` +
        '[[Shoigu|person:sergei-shoigu]] claimed the city was taken. A military official, speaking on condition of anonymity, said the convoy was hit.',
    );
    expect(claims.map(segments)).toEqual([
      ['the talks had stalled.'],
      ['the line holds near Pokrovsk.'],
      ['the city was taken.'],
      ['the convoy was hit.'],
    ]);
    expect(claims.every((c) => c.flags.includes('INDIRECT'))).toBe(true);
    expect(claims.map((c) => c.speaker)).toEqual([
      entity('person:dmitry-peskov'),
      entity('person:volodymyr-zelensky'),
      entity('person:sergei-shoigu'),
      unnamed('a military official'),
    ]);
    expect(claims[1]!.about).toEqual(['place:pokrovsk-donetsk-ua']);
  });

  it('makes a denial an INDIRECT claim by the denier, and leaves speech without a speaker alone', () => {
    const [denial, ...rest] = claimsOf(
      '[[Ukraine|place:ukraine]] denies that its troops left the city. According to reports, the city fell.',
    );
    expect(rest).toEqual([]);
    expect(denial).toMatchObject({
      speaker: entity('place:ukraine'),
      flags: ['INDIRECT', 'DENIAL'],
      segments: [{ text: 'its troops left the city.' }],
    });
    expect(denial!.evidence).toContain('indirect: denial');
  });
});

describe('extractClaims: reported speech as wire copy writes it', () => {
  it('reads "said" without "that", "told reporters …", a closing "…, officials said" after a dateline, and a closing channel', () => {
    const claims = claimsOf(
      'KYIV, March 3 (Test Wire) – Russian drones struck [[Kharkiv|place:kharkiv-ua]] overnight, regional officials said on Tuesday.\n\n' +
        '[[Syrskyi|person:oleksandr-syrskyi]] said Russia had massed more than 100,000 troops. [[Peskov|person:dmitry-peskov]] told reporters the attacks showed nothing. ' +
        '[[Russia’s Defence Ministry|org:ministry-of-defence-ru]] said air defences had shot down 62 drones, according to [[Interfax|org:interfax|OUTLET]].',
    );
    expect(claims.map(segments)).toEqual([
      ['Russian drones struck Kharkiv overnight'],
      ['Russia had massed more than 100,000 troops.'],
      ['the attacks showed nothing.'],
      ['air defences had shot down 62 drones'],
    ]);
    expect(claims.map((c) => c.speaker)).toEqual([
      unnamed('regional officials'),
      entity('person:oleksandr-syrskyi'),
      entity('person:dmitry-peskov'),
      entity('org:ministry-of-defence-ru'),
    ]);
    expect(claims[3]!.via).toEqual({ description: 'according to Interfax', entityKey: 'org:interfax' });
  });

  it('does not take a place in an apposition for the speaker, nor a name in quote marks for a quote', () => {
    const [claim, ...rest] = claimsOf(
      'The [[Institute for the Study of War|org:isw]], a think tank in [[Washington|place:washington-us]], said units of the ‘Storm Z’ group had reached the outskirts.',
    );
    expect(rest).toEqual([]);
    expect(claim).toMatchObject({ speaker: entity('org:isw'), flags: ['INDIRECT'] });
  });
});

describe('extractClaims: Russian', () => {
  it('reads the dash convention, the role of a title before the name and a reply paragraph split by its attribution', () => {
    const claims = claimsOf(
      '«Мы не отступим», — заявил пресс-секретарь [[Кремля|org:kremlin]] [[Дмитрий Песков|person:dmitry-peskov]].\n' +
        '— Это неправда, — сказал [[Песков|person:dmitry-peskov]]. — Мы ждём ответа.\n' +
        '"Мы готовы", - отметил министр.',
      'ru',
    );
    expect(claims.map(segments)).toEqual([['Мы не отступим'], ['Это неправда,', 'Мы ждём ответа.'], ['Мы готовы']]);
    expect(claims[0]).toMatchObject({ speaker: entity('person:dmitry-peskov'), role: 'пресс-секретарь Кремля' });
    expect(claims[1]!.speaker).toEqual(entity('person:dmitry-peskov'));
  });

  it('resolves "министр отметил" and "добавил он" to the earlier speaker with that role', () => {
    const claims = claimsOf(
      'Министр обороны [[Андрей Белоусов|person:andrei-belousov]] провёл совещание. «Задачи выполнены», — отметил министр. «Мы продолжим», — добавил он.',
      'ru',
    );
    expect(claims.map((c) => c.speaker)).toEqual([entity('person:andrei-belousov'), entity('person:andrei-belousov')]);
    expect(claims[0]!.role).toBe('Министр обороны');
  });

  it('finds the channel: сообщил ТАСС, в интервью РБК, передает РИА Новости', () => {
    const claims = claimsOf(
      '«Переговоры зашли в тупик», — сообщил [[ТАСС|org:tass|OUTLET]] [[Песков|person:dmitry-peskov]]. ' +
        '«Удары будут продолжены», — сказал [[Шойгу|person:sergei-shoigu]] в интервью [[РБК|org:rbc|OUTLET]].\n' +
        '[[Захарова|person:maria-zakharova]] назвала заявление провокацией. «Ответ будет», — передает [[РИА Новости|org:ria-novosti|OUTLET]].',
      'ru',
    );
    expect(claims.map((c) => c.via)).toEqual([
      { description: 'сообщил ТАСС', entityKey: 'org:tass' },
      { description: 'в интервью РБК', entityKey: 'org:rbc' },
      { description: 'передает РИА Новости', entityKey: 'org:ria-novosti' },
    ]);
    expect(claims.map((c) => c.speaker)).toEqual([entity('person:dmitry-peskov'), entity('person:sergei-shoigu'), null]);
  });

  it('reads "сообщил об …", a closing "…, уточнил X", the channel "передаёт РИА Новости со ссылкой на X" and a title after its adjective', () => {
    const claims = claimsOf(
      'В соседней области губернатор [[Евгений Балицкий|person:yevgeny-balitsky]] сообщил об ударах по [[Каменке|place:kamianka-ua]]. ' +
        'Пострадавших нет, уточнил [[Балицкий|person:yevgeny-balitsky]]. ' +
        'За ночь средства ПВО уничтожили 62 беспилотника, передаёт [[РИА Новости|org:ria-novosti|OUTLET]] со ссылкой на [[Минобороны|org:ministry-of-defence-ru]].',
      'ru',
    );
    expect(claims.map(segments)).toEqual([
      ['ударах по Каменке.'],
      ['Пострадавших нет'],
      ['За ночь средства ПВО уничтожили 62 беспилотника'],
    ]);
    expect(claims.map((c) => c.speaker)).toEqual([
      entity('person:yevgeny-balitsky'),
      entity('person:yevgeny-balitsky'),
      entity('org:ministry-of-defence-ru'),
    ]);
    expect(claims[0]!.role).toBe('губернатор');
    expect(claims[2]!.via).toEqual({ description: 'передаёт РИА Новости', entityKey: 'org:ria-novosti' });
  });

  it('describes an anonymous source, with the country of a Russian demonym', () => {
    const claims = claimsOf(
      '«Решение уже принято», — сообщил источник в силовых структурах. «Это провокация», — заявил высокопоставленный российский дипломат.',
      'ru',
    );
    expect(claims.map((c) => c.speaker)).toEqual([
      unnamed('источник в силовых структурах'),
      unnamed('высокопоставленный российский дипломат', 'RU'),
    ]);
  });

  it('reads reported speech (по словам, как заявил, заявил, что) and a denial as INDIRECT, and a quoted phrase as PARTIAL', () => {
    const claims = claimsOf(
      'По словам [[Пушилина|person:denis-pushilin]], в [[Красноармейске|place:pokrovsk-donetsk-ua]] продолжается зачистка. ' +
        'Как заявил [[Песков|person:dmitry-peskov]], переговоры не ведутся. [[Песков|person:dmitry-peskov]] заявил, что ответ будет дан. ' +
        '[[Минобороны|org:ministry-of-defence-ru]] опровергло сообщения о прорыве. [[Минобороны|org:ministry-of-defence-ru]] заявило, что удары нанесены по «военным объектам».',
      'ru',
    );
    expect(claims.map(segments)).toEqual([
      ['в Красноармейске продолжается зачистка.'],
      ['переговоры не ведутся.'],
      ['ответ будет дан.'],
      ['сообщения о прорыве.'],
      ['военным объектам'],
    ]);
    expect(claims.map((c) => c.flags)).toEqual([['INDIRECT'], ['INDIRECT'], ['INDIRECT'], ['INDIRECT', 'DENIAL'], ['PARTIAL']]);
    expect(claims.map((c) => c.speaker)).toEqual([
      entity('person:denis-pushilin'),
      entity('person:dmitry-peskov'),
      entity('person:dmitry-peskov'),
      entity('org:ministry-of-defence-ru'),
      entity('org:ministry-of-defence-ru'),
    ]);
    expect(claims[0]!.about).toEqual(['place:pokrovsk-donetsk-ua']);
  });
});

describe('extractClaims: Ukrainian', () => {
  it('reads «…», — сказав X with its channel (розповів Укрінформу) and an anonymous source (джерело в ОП)', () => {
    const claims = claimsOf(
      '«Щоночі [[Росія|place:russia]] перевіряє нашу оборону», — сказав [[Зеленський|person:volodymyr-zelensky]]. ' +
        '«Евакуація триває», — розповів [[Укрінформу|org:ukrinform|OUTLET]] [[Вадим Філашкін|person:vadym-filashkin]]. ' +
        '«Рішення ухвалено», — повідомило джерело в [[ОП|org:office-of-the-president-ua]].',
      'uk',
    );
    expect(claims.map((c) => c.speaker)).toEqual([
      entity('person:volodymyr-zelensky'),
      entity('person:vadym-filashkin'),
      unnamed('джерело в ОП'),
    ]);
    expect(claims[0]!.about).toEqual(['place:russia']);
    expect(claims[1]!.via).toEqual({ description: 'розповів Укрінформу', entityKey: 'org:ukrinform' });
  });

  it('resolves "додав речник" to the spokesman named before, with his role', () => {
    const claims = claimsOf(
      'Речник [[Кремля|org:kremlin]] [[Дмитро Пєсков|person:dmitry-peskov]] прокоментував заяву. «Це неприйнятно», — додав речник. — Ми не погодимося, — сказав він.',
      'uk',
    );
    expect(claims.map((c) => c.speaker)).toEqual([entity('person:dmitry-peskov'), entity('person:dmitry-peskov')]);
    expect(claims[0]!.role).toBe('Речник Кремля');
  });

  it('reads за словами, як заявив, заявив, що, a closing "повідомив X" and a denial as INDIRECT', () => {
    const claims = claimsOf(
      'За словами [[Сирського|person:oleksandr-syrskyi]], ворог зосередив тут понад сто тисяч військових. ' +
        'Як заявив [[Зеленський|person:volodymyr-zelensky]], [[Україна|place:ukraine]] не віддасть [[Донбас|place:donbas]]. ' +
        '[[Зеленський|person:volodymyr-zelensky]] заявив, що допомога надійде. ' +
        'Уночі війська атакували [[Харків|place:kharkiv-ua]], повідомив начальник [[Харківської ОВА|org:kharkiv-oma]] [[Олег Синєгубов|person:oleh-syniehubov]]. ' +
        '[[Генштаб|org:general-staff-ua]] заперечує, що війська відійшли.',
      'uk',
    );
    expect(claims.map(segments)).toEqual([
      ['ворог зосередив тут понад сто тисяч військових.'],
      ['Україна не віддасть Донбас.'],
      ['допомога надійде.'],
      ['Уночі війська атакували Харків'],
      ['війська відійшли.'],
    ]);
    expect(claims.map((c) => c.speaker)).toEqual([
      entity('person:oleksandr-syrskyi'),
      entity('person:volodymyr-zelensky'),
      entity('person:volodymyr-zelensky'),
      entity('person:oleh-syniehubov'),
      entity('org:general-staff-ua'),
    ]);
    expect(claims[1]!.about).toEqual(['place:ukraine', 'place:donbas']);
    expect(claims[3]!.role).toBe('начальник Харківської ОВА');
    expect(claims[4]!.evidence).toContain('indirect: denial');
    expect(claims[4]!.flags).toEqual(['INDIRECT', 'DENIAL']);
  });
});

interface SeedClaim {
  key: string;
  segments: { text: string }[];
  speaker: { entity?: string; description?: string; affiliation?: string };
  via?: { entity?: string; description: string };
}

describe('extractClaims on the seed article stripped of its annotations', () => {
  const seed = parse(readFileSync('seeds/articles/000_c14c6e6254578141.yaml', 'utf8')) as {
    mentions: { start: number; end: number; text: string; entity: string }[];
    claims: SeedClaim[];
  };
  const text = readFileSync('seeds/articles/000_c14c6e6254578141.txt', 'utf8');
  const kinds: Record<string, EntityKind> = { person: 'PERSON', place: 'PLACE', org: 'ORGANIZATION' };
  // The outlets as the gazetteer marks them: an organization of its outlets file (TASS here).
  const outlets = new Set(
    (parse(readFileSync('seeds/gazetteer/organizations-outlets.yaml', 'utf8')) as { entities: { id: string }[] }).entities.map((e) => e.id),
  );
  const mentions: KnownMention[] = seed.mentions.map((m) => ({
    ...m,
    entityKey: m.entity,
    kind: kinds[m.entity.split(':')[0]!]!,
    outlet: outlets.has(m.entity),
  }));
  const countries: Record<string, string> = { 'place:russia': 'RU', 'place:ukraine': 'UA' };

  it('yields at least 6 of its 7 hand claims with the right speakers and channels', () => {
    const claims = extractClaims({ text, language: 'en', publishedAt: null, mentions });
    const right = seed.claims.filter((hand) => {
      const found = claims.find((c) => segments(c).join('|') === hand.segments.map((s) => s.text).join('|'));
      if (!found) return false;
      const speaker = hand.speaker.entity
        ? entity(hand.speaker.entity)
        : unnamed(hand.speaker.description!, hand.speaker.affiliation ? countries[hand.speaker.affiliation]! : null);
      const via = hand.via ? { description: hand.via.description, entityKey: hand.via.entity ?? null } : null;
      return JSON.stringify([found.speaker, found.via]) === JSON.stringify([speaker, via]);
    });
    expect(right.length, `right: ${right.map((c) => c.key).join(', ')}`).toBeGreaterThanOrEqual(6);
    expect(claims.find((c) => c.flags.includes('PARTIAL'))?.speaker).toEqual(entity('person:vladimir-putin'));
  });
});

describe('extractClaims on arbitrary text', () => {
  const pieces = [
    ' ',
    ' ',
    ' ',
    '\n',
    '\n\n',
    'word',
    'Peskov',
    'Ivan Petrov',
    'said',
    'told',
    'the official',
    'a Russian diplomat',
    'he',
    'that',
    'according to',
    'сказал',
    'заявив',
    'що',
    'по словам',
    'источник',
    'він',
    ',',
    '.',
    ':',
    '—',
    '- ',
    '“',
    '”',
    '‘',
    '’',
    '"',
    "'",
    '«',
    '»',
    '„',
    'Russia’s',
    "м'яч",
    "Pokrovs'k",
    '?',
    '…',
  ];
  const arbitrary = fc.array(
    fc.record({
      piece: fc.constantFrom(...pieces),
      kind: fc.constantFrom<EntityKind | null | 'none'>('none', 'none', 'PERSON', 'ORGANIZATION', 'PLACE', null),
    }),
    {
      maxLength: 80,
    },
  );

  it('never throws, and gives segments inside the text, equal to their slices, in text order and disjoint', () => {
    fc.assert(
      fc.property(arbitrary, fc.constantFrom('en', 'ru', 'uk'), (parts, language) => {
        let text = '';
        const mentions: KnownMention[] = [];
        for (const { piece, kind } of parts) {
          if (kind !== 'none' && /\p{L}/u.test(piece)) {
            mentions.push({
              start: text.length,
              end: text.length + piece.length,
              text: piece,
              entityKey: kind ? `x:${mentions.length}` : null,
              kind,
            });
          }
          text += piece;
        }
        const all = extractClaims({ text, language, publishedAt: null, mentions }).flatMap((c) => c.segments);
        let previousEnd = 0;
        for (const s of all) {
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          previousEnd = s.end;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';
import { marked } from '../support/marked-text.js';

/**
 * Round 8 of issue 11: claims whose speaker is a body or a group the gazetteer lacks, or figures no
 * one is named for (every sentence is test material, not news).
 */
const claimsOf = (source: string, language: string): ExtractedClaim[] => extractClaims(marked(source, language));
const speakers = (source: string, language: string) => claimsOf(source, language).map((c) => c.speaker);
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });
const unnamed = (description: string, country: string | null = null) => ({ kind: 'anonymous', description, country });

describe('extractClaims: a body or group named by its kind speaks, described as the text writes it', () => {
  it('reads bodies the gazetteer lacks', () => {
    expect(
      speakers('Loadings were halted for two days after drones attacked the harbour, the regional emergency headquarters said.', 'en'),
    ).toEqual([unnamed('the regional emergency headquarters')]);
    expect(speakers('[[Finland|place:country-fi]]’s border guard said on Monday that a drone had crashed in a forest.', 'en')).toEqual([
      unnamed('Finland’s border guard', 'FI'),
    ]);
    expect(speakers('Оперативные службы напоминают, что обломки беспилотников нельзя трогать руками.', 'ru')).toEqual([
      unnamed('Оперативные службы'),
    ]);
    expect(speakers('По данным госкорпорации, за год станцию несколько раз пытались атаковать.', 'ru')).toEqual([unnamed('госкорпорации')]);
    expect(speakers('Оперативні служби нагадують, що уламки дронів не можна торкатися руками.', 'uk')).toEqual([
      unnamed('Оперативні служби'),
    ]);
    expect(speakers('За даними держкорпорації, за рік станцію кілька разів намагалися атакувати.', 'uk')).toEqual([
      unnamed('держкорпорації'),
    ]);
  });

  it('takes "according to" a body of a place for the body speaking, not a channel', () => {
    const [claim] = claimsOf(
      'Pokrovsk has had no school open since the summer, according to the regional administration of [[Donetsk Oblast|place:donetsk-oblast-ua]].',
      'en',
    );
    expect(claim!.speaker).toEqual(unnamed('the regional administration of Donetsk Oblast'));
    expect(claim!.via).toBeNull();
  });

  it('reads groups, with the country their demonym states', () => {
    expect(speakers('Ukrainian commanders denied that the town had fallen.', 'en')).toEqual([unnamed('Ukrainian commanders', 'UA')]);
    expect(speakers('A person familiar with the talks said Moscow had agreed to hand over a list.', 'en')).toEqual([
      unnamed('a person familiar with the talks'),
    ]);
    expect(speakers('Украинские пограничники сообщили, что пункт пропуска работает в обычном режиме.', 'ru')).toEqual([
      unnamed('Украинские пограничники', 'UA'),
    ]);
    expect(speakers('Среди освобождённых, по данным российской стороны, есть взятые в плен в Мариуполе.', 'ru')).toEqual([
      unnamed('российской стороны', 'RU'),
    ]);
    expect(speakers('Українські прикордонники повідомили, що пункт пропуску працює у звичайному режимі.', 'uk')).toEqual([
      unnamed('Українські прикордонники', 'UA'),
    ]);
    expect(speakers('Серед звільнених, за даними російської сторони, є полонені з Маріуполя.', 'uk')).toEqual([
      unnamed('російської сторони', 'RU'),
    ]);
  });
});

describe('extractClaims: an article opens a subject, a preposition does not (English has no other language’s article)', () => {
  it('reads "The United Arab Emirates said" as the country speaking', () => {
    expect(
      speakers('The [[United Arab Emirates|place:country-ae]] said it had mediated the exchange, the fourteenth this year.', 'en'),
    ).toEqual([entity('place:country-ae')]);
  });

  it('still reads a place after "of the" as whose the speaker is', () => {
    expect(
      speakers(
        'Governor [[Veniamin Kondratyev|person:veniamin-kondratyev]] of the [[Krasnodar region|place:krasnodar-krai-ru]] said on Telegram that a fire had been put out.',
        'en',
      ),
    ).toEqual([entity('person:veniamin-kondratyev')]);
  });
});

describe('extractClaims: figures no one is named for are the via, with no speaker', () => {
  it('keeps the claim and gives the figures as its channel', () => {
    const cases: [string, string, string][] = [
      ['Two tankers moved north to anchor near Vysotsk, according to ship-tracking data.', 'en', 'according to ship-tracking data'],
      ['По неофициальным данным, следующий обмен может состояться уже в мае.', 'ru', 'По неофициальным данным'],
      ['За неофіційними даними, наступний обмін може відбутися вже у травні.', 'uk', 'За неофіційними даними'],
    ];
    for (const [text, language, description] of cases) {
      const [claim, ...rest] = claimsOf(text, language);
      expect(rest).toEqual([]);
      expect(claim!.speaker).toBeNull();
      expect(claim!.via).toEqual({ description, entityKey: null });
    }
  });

  it('reads a possessive as whose figures they are, never as figures of no one', () => {
    expect(claimsOf('По его данным, следующий обмен может состояться уже в мае.', 'ru')).toEqual([]);
    expect(claimsOf('За його даними, наступний обмін може відбутися вже у травні.', 'uk')).toEqual([]);
    expect(claimsOf('Two tankers moved north, according to his data.', 'en')).toEqual([]);
  });
});

describe('extractClaims: a body named by the word its name holds, or "там", is the body named before', () => {
  it('takes "the institute" for the institute', () => {
    const isw = (name: string) => `[[${name}|org:institute-for-the-study-of-war]]`;
    const expected = [entity('org:institute-for-the-study-of-war'), entity('org:institute-for-the-study-of-war')];
    expect(
      speakers(
        `The ${isw('Institute for the Study of War')} said Russian troops had advanced. The footage did not support Moscow’s claim, the institute added.`,
        'en',
      ),
    ).toEqual(expected);
    expect(
      speakers(
        `${isw('Институт изучения войны')} сообщил, что русские продвинулись. Заявления Москвы не подтверждаются видео, добавили в институте.`,
        'ru',
      ),
    ).toEqual(expected);
    expect(
      speakers(
        `${isw('Інститут вивчення війни')} повідомив, що росіяни просунулися. Заяви Москви не підтверджуються відео, додали в інституті.`,
        'uk',
      ),
    ).toEqual(expected);
  });

  it('takes "Там заявили" for the body the sentence before names (Russian and Ukrainian)', () => {
    expect(
      speakers('В [[Генштабе ВСУ|org:general-staff-ua]] эти сведения опровергли. Там заявили, что бои за Торское продолжаются.', 'ru'),
    ).toEqual([entity('org:general-staff-ua')]);
    expect(speakers('У [[Генштабі ЗСУ|org:general-staff-ua]] ці дані спростували. Там заявили, що бої за Торське тривають.', 'uk')).toEqual(
      [entity('org:general-staff-ua')],
    );
    expect(speakers('Бои идут весь день. Там заявили, что бои за Торское продолжаются.', 'ru')).toEqual([]);
  });
});

describe('extractClaims: a head who names their body is the head of that body', () => {
  it('does not take the head of another body named before', () => {
    expect(
      speakers(
        'Chief of the General Staff [[Valery Gerasimov|person:valery-gerasimov]] said the front was holding.\n\n' +
          'A volunteer from the town was buried on Monday, the head of the town district said.',
        'en',
      ),
    ).toEqual([entity('person:valery-gerasimov'), unnamed('the head of the town district')]);
    expect(
      speakers(
        'Начальник [[Генштаба|org:general-staff-ru]] [[Валерий Герасимов|person:valery-gerasimov]] заявил, что фронт держится.\n\n' +
          'В [[Волчанске|place:volchansk-sverdlovsk-ru]] простились с добровольцем, сообщил глава городского округа.',
        'ru',
      ),
    ).toEqual([entity('person:valery-gerasimov'), unnamed('глава городского округа')]);
    expect(
      speakers(
        'Начальник [[Генштабу|org:general-staff-ua]] [[Андрій Гнатов|person:andrii-hnatov]] заявив, що фронт тримається.\n\n' +
          'У селищі відкрили пункт незламності, повідомив голова селищної громади.',
        'uk',
      ),
    ).toEqual([entity('person:andrii-hnatov'), unnamed('голова селищної громади')]);
  });

  it('takes a region’s head for its governor or the head of its administration', () => {
    expect(
      speakers(
        'Governor [[Oleh Hryhorov|person:oleh-hryhorov]] said drones had struck the town. "It was deliberate," the head of the region added.',
        'en',
      ),
    ).toEqual([entity('person:oleh-hryhorov'), entity('person:oleh-hryhorov')]);
    expect(
      speakers(
        'Губернатор [[Кубани|place:krasnodar-krai-ru]] [[Вениамин Кондратьев|person:veniamin-kondratyev]] заявил, что атаке подвергся НПЗ. ' +
          '«Угрозы для жителей нет», — подчеркнул глава региона.',
        'ru',
      ),
    ).toEqual([entity('person:veniamin-kondratyev'), entity('person:veniamin-kondratyev')]);
    expect(
      speakers(
        'Начальник [[Сумської ОВА|org:sumy-oma]] [[Олег Григоров|person:oleh-hryhorov]] повідомив, що дрони атакували місто. ' +
          '«Це цілеспрямований удар», — наголосив голова області.',
        'uk',
      ),
    ).toEqual([entity('person:oleh-hryhorov'), entity('person:oleh-hryhorov')]);
  });
});

describe('extractClaims: groups that report in the present or by a gerund', () => {
  it('reads the group before a gerund of saying, its description ending at its own verb', () => {
    expect(speakers('Russian military bloggers posted videos of the fire, claiming that the crude unit was burning.', 'en')).toEqual([
      unnamed('Russian military bloggers', 'RU'),
    ]);
    expect(
      speakers('Российские военные блогеры публиковали видео пожара, утверждая, что горит установка переработки нефти.', 'ru'),
    ).toEqual([unnamed('Российские военные блогеры', 'RU')]);
    expect(
      speakers('Російські військові блогери публікували відео пожежі, стверджуючи, що горить установка переробки нафти.', 'uk'),
    ).toEqual([unnamed('Російські військові блогери', 'RU')]);
  });

  it('reads the Ukrainian present of "note" (Russian has it already)', () => {
    expect(speakers('Военные аналитики отмечают, что противник всё чаще атакует небольшими группами.', 'ru')).toEqual([
      unnamed('Военные аналитики'),
    ]);
    expect(speakers('Військові аналітики зазначають, що противник дедалі частіше атакує невеликими групами.', 'uk')).toEqual([
      unnamed('Військові аналітики'),
    ]);
  });
});

describe('extractClaims: the statement a body issues is no part of who speaks', () => {
  it('reads "в сводке ведомства", "у зведенні відомства" as the ministry named before', () => {
    expect(
      speakers(
        'Село освобождено, сообщило [[Минобороны России|org:ministry-of-defence-ru]]. «Отряды продолжили продвижение», — говорится в сводке ведомства.',
        'ru',
      ),
    ).toEqual([entity('org:ministry-of-defence-ru'), entity('org:ministry-of-defence-ru')]);
    expect(
      speakers(
        'Село звільнено, повідомило [[Міноборони|org:ministry-of-defence-ua]]. «Загони продовжили просування», — йдеться у зведенні відомства.',
        'uk',
      ),
    ).toEqual([entity('org:ministry-of-defence-ua'), entity('org:ministry-of-defence-ua')]);
  });
});

describe('extractClaims: a setting before a title is where it was said, a new occasion with no channel carried', () => {
  const cases: [string, string, string][] = [
    [
      'Губернатор [[Александр Хинштейн|person:alexander-khinshtein]] сообщил в своем Telegram-канале, что подстанция повреждена.\n\n' +
        'Позже на заседании оперативного штаба губернатор заявил, что режим ограничений продлят до конца октября.',
      'ru',
      'person:alexander-khinshtein',
    ],
    [
      'Начальник ОВА [[Іван Федоров|person:ivan-fedorov]] повідомив у телеграмі, що підстанцію пошкоджено.\n\n' +
        'Пізніше на засіданні оперативного штабу начальник ОВА заявив, що обмеження продовжать до кінця жовтня.',
      'uk',
      'person:ivan-fedorov',
    ],
    [
      'Governor [[Ivan Fedorov|person:ivan-fedorov]] said on Telegram that a substation had been damaged.\n\n' +
        'Later, at a meeting of the regional staff, the governor said the restrictions would be extended until the end of October.',
      'en',
      'person:ivan-fedorov',
    ],
  ];
  it('takes the title for the speaker before and states no channel for what was said at the meeting', () => {
    for (const [text, language, key] of cases) {
      const claims = claimsOf(text, language);
      expect(claims.map((c) => c.speaker)).toEqual([entity(key), entity(key)]);
      expect(claims[0]!.via).not.toBeNull();
      expect(claims[1]!.via).toBeNull();
    }
  });
});

import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';
import { marked } from '../support/marked-text.js';

/** Who speaks, by name, title or place, in the forms news writes it (issue 11 §2). */
const claimsOf = (source: string, language = 'en'): ExtractedClaim[] => extractClaims(marked(source, language));
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });
const unnamed = (description: string, country: string | null = null) => ({ kind: 'anonymous', description, country });
const newName = (claim: ExtractedClaim | undefined) => (claim?.speaker?.kind === 'new' ? claim.speaker.name.text : null);

describe('extractClaims: names beside places and titles', () => {
  it('reads a pronoun the linker left ambiguous as a pronoun', () => {
    const ru = claimsOf('[[Песков|person:dmitry-peskov]] заявил, что встреча прошла. [[Он|?]] добавил, что заявления не будет.', 'ru');
    expect(ru.map((c) => c.speaker)).toEqual([entity('person:dmitry-peskov'), entity('person:dmitry-peskov')]);
  });

  it('takes a country for the speaker across an auxiliary, with imperfective verbs', () => {
    const en = claimsOf('[[Kyiv|place:kyiv-ua]] has repeatedly denied that its troops withdrew.');
    const ru = claimsOf('[[Киев|place:kyiv-ua]] ранее заявлял, что войска не отходили.', 'ru');
    const uk = claimsOf('[[Росія|place:russia]] також заперечує, що атакує цивільних.', 'uk');
    expect([...en, ...ru, ...uk].map((c) => c.speaker)).toEqual([entity('place:kyiv-ua'), entity('place:kyiv-ua'), entity('place:russia')]);
  });

  it('takes no place after a preposition for the speaker', () => {
    const ru = claimsOf(
      'Министр [[Андрей Белоусов|person:andrey-belousov]] на совещании в [[Москве|place:moscow-ru]] заявил, что темпы выросли.',
      'ru',
    );
    const uk = claimsOf(
      'Прем’єр [[Юлія Свириденко|person:yulia-svyrydenko]] у [[Києві|place:kyiv-ua]] заявила, що уряд виділить кошти.',
      'uk',
    );
    const en = claimsOf('[[Umerov|person:rustem-umerov]] in [[Kyiv|place:kyiv-ua]] said the talks went on.');
    expect([...ru, ...uk, ...en].map((c) => c.speaker)).toEqual([
      entity('person:andrey-belousov'),
      entity('person:yulia-svyrydenko'),
      entity('person:rustem-umerov'),
    ]);
  });

  it('reads an organization before a name the linker does not know as that person’s title', () => {
    const uk = claimsOf('Як заявив речник [[ОСУВ «Таврія»|org:osg-tavria]] Дмитро Лиховій, ворог втратив сорок одиниць техніки.', 'uk');
    const ru = claimsOf(
      'Представитель [[ОСГВ «Хортица»|org:osg-khortytsia]] Виктор Трегубов назвал сообщения «информационной операцией».',
      'ru',
    );
    const en = claimsOf('[[Navy|org:navy-ua]] spokesman Dmytro Pletenchuk said that two ships were hit.');
    expect([uk, ru, en].map((claims) => newName(claims[0]))).toEqual(['Дмитро Лиховій', 'Виктор Трегубов', 'Dmytro Pletenchuk']);
  });
});

describe('extractClaims: Russian and Ukrainian titles and names the linker does not know', () => {
  it('describes a role with its genitive ("главы района", "мер міста") unless a name follows, and leaves the addressee out', () => {
    const ru = claimsOf('По словам главы района, обстрел продолжался всю ночь. Дома повреждены, заявил журналистам мэр города.', 'ru');
    expect(ru.map((c) => c.speaker)).toEqual([unnamed('главы района'), unnamed('мэр города')]);
    const uk = claimsOf('Як повідомив мер міста, світла немає.', 'uk');
    expect(uk.map((c) => c.speaker)).toEqual([unnamed('мер міста')]);
  });

  it('describes a role with the place it belongs to when no name follows, while a body’s representatives speak for it', () => {
    const ru = claimsOf(
      'Губернатор [[Белгородской области|place:belgorod-oblast-ru]] сообщил, что пострадавших нет. ' +
        'Представители [[МАГАТЭ|org:iaea]] заявили, что следят за ситуацией. ' +
        'Мэр [[Москвы|place:moscow-ru]] Сергей Собянин сообщил, что дроны сбиты.',
      'ru',
    );
    expect(ru.map((c) => (c.speaker?.kind === 'new' ? c.speaker.name.text : c.speaker))).toEqual([
      unnamed('Губернатор Белгородской области'),
      entity('org:iaea'),
      'Сергей Собянин',
    ]);
  });

  it('makes an abbreviation the linker does not know a new organization', () => {
    const ru = claimsOf('В МЧС сообщили, что пожар потушен.', 'ru');
    const uk = claimsOf('Пожежу загасили, повідомили у ДСНС.', 'uk');
    expect([...ru, ...uk].map((c) => c.speaker)).toEqual([
      { kind: 'new', name: { start: 2, end: 5, text: 'МЧС' }, entityKind: 'ORGANIZATION' },
      { kind: 'new', name: { start: 30, end: 34, text: 'ДСНС' }, entityKind: 'ORGANIZATION' },
    ]);
  });

  it('takes a first name and surname (and a patronymic between) for a new name, the words before it for its title', () => {
    const uk = claimsOf('Начальник Харківської ОВА Олег Синєгубов заявив, що обстріл тривав усю ніч.', 'uk');
    expect(uk.map((c) => [newName(c), c.role])).toEqual([['Олег Синєгубов', 'Начальник Харківської ОВА']]);
    const ru = claimsOf(
      'Мэр Белгорода Валентин Демидов сообщил, что отопление восстановлено. Губернатор Александр Васильевич Богомаз заявил, что пострадавших нет.',
      'ru',
    );
    expect(ru.map(newName)).toEqual(['Валентин Демидов', 'Александр Васильевич Богомаз']);
  });

  it('takes a role before a comma and a second title for the name they title, not someone named before', () => {
    const ru = claimsOf(
      '[[Трегубов|person:viktor-trehubov]] заявил, что бои идут.\n\n' +
        '— Противнику придется отходить, — сказал [[ТАСС|org:tass|OUTLET]] военный эксперт, подполковник в отставке Андрей Марочко.',
      'ru',
    );
    expect(newName(ru[1])).toBe('Андрей Марочко');
    const uk = claimsOf('«Удар пошкодив дві підстанції», — сказав речник, полковник [[Юрій Ігнат|person:yurii-ihnat]].', 'uk');
    expect(uk[0]!.speaker).toEqual(entity('person:yurii-ihnat'));
    const alone = claimsOf('«Ремонт триватиме тиждень», — сказав експерт, залучений до комісії.', 'uk');
    expect(alone[0]!.speaker).toEqual(unnamed('експерт'));
  });

  it('takes a body after a preposition for where the person named before it spoke, and for the speaker when nobody is', () => {
    const ru = claimsOf(
      'Президент [[Иван Петров|person:ivan-petrov]] на совещании в [[Кремле|org:kremlin]] заявил, что [[Правительство|org:government-ru]] подготовит программу.',
      'ru',
    );
    const en = claimsOf('[[Oleh Kiper|person:oleh-kiper]] at a briefing in the [[Kremlin|org:kremlin]] said two drones were shot down.');
    const body = claimsOf('В [[Кремле|org:kremlin]] заявили, что переговоры продолжатся.', 'ru');
    expect([...ru, ...en, ...body].map((c) => c.speaker)).toEqual([
      entity('person:ivan-petrov'),
      entity('person:oleh-kiper'),
      entity('org:kremlin'),
    ]);
  });
});

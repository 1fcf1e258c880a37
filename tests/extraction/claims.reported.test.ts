import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';
import { marked } from '../support/marked-text.js';

/** Reported speech in the forms news writes it, beyond "X said that …" (issue 11 §1). */
const claimsOf = (source: string, language = 'en'): ExtractedClaim[] => extractClaims(marked(source, language));
const segments = (claims: readonly ExtractedClaim[]): string[][] => claims.map((c) => c.segments.map((s) => s.text));
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });
const unnamed = (description: string) => ({ kind: 'anonymous', description, country: null });

describe('extractClaims: verbs that report only with "that" or closing a sentence', () => {
  it('reads "He added that …" and "…, he added", but not "noted the progress"', () => {
    const claims = claimsOf(
      '[[Peskov|person:dmitry-peskov]] said talks would go on. He added that Russia had lost nothing. Nobody was hurt, he added. ' +
        '[[Lavrov|person:sergei-lavrov]] noted the progress.',
    );
    expect(segments(claims)).toEqual([['talks would go on.'], ['Russia had lost nothing.'], ['Nobody was hurt']]);
    expect(claims.map((c) => c.speaker)).toEqual(Array(3).fill(entity('person:dmitry-peskov')));
  });

  it('reads Russian and Ukrainian gerunds and plural forms: отметив, что …; додавши, що …; заперечила, що …', () => {
    const ru = claimsOf('[[Песков|person:dmitry-peskov]] отказался от комментариев, отметив, что Кремль получает доклады ежедневно.', 'ru');
    expect(segments(ru)).toEqual([['Кремль получает доклады ежедневно.']]);
    const uk = claimsOf(
      '[[Федоров|person:ivan-fedorov]] подякував рятувальникам, додавши, що евакуація триває. [[Росія|place:russia]] заперечила, що атакує цивільних.',
      'uk',
    );
    expect(segments(uk)).toEqual([['евакуація триває.'], ['атакує цивільних.']]);
    expect(uk[1]!.flags).toEqual(['INDIRECT', 'DENIAL']);
  });
});

describe('extractClaims: reported speech beside a quote', () => {
  it('reads "adding that …" after a quote, and cuts "denied that …" before the gerund leading into its quote', () => {
    const claims = claimsOf(
      '[[Ivan Fedorov|person:ivan-fedorov]], head of the regional administration, said bombs had hit Orikhiv. "No house is left," the governor said, adding that 1,000 people still lived there. ' +
        '[[Peskov|person:dmitry-peskov]] denied that envoys had met in Istanbul, calling the reports "fantasies".',
    );
    expect(segments(claims)).toEqual([
      ['bombs had hit Orikhiv.'],
      ['No house is left,'],
      ['1,000 people still lived there.'],
      ['envoys had met in Istanbul'],
      ['fantasies'],
    ]);
    // "the governor": not the role stated for Fedorov, but he is the paragraph's last speaker.
    expect(claims.slice(0, 3).map((c) => c.speaker)).toEqual(Array(3).fill(entity('person:ivan-fedorov')));
    expect(claims[3]!.flags).toEqual(['INDIRECT', 'DENIAL']);
  });

  it('reads "заявила, что …" after a fragment, but leaves reported content running into quote marks to the partial quote', () => {
    const ru = claimsOf(
      '[[Захарова|person:maria-zakharova]] назвала атаки «террористическими» и заявила, что ответственность несёт Киев. ' +
        '[[Тихановская|person:sviatlana-tsikhanouskaya]] заявила, что переговоры «узаконивают присутствие России».',
      'ru',
    );
    expect(segments(ru)).toEqual([['террористическими'], ['ответственность несёт Киев.'], ['узаконивают присутствие России']]);
    expect(ru[1]!.speaker).toEqual(entity('person:maria-zakharova'));
    const uk = claimsOf('„Місто тримається“, — сказав [[Федоров|person:ivan-fedorov]] і додав, що евакуація триває.', 'uk');
    expect(segments(uk)).toEqual([['Місто тримається'], ['евакуація триває.']]);
    expect(uk[1]!.speaker).toEqual(entity('person:ivan-fedorov'));
  });
});

describe('extractClaims: reported speech beside a quote, round 7 (test sentences)', () => {
  it('cuts what was said before a conjunction leading into the quote, and reads a verb after the quote', () => {
    const en = claimsOf(
      '[[Lukashenko|person:alexander-lukashenko]] said the balloons had drifted off course and accused Vilnius of "provocation".',
    );
    expect(segments(en)).toEqual([['the balloons had drifted off course'], ['provocation']]);
    expect(en[0]!.speaker).toEqual(entity('person:alexander-lukashenko'));
    const ru = claimsOf(
      '[[Захарова|person:maria-zakharova]] заявила, что удары наносятся «по военным целям», и опровергла, что пострадали жилые дома.',
      'ru',
    );
    expect(segments(ru)).toEqual([['по военным целям'], ['пострадали жилые дома.']]);
    expect(ru[1]!.flags).toEqual(['INDIRECT', 'DENIAL']);
    const uk = claimsOf('[[Вілкул|person:oleksandr-vilkul]] заперечив, що в школі були військові, і назвав заяву «брехнею».', 'uk');
    expect(segments(uk)).toEqual([['в школі були військові'], ['брехнею']]);
    expect(uk[0]!.speaker).toEqual(entity('person:oleksandr-vilkul'));
  });

  it('reads a second verb after a denial, in the three languages', () => {
    const en = claimsOf('The army denied that the bridge had fallen and said fighting went on near it.');
    expect(segments(en)).toEqual([['the bridge had fallen'], ['fighting went on near it.']]);
    expect(en.map((c) => c.flags)).toEqual([['INDIRECT', 'DENIAL'], ['INDIRECT']]);
    const ru = claimsOf('[[Генштаб|org:general-staff-ua]] опроверг, что мост разрушен, и заявил, что бои идут у села.', 'ru');
    expect(segments(ru).at(-1)).toEqual(['бои идут у села.']);
    expect(ru.at(-1)!.speaker).toEqual(entity('org:general-staff-ua'));
    const uk = claimsOf('[[Генштаб|org:general-staff-ua]] заперечив, що міст зруйновано, і заявив, що бої тривають біля села.', 'uk');
    expect(segments(uk).at(-1)).toEqual(['бої тривають біля села.']);
  });

  it('reads "that" past a longer adverbial after the verb, but not past a comma', () => {
    const claims = claimsOf(
      '[[Zhdanov|person:oleh-zhdanov]] said in a long video on his own channel that the road was cut. ' +
        'The ministry said on Telegram, using the old names that officials still use.',
    );
    expect(segments(claims)).toEqual([['the road was cut.']]);
  });

  it('reads a source phrase opening the second half of a sentence after a colon', () => {
    const en = claimsOf('The mayor disagrees: according to [[Fedorov|person:ivan-fedorov]], only homes were hit.');
    expect(segments(en)).toEqual([['only homes were hit.']]);
    expect(en[0]!.speaker).toEqual(entity('person:ivan-fedorov'));
    const ru = claimsOf('Глава района не согласен: по словам [[Гладкова|person:vyacheslav-gladkov]], пострадали только жилые дома.', 'ru');
    expect(segments(ru)).toEqual([['пострадали только жилые дома.']]);
    const uk = claimsOf('Бровари знову під ударом: за даними [[Калашника|person:mykola-kalashnyk]], пошкоджено приватні будинки.', 'uk');
    expect(segments(uk)).toEqual([['пошкоджено приватні будинки.']]);
    expect(uk[0]!.speaker).toEqual(entity('person:mykola-kalashnyk'));
  });

  it('takes English "It said …" for the body that spoke before', () => {
    const claims = claimsOf(
      '"The town is ours," the [[ministry|org:ministry-of-defence-ru]] said in its report. It said its troops had also taken the village.',
    );
    expect(segments(claims)).toEqual([['The town is ours,'], ['its troops had also taken the village.']]);
    expect(claims[1]!.speaker).toEqual(entity('org:ministry-of-defence-ru'));
  });

  it('still reads no bare "told …" after a quote as content', () => {
    expect(segments(claimsOf('"We are ready," [[Rutte|person:mark-rutte]] told the radio station.'))).toEqual([['We are ready,']]);
  });
});

describe('extractClaims: attributions closing a sentence, and sentences pointing back', () => {
  it('reads an attribution between two commas before the reporter’s clause, and goes on after "and"', () => {
    const claims = claimsOf(
      'KRAMATORSK, Ukraine, March 5 (Test Wire) – Troops repelled 47 assaults, the [[General Staff|org:general-staff-ua]] said on Thursday, as fighting spread north. ' +
        'Buses were still leaving the town, [[Filashkin|person:vadym-filashkin]] said, and families had to go first.',
    );
    expect(segments(claims)).toEqual([['Troops repelled 47 assaults'], ['Buses were still leaving the town', 'families had to go first.']]);
    expect(claims.map((c) => c.speaker)).toEqual([entity('org:general-staff-ua'), entity('person:vadym-filashkin')]);
  });

  it('does the same in Russian and Ukrainian (…, сообщил X, а …; …, повідомив X, і …)', () => {
    const ru = claimsOf('Беспилотники атаковали Белгород, сообщил [[Гладков|person:vyacheslav-gladkov]], а в Курске было тихо.', 'ru');
    expect(segments(ru)).toEqual([['Беспилотники атаковали Белгород']]);
    const uk = claimsOf('Ворог обстріляв Нікополь, повідомив [[Лисак|person:serhii-lysak]], і світла немає.', 'uk');
    expect(segments(uk)).toEqual([['Ворог обстріляв Нікополь', 'світла немає.']]);
  });

  it('takes the sentence before for "Об этом сообщил X" and "Про це повідомив X", after its dateline', () => {
    const ru = claimsOf(
      'Ночью беспилотники атаковали Белгород. Об этом сообщил губернатор [[Вячеслав Гладков|person:vyacheslav-gladkov]].',
      'ru',
    );
    expect(segments(ru)).toEqual([['Ночью беспилотники атаковали Белгород']]);
    expect(ru[0]!.speaker).toEqual(entity('person:vyacheslav-gladkov'));
    const uk = claimsOf(
      'ДНІПРО, 11 березня (Тестова агенція) – Уночі ворог атакував Дніпро. Про це повідомив [[Сергій Лисак|person:serhii-lysak]].',
      'uk',
    );
    expect(segments(uk)).toEqual([['Уночі ворог атакував Дніпро']]);
    expect(uk[0]!.speaker).toEqual(entity('person:serhii-lysak'));
  });

  it('reads impersonal reports by whose statement they are: говорится в сообщении X, йдеться в повідомленні X', () => {
    const ru = claimsOf('Беспилотники атаковали нефтебазу, говорится в сообщении [[Минобороны|org:ministry-of-defence-ru]].', 'ru');
    expect(ru.map((c) => c.speaker)).toEqual([entity('org:ministry-of-defence-ru')]);
    const uk = claimsOf('Ворог атакував місто вночі, йдеться в повідомленні [[ДСНС|org:state-emergency-service-ua]].', 'uk');
    expect(uk.map((c) => c.speaker)).toEqual([entity('org:state-emergency-service-ua')]);
  });
});

describe('extractClaims: reported noun phrases and "как/як" openings', () => {
  it('starts a reported noun phrase after its preposition and ends it before the reporter’s clause, keeping a list whole', () => {
    const uk = claimsOf(
      '[[Міноборони Росії|org:ministry-of-defence-ru]] заявило про захоплення Новоекономічного, однак українські військові це спростовують.',
      'uk',
    );
    expect(segments(uk)).toEqual([['захоплення Новоекономічного']]);
    const ru = claimsOf('[[Минобороны|org:ministry-of-defence-ru]] сообщило об ударах по Родинскому, Белицкому и Доброполью.', 'ru');
    expect(segments(ru)).toEqual([['ударах по Родинскому, Белицкому и Доброполью.']]);
  });

  it('opens reported speech with "как"/"як" before any speech verb', () => {
    const ru = claimsOf('Как уточнил [[Гладков|person:vyacheslav-gladkov]], пострадавших нет.', 'ru');
    expect(ru.map((c) => [c.segments[0]!.text, c.speaker])).toEqual([['пострадавших нет.', entity('person:vyacheslav-gladkov')]]);
    const uk = claimsOf('Як повідомили в [[ДСНС|org:state-emergency-service-ua]], пожежу загасили.', 'uk');
    expect(uk.map((c) => [c.segments[0]!.text, c.speaker])).toEqual([['пожежу загасили.', entity('org:state-emergency-service-ua')]]);
  });
});

describe('extractClaims: more report forms', () => {
  it('reads what follows a colon, "со слов"/"зі слів", and confirmations and reminders', () => {
    const ru = claimsOf(
      '[[Гладков|person:vyacheslav-gladkov]] уточнил: пострадавших нет. Со слов очевидцев, взрывы были слышны ночью. ' +
        '[[Песков|person:dmitry-peskov]] подтвердил, что встреча состоится.',
      'ru',
    );
    expect(segments(ru)).toEqual([['пострадавших нет.'], ['взрывы были слышны ночью.'], ['встреча состоится.']]);
    const uk = claimsOf(
      'Зі слів мешканців, світла немає третій день. [[Синєгубов|person:oleh-syniehubov]] нагадав, що евакуація триває.',
      'uk',
    );
    expect(segments(uk)).toEqual([['світла немає третій день.'], ['евакуація триває.']]);
  });

  it('reads opinions and data by their source: по мнению, согласно данным, на думку, згідно з даними', () => {
    const ru = claimsOf('По мнению эксперта, наступление выдохлось. Согласно данным полиции, пострадавших нет.', 'ru');
    expect(ru.map((c) => c.speaker)).toEqual([unnamed('эксперта'), unnamed('полиции')]);
    const uk = claimsOf(
      'На думку аналітиків, наступ видихається. Згідно з даними [[ДСНС|org:state-emergency-service-ua]], пожежу загасили.',
      'uk',
    );
    expect(uk.map((c) => c.speaker)).toEqual([unnamed('аналітиків'), entity('org:state-emergency-service-ua')]);
  });

  it('reads past "on Tuesday night" and "in his nightly address" after "said", and "acknowledged that …"', () => {
    const claims = claimsOf(
      'The [[defence ministry|org:ministry-of-defence-ru]] said on Tuesday night its forces had taken the village. ' +
        '[[Zelensky|person:volodymyr-zelensky]] said in his nightly address the attack was a crime. ' +
        '[[Peskov|person:dmitry-peskov]] acknowledged that talks had stalled. [[Lavrov|person:sergei-lavrov]] said on Monday.',
    );
    expect(segments(claims)).toEqual([['its forces had taken the village.'], ['the attack was a crime.'], ['talks had stalled.']]);
  });

  it('closes with the speaker and their apposition, and reads both sides of a source between commas', () => {
    const en = claimsOf('The shelling went on all night, said Ivan Petrenko, the head of the village council.');
    expect(en.map((c) => [c.segments[0]!.text, c.role])).toEqual([['The shelling went on all night', 'head of the village council']]);
    const ru = claimsOf('В Энергодаре, по данным городской администрации, повреждена линия электропередачи.', 'ru');
    expect(segments(ru)).toEqual([['В Энергодаре', 'повреждена линия электропередачи.']]);
    const uk = claimsOf('У Нікополі, за даними обласної адміністрації, пошкоджено лінію електропередачі.', 'uk');
    expect(segments(uk)).toEqual([['У Нікополі', 'пошкоджено лінію електропередачі.']]);
  });
});

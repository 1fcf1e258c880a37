import { describe, expect, it } from 'vitest';
import { languagesOf, latinRenderings, primaryRendering } from '../../src/names/transliterate.js';

// The module expects prefolded text: lower case, apostrophes unified to "'".
describe('languagesOf', () => {
  it.each([
    ['красноармійськ', ['uk']],
    ['київ', ['uk']],
    ['єнакієве', ['uk']],
    ['ґорґани', ['uk']],
    ["слов'янськ", ['uk']], // the in-word apostrophe is Ukrainian
    ['фёдор', ['ru']],
    ['подъезд', ['ru']],
    ['крым', ['ru']],
    ['покровськ', ['uk', 'ru']],
    ['путин', ['uk', 'ru']],
    ['київ и подъезд', ['uk', 'ru']], // mixed: both
  ])('%s → %j', (text, expected) => {
    expect(languagesOf(text)).toEqual(expected);
  });
});

describe('primaryRendering', () => {
  it.each([
    ['красноармійськ', 'krasnoarmiisk'], // Ukrainian national 2010
    ['покровськ', 'pokrovsk'],
    ['вовчанськ', 'vovchansk'],
    ['красноармейск', 'krasnoarmeysk'], // BGN/PCGN Russian
    ['волчанск', 'volchansk'],
    ['ельцин', 'yeltsin'], // BGN: е is ye word-initially
    ['андреев', 'andreyev'], // and after a vowel
    ['подъезд', 'podyezd'], // and after ъ
    ['борис ельцин', 'boris yeltsin'], // and after a space
    ['фёдор', 'fedor'], // BGN ë, folded
    ['подъёмный', 'podyemnyy'],
    ['олексій юрченко', 'oleksii yurchenko'], // national: iotated forms at every word start
  ])('%s → %s', (text, expected) => {
    expect(primaryRendering(text)).toBe(expected);
  });
});

describe('Ukrainian national 2010 rules', () => {
  it.each([
    ['юрій', 'yurii'], // iotated forms word-initially...
    ['гуляйполе', 'huliaipole'], // ...and i-forms elsewhere, even after a vowel
    ['їжакевич', 'yizhakevych'],
    ['українка', 'ukrainka'],
    ['єнакієве', 'yenakiieve'],
    ["слов'янськ", 'sloviansk'], // the apostrophe does not start a word
    ['згурівка', 'zghurivka'], // зг is zgh, so it does not collide with ж
    ['щастя', 'shchastia'],
    ['ґорґани', 'gorgany'],
  ])('%s → %s', (text, expected) => {
    expect(latinRenderings(text)).toContain(expected);
  });
});

describe('latinRenderings', () => {
  it('covers BGN 1965 Ukrainian, ISO 9, scholarly, German and Polish for Ukrainian text', () => {
    const r = latinRenderings("слов'янськ");
    expect(r).toEqual(expect.arrayContaining(['sloviansk', 'slovyansk', 'slovansk', 'slovjansk', 'slowjansk']));
    expect(latinRenderings('запоріжжя')).toContain('saporischschja');
    expect(latinRenderings('зеленський')).toEqual(expect.arrayContaining(['zelenskyi', 'zelenskyy', 'selenskyj']));
    expect(latinRenderings('харків')).toEqual(expect.arrayContaining(['kharkiv', 'harkiv', 'charkiw']));
  });

  it('renders Russian with BGN, the popular press forms, ISO 9, German and Polish', () => {
    const r = latinRenderings('пётр');
    expect(r).toEqual(expect.arrayContaining(['petr', 'pyotr', 'pjotr', 'piotr']));
    expect(latinRenderings('сергей')).toEqual(expect.arrayContaining(['sergey', 'sergei', 'sergej']));
    expect(latinRenderings('ельцин')).toEqual(expect.arrayContaining(['yeltsin', 'jelzin', 'jelcin']));
    expect(latinRenderings('волчанск')).toEqual(expect.arrayContaining(['woltschansk', 'wolczansk']));
  });

  it('reads ambiguous text both ways, and only the right way when the letters decide', () => {
    expect(latinRenderings('горловка')).toEqual(expect.arrayContaining(['horlovka', 'gorlovka']));
    expect(latinRenderings('миколаїв')).toContain('mykolaiv');
    expect(latinRenderings('миколаїв')).not.toContain('mikolayiv'); // ї: no Russian BGN reading
    expect(latinRenderings('крыгин')).toContain('krygin');
    expect(latinRenderings('крыгин')).not.toContain('kryhyn'); // ы: no Ukrainian reading
  });

  it('passes letters it has no table for through unchanged', () => {
    expect(primaryRendering('мінськ-2 і ў')).toBe('minsk-2 i ў');
  });
});

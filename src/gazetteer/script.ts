/**
 * The ISO 15924 script of a name form, from its letters: the script most of them belong to.
 * Japanese and Korean mix scripts, so kana with or without kanji is Jpan and hangul Kore; kanji
 * alone is Hani. A form with no letters (digits, punctuation) is Zyyy, "common".
 */
const SCRIPTS: readonly [code: string, letters: RegExp][] = [
  ['Latn', /\p{Script=Latin}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Hani', /\p{Script=Han}/u],
  ['Hira', /\p{Script=Hiragana}/u],
  ['Kana', /\p{Script=Katakana}/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Beng', /\p{Script=Bengali}/u],
  ['Guru', /\p{Script=Gurmukhi}/u],
  ['Gujr', /\p{Script=Gujarati}/u],
  ['Orya', /\p{Script=Oriya}/u],
  ['Taml', /\p{Script=Tamil}/u],
  ['Telu', /\p{Script=Telugu}/u],
  ['Knda', /\p{Script=Kannada}/u],
  ['Mlym', /\p{Script=Malayalam}/u],
  ['Sinh', /\p{Script=Sinhala}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Laoo', /\p{Script=Lao}/u],
  ['Khmr', /\p{Script=Khmer}/u],
  ['Mymr', /\p{Script=Myanmar}/u],
  ['Tibt', /\p{Script=Tibetan}/u],
  ['Mong', /\p{Script=Mongolian}/u],
  ['Ethi', /\p{Script=Ethiopic}/u],
  ['Thaa', /\p{Script=Thaana}/u],
  ['Syrc', /\p{Script=Syriac}/u],
  ['Cher', /\p{Script=Cherokee}/u],
  ['Cans', /\p{Script=Canadian_Aboriginal}/u],
  ['Tfng', /\p{Script=Tifinagh}/u],
];
const LETTER = /\p{L}/u;

/** Scripts that only ever appear as part of a writing system named for the whole. */
const WRITING_SYSTEM = (counts: Map<string, number>): string | null => {
  if (counts.has('Hira') || counts.has('Kana')) return 'Jpan';
  if (counts.has('Hang')) return 'Kore';
  return null;
};

export function detectScript(form: string): string {
  const counts = new Map<string, number>();
  for (const char of form) {
    if (!LETTER.test(char)) continue;
    const code = SCRIPTS.find(([, letters]) => letters.test(char))?.[0] ?? 'Zzzz';
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  if (counts.size === 0) return 'Zyyy';
  return WRITING_SYSTEM(counts) ?? [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

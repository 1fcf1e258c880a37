/**
 * Words as the text index's analyzer (standard-no-stop-words: Lucene's StandardTokenizer, then
 * lower case) cuts them: both follow the word boundaries of Unicode's UAX #29, so "city’s",
 * "п'ять" and "U.S" stay whole and "Sloviansk-Kramatorsk" is two words. Used to read a query
 * into terms and to find in a stored text the words the index matched.
 */
export interface Word {
  /** Offsets in UTF-16 code units into the text given. */
  start: number;
  end: number;
  /** Lower case, as the index holds it. */
  term: string;
}

const SEGMENTER = new Intl.Segmenter('und', { granularity: 'word' });

/**
 * UAX #29 for alphabets, as one expression: letters, marks, digits and connectors in a row,
 * joined across one of `:·'.’` between letters (WB6–7: "city’s", "U.S") and one of `,;.'’`
 * between digits (WB11–12: "3,5"). About five times faster than the segmenter, which takes some
 * 48 ms over an article of 30,000 characters (measured on the seed's text, repeated).
 */
const ALPHABETIC_WORD =
  /[\p{L}\p{M}\p{Nd}\p{Pc}]+(?:(?:(?<=[\p{L}\p{M}])[:·'.’](?=\p{L})|(?<=\p{Nd})[,;.'’](?=\p{Nd}))[\p{L}\p{M}\p{Nd}\p{Pc}]+)*/gu;
/** Scripts whose words the rules above do not cut as UAX #29 does (no spaces, or rules of their own), and emoji. */
const OTHER_RULES =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hebrew}\p{Extended_Pictographic}]/u;

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  if (!OTHER_RULES.test(text)) {
    for (const { 0: word, index } of text.matchAll(ALPHABETIC_WORD))
      words.push({ start: index, end: index + word.length, term: word.toLowerCase() });
    return words;
  }
  for (const { segment, index, isWordLike } of SEGMENTER.segment(text)) {
    if (isWordLike) words.push({ start: index, end: index + segment.length, term: segment.toLowerCase() });
  }
  return words;
}

/** How far past a place its words are read: a phrase as long as the longest query fits. */
const WINDOW = 400;

/** A word and the stretch of text it was read in: words of two stretches are not neighbours. */
export interface WordIn extends Word {
  /** 0 when the whole text was read; 1, 2 … for the stretches read around the needles. */
  stretch: number;
}

const SPACE = /\s/;

/** The start of the run of non-space characters `at` is in (at most WINDOW back). */
function wordStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < WINDOW && !SPACE.test(text[i - 1]!)) i--;
  return i;
}

function wordEnd(text: string, at: number): number {
  let i = Math.min(at, text.length);
  while (i < text.length && i - at < WINDOW && !SPACE.test(text[i]!)) i++;
  return i;
}

/**
 * The words of `text` around every place one of `needles` (lower-case terms) stands, for a long
 * article: reading all of it costs some 0.3 ms per thousand characters, while the words a
 * query can match stand where its first terms do. Each stretch starts and ends at white space, a
 * word boundary, so its words are cut as in the whole. A short text, one whose lower case is not
 * as long (offsets would shift), or needles so frequent that the stretches cover half of it, are
 * read whole.
 */
export function wordsNear(text: string, needles: readonly string[]): WordIn[] {
  const whole = () => wordsOf(text).map((word) => ({ ...word, stretch: 0 }));
  const lower = text.toLowerCase();
  if (text.length <= 4 * WINDOW || lower.length !== text.length) return whole();
  const places: number[] = [];
  for (const needle of new Set(needles))
    for (let at = lower.indexOf(needle); at >= 0 && needle; at = lower.indexOf(needle, at + 1)) places.push(at);
  const stretches: [number, number][] = [];
  for (const at of places.sort((a, b) => a - b)) {
    const [from, to] = [wordStart(text, at), wordEnd(text, at + WINDOW)];
    const last = stretches.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else stretches.push([from, to]);
  }
  if (stretches.reduce((sum, [from, to]) => sum + to - from, 0) > text.length / 2) return whole();
  return stretches.flatMap(([from, to], i) =>
    wordsOf(text.slice(from, to)).map((word) => ({ ...word, start: word.start + from, end: word.end + from, stretch: i + 1 })),
  );
}

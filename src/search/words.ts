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

export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const { segment, index, isWordLike } of SEGMENTER.segment(text)) {
    if (isWordLike) words.push({ start: index, end: index + segment.length, term: segment.toLowerCase() });
  }
  return words;
}

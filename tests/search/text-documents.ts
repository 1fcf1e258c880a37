import { letters, uniqueKey } from '../support/graph.js';

/** A word no other test's text holds: random letters of the language's alphabet after a fixed start. */
const LATIN = 'bcdfghjklmnpqrstvwxz';
const CYRILLIC = 'бвгджзклмнпрстфхцчшщ';

/**
 * An annotated test-material article whose only claim quotes `quote` (the first «…» or ‘…’ of the
 * text), said by an anonymous official: the segment's offsets are found in the text.
 */
function article(language: string, text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return {
    id: uniqueKey(`test-article-text-${language}`),
    title: 'Test material: text search',
    language,
    publishedAt: '2025-12-02T08:00:00Z',
    text,
    claims: [{ key: 'quote', segments: [{ start, end: start + quote.length, text: quote }], speaker: { description: 'an official' } }],
  };
}

/**
 * Three articles, one per language, each with a quoted word of its own, forms of it, and a word
 * only outside the quote; `marker` stands in every quote, so it finds six hits: three claims, three articles.
 */
export function textArticles() {
  const marker = `zm${letters(LATIN, 8)}`;
  const en = { word: `zq${letters(LATIN, 8)}`, outside: `zx${letters(LATIN, 8)}` };
  const ru = { stem: `щъ${letters(CYRILLIC, 7)}`, outside: `ъщ${letters(CYRILLIC, 7)}` };
  const uk = { stem: `ґї${letters(CYRILLIC, 7)}` };
  const enQuote = `The damage is ${en.word} and final, ${marker}`;
  const ruQuote = `Ущерб ${ru.stem}ый и окончательный, ${marker}`;
  const ukQuote = `Це ${uk.stem}ий процес, ${marker}`;
  return {
    marker,
    en: {
      ...en,
      quote: enQuote,
      doc: article('en', `Test material. ‘${enQuote}’ an official said. Engineers called the ${en.outside} span safe.`, enQuote),
    },
    ru: {
      ...ru,
      quote: ruQuote,
      doc: article('ru', `Тестовый материал. «${ruQuote}», — сказал чиновник. Позже он назвал его ${ru.stem}ым и ${ru.outside}.`, ruQuote),
    },
    uk: {
      ...uk,
      quote: ukQuote,
      doc: article(
        'uk',
        `Тестовий матеріал. «${ukQuote}», — сказав посадовець. Далі він говорив про ${uk.stem.toUpperCase()}ОГО.`,
        ukQuote,
      ),
    },
  };
}

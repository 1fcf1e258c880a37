import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { toGlobalId } from '../../src/graph/global-id.js';
import { TEST_API_KEY, testServer } from '../support/api.js';
import { forgetArticles, testDb } from '../support/graph.js';
import { textArticles } from './text-documents.js';

/** textSearch on real Neo4j: quotes and article text in English, Russian and Ukrainian, with the spans that match. */
const db = testDb();
const api = await testServer(db);
const t = textArticles();
const docs = [t.en.doc, t.ru.doc, t.uk.doc];

beforeAll(async () => {
  for (const d of docs) {
    const result = await api.run('mutation($d: JSONObject!) { ingestArticle(document: $d) { claims } }', { d }, TEST_API_KEY);
    expect(result.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await forgetArticles(
    db,
    docs.map((d) => d.id),
  );
  await api.server.stop();
  await db.close();
});

interface Span {
  start: number;
  end: number;
  text: string;
}
interface Hit {
  score: number;
  spans: Span[];
  node: {
    __typename: 'Claim' | 'Article';
    id: string;
    quote?: string;
    speaker?: { description: string };
    article?: { id: string; text: string };
    text?: string;
  };
}

const SEARCH = `query($q: String!, $in: [TextField!], $language: String, $first: Int, $after: String) {
  textSearch(query: $q, in: $in, language: $language, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { score spans { start end text } node {
      __typename
      ... on Claim { id quote speaker { description } article { id text } }
      ... on Article { id text }
    } }
  }
}`;

async function search(q: string, args: Record<string, unknown> = {}) {
  const result = await api.run(SEARCH, { q, ...args });
  expect(result.errors).toBeUndefined();
  const connection = result.data!['textSearch'] as {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: Hit[];
  };
  return { ...connection, hits: connection.edges };
}

/** The article text a hit's spans index into. */
const textOf = (hit: Hit): string => (hit.node.__typename === 'Claim' ? hit.node.article!.text : hit.node.text!);
/** Each span's text is the article's text at its offsets. */
const checkSpans = (hit: Hit) => {
  for (const span of hit.spans) expect(textOf(hit).slice(span.start, span.end)).toBe(span.text);
};
const kinds = (hits: Hit[]) => hits.map((hit) => hit.node.__typename).sort();

describe('textSearch', () => {
  it('reads one full-text index of quotes and article text, with the neutral analyzer schema/ declares', async () => {
    const [index] = await db.read(
      `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options, state WHERE name = 'text_search'
       RETURN labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'] AS analyzer, state`,
    );
    expect(index).toEqual({
      labelsOrTypes: ['Claim', 'Article'],
      properties: ['quote', 'text'],
      analyzer: 'standard-no-stop-words',
      state: 'ONLINE',
    });
  });

  it('finds the claim that quotes a word, with its speaker, and the article, each with the span of the word', async () => {
    const { hits, totalCount } = await search(t.en.word.toUpperCase());
    expect(kinds(hits)).toEqual(['Article', 'Claim']);
    expect(totalCount).toBe(2);
    const claim = hits.find((hit) => hit.node.__typename === 'Claim')!;
    expect(claim.node).toMatchObject({ quote: t.en.quote, speaker: { description: 'an official' }, article: { id: expect.any(String) } });
    for (const hit of hits) {
      expect(hit.spans.map((s) => s.text)).toEqual([t.en.word]);
      expect(hit.score).toBeGreaterThan(0);
      checkSpans(hit);
    }
    expect(claim.spans).toEqual(hits.find((hit) => hit.node.__typename === 'Article')!.spans);
  });

  it('finds a phrase only with its words in a row, and spans the whole phrase', async () => {
    const { hits } = await search(`"${t.en.word} and final"`, { in: ['QUOTES'] });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.spans.map((s) => s.text)).toEqual([`${t.en.word} and final`]);
    checkSpans(hits[0]!);
    expect((await search(`"final and ${t.en.word}"`)).hits).toEqual([]);
    expect((await search(`"${t.en.word} final"`)).hits).toEqual([]);
  });

  it('finds a word that stands only in the article text as the article, not as a quote', async () => {
    expect(kinds((await search(t.en.outside)).hits)).toEqual(['Article']);
    expect((await search(t.en.outside, { in: ['QUOTES'] })).hits).toEqual([]);
    expect((await search(t.ru.outside, { in: ['ARTICLES'], language: 'ru' })).hits.map((hit) => hit.node.id)).toEqual([
      toGlobalId('Article', t.ru.doc.id),
    ]);
  });

  it('needs every word: one that is nowhere finds nothing, even beside one that is', async () => {
    const none = await search(`${t.en.word} zz${t.en.outside}`);
    expect(none.hits).toEqual([]);
    expect(none.totalCount).toBe(0);
    expect(none.pageInfo.hasNextPage).toBe(false);
  });

  it('matches Russian words as written, and their inflected forms by a word start, highlighting each form', async () => {
    expect((await search(`${t.ru.stem}ый`)).hits.map((hit) => hit.spans.map((s) => s.text))).toEqual([
      [`${t.ru.stem}ый`],
      [`${t.ru.stem}ый`],
    ]);
    const forms = await search(`${t.ru.stem}*`, { in: ['ARTICLES'] });
    expect(forms.hits).toHaveLength(1);
    expect(forms.hits[0]!.spans.map((s) => s.text)).toEqual([`${t.ru.stem}ый`, `${t.ru.stem}ым`]);
    checkSpans(forms.hits[0]!);
    expect((await search(`${t.ru.stem}ая`)).hits).toEqual([]);
  });

  it('matches Ukrainian words whatever their case, and a phrase in a Ukrainian quote', async () => {
    const prefix = await search(`${t.uk.stem}*`, { language: 'uk' });
    const article = prefix.hits.find((hit) => hit.node.__typename === 'Article')!;
    expect(article.spans.map((s) => s.text)).toEqual([`${t.uk.stem}ий`, `${t.uk.stem.toUpperCase()}ОГО`]);
    const phrase = await search(`«${t.uk.stem}ий процес»`, { in: ['QUOTES'] });
    expect(phrase.hits.map((hit) => hit.node.quote)).toEqual([t.uk.quote]);
    expect(phrase.hits[0]!.spans.map((s) => s.text)).toEqual([`${t.uk.stem}ий процес`]);
  });

  it('keeps to the language asked: a claim by its article', async () => {
    const uk = await search(t.marker, { language: 'uk' });
    expect(kinds(uk.hits)).toEqual(['Article', 'Claim']);
    expect(uk.hits.every((hit) => (hit.node.article?.id ?? hit.node.id) === toGlobalId('Article', t.uk.doc.id))).toBe(true);
    expect((await search(t.marker, { language: 'de' })).hits).toEqual([]);
  });

  it('pages through every hit once, best first, with the count of all', async () => {
    const seen: Hit[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await search(t.marker, { first: 4, after });
      expect(page.totalCount).toBe(6);
      seen.push(...page.hits);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(2);
    expect(new Set(seen.map((hit) => hit.node.id)).size).toBe(6);
    expect(kinds(seen)).toEqual(['Article', 'Article', 'Article', 'Claim', 'Claim', 'Claim']);
    const scores = seen.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const hit of seen) checkSpans(hit);
  });

  it("answers who said 'irreversible' in the seed: the military expert, through TASS", async () => {
    const result = await api.run(
      `{ textSearch(query: "irreversible", in: [QUOTES], first: 50) { edges { spans { text } node { ... on Claim { quote article { id } speaker { entity { name } } via { entity { name } } } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const claims = result.data!['textSearch'].edges as {
      spans: { text: string }[];
      node: { quote: string; article: { id: string }; speaker: { entity: { name: string } | null } };
    }[];
    // Other test files' articles may repeat the seed's words: the seed article's own claim.
    const seed = claims.find((edge) => edge.node.article.id === toGlobalId('Article', 'c14c6e6254578141'));
    expect(seed).toMatchObject({
      spans: [{ text: 'irreversible' }],
      node: { speaker: { entity: { name: 'Alexander Stepanyan' } }, via: { entity: { name: 'TASS' } } },
    });
  });

  it.each([
    ['"an unclosed phrase', 'query', 'quote that is not closed'],
    ['irr*ersible', 'query', '* may only end a word'],
    ['ir*', 'query', 'at least 3 letters'],
    ['Sloviansk-Kram*', 'query', 'single word'],
    ['— … !', 'query', 'no word to search for'],
    ['a b c d e f g h i', 'query', 'at most 8'],
  ])('refuses %j with a clear message', async (q, field, message) => {
    const result = await api.run('query($q: String!) { textSearch(query: $q) { totalCount } }', { q });
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0]!.message).toContain(message);
  });

  it('refuses pages over 50, an empty language and an empty list of fields', async () => {
    for (const [args, field] of [
      ['first: 51', 'first'],
      ['language: ""', 'language'],
      ['in: []', 'in'],
    ] as const) {
      const result = await api.run(`{ textSearch(query: "irreversible", ${args}) { totalCount } }`);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('reads Lucene syntax as plain words: operators, fields and brackets do not reach the parser', async () => {
    for (const q of [`${t.en.word} OR zzz`, `quote:${t.en.word}`, `(${t.en.word}) AND [x TO y]`, `${t.en.word}~2 ^3 \\`]) {
      const result = await api.run('query($q: String!) { textSearch(query: $q) { totalCount } }', { q });
      expect(result.errors, q).toBeUndefined();
    }
    // "OR" is a word to find like any other, so the query finds nothing: no article holds "or zzz" beside the word.
    expect((await search(`${t.en.word} OR zzz`)).hits).toEqual([]);
    expect(kinds((await search(`quote:${t.en.word}`)).hits)).toEqual([]);
  });
});

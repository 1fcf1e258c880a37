import { describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';
import { toGlobalId } from '../../src/graph/global-id.js';
import { servedTestGraph } from '../support/api.js';
import { loadArticle, loadGazetteerDocs } from '../support/seed-data.js';

/** Every name form the gazetteer lists for the seed article's places finds that place first. */
const { api } = await servedTestGraph();

const { entities } = loadGazetteerDocs();
const { doc } = loadArticle(fromRoot('seeds', 'articles', '000_c14c6e6254578141.yaml'));
const seedPlaces = entities.filter((e) => e.kind === 'PLACE' && doc.mentions.some((m) => m.entity === e.id));
const forms = seedPlaces.flatMap((place) =>
  place.names.map((name) => ({ place: place.id, form: name.form, kind: name.kind, language: name.language })),
);

async function topHits(query: string) {
  const result = await api.run(
    `query($q: String!) { searchEntities(query: $q, types: [PLACE], first: 3) { edges { score node { id } } } }`,
    { q: query },
  );
  expect(result.errors).toBeUndefined();
  return result.data!['searchEntities'].edges as { score: number; node: { id: string } }[];
}

describe('name search over the gazetteer', () => {
  it("covers the seed article's places in English, Ukrainian and Russian", () => {
    expect(seedPlaces.length).toBeGreaterThanOrEqual(8);
    for (const language of ['en', 'uk', 'ru']) expect(forms.some((f) => f.language === language)).toBe(true);
  });

  it.each(forms)('"$form" ($language, $kind) finds $place first', async ({ place, form }) => {
    const [best] = await topHits(form);
    expect(best?.node.id).toBe(toGlobalId('Place', place));
  });

  it('ranks an exact form above a misspelling of it, and a misspelling above an unrelated name', async () => {
    const pokrovsk = toGlobalId('Place', 'place:pokrovsk-donetsk-ua');
    const scoreOf = async (query: string) => (await topHits(query)).find((hit) => hit.node.id === pokrovsk)?.score ?? 0;
    const exact = await scoreOf('Krasnoarmeysk');
    const misspelt = await scoreOf('Krasnoarmeisck');
    expect(exact).toBeGreaterThan(misspelt);
    expect(misspelt).toBeGreaterThan(0);
    expect(await scoreOf('Kramatorsk')).toBe(0);
  });

  it('finds a Latin name from a Cyrillic query and the reverse', async () => {
    const [fromCyrillic] = await topHits('Вовчанськ');
    const [fromLatin] = await topHits('Vovchans\u02BCk');
    expect(fromCyrillic?.node.id).toBe(toGlobalId('Place', 'place:vovchansk-kharkiv-ua'));
    expect(fromLatin?.node.id).toBe(fromCyrillic?.node.id);
  });

  it('falls back to forgiving a letter or two only when no key matches, and pages on in the same mode', async () => {
    const [typo] = await topHits('Pokrovzk');
    expect(typo?.node.id).toBe(toGlobalId('Place', 'place:pokrovsk-donetsk-ua'));
    for (const query of ['Donetsk', 'Donetzk']) {
      const all = (await topHits(query)).map((hit) => hit.node.id);
      const paged: string[] = [];
      let after: string | null = null;
      do {
        const result = await api.run(
          `query($q: String!, $after: String) { searchEntities(query: $q, types: [PLACE], first: 1, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
          { q: query, after },
        );
        const page: any = result.data!['searchEntities'];
        paged.push(...page.edges.map((e: any) => e.node.id));
        after = page.pageInfo.hasNextPage && paged.length < all.length ? page.pageInfo.endCursor : null;
      } while (after);
      expect(all.length).toBeGreaterThan(1);
      expect(paged).toEqual(all);
    }
  });
});

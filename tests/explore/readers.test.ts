import { describe, expect, it } from 'vitest';

import { isDirected, mergeGraphs } from '../../src/app/explore/model/graph.js';
import { fromArticleNeighbourhood, fromClaim, fromEntityNeighbourhood, fromEvent } from '../../src/app/explore/model/neighbourhood.js';
import type { ArticleCard, ClaimCard, EntityCard, EventFull } from '../../src/app/explore/model/results.js';

/** The readers on answers the seed has no example of: no place, no span, an unnamed speaker, an unsettled name, a co-mention met from both ends. */
const place = (id: string): EntityCard => ({ __typename: 'Place', id, name: id, description: null, adminArea: 'Oblast', country: 'UA' });
const person = (id: string): EntityCard => ({ __typename: 'Person', id, name: id, description: null });
const article: ArticleCard = { id: 'art', title: 'A title', publishedAt: '2025-12-01T18:00:00.000Z' };
const page = <T>(...nodes: T[]) => ({ edges: nodes.map((node) => ({ node })) });
const types = (graph: { edges: { id: string }[] }) => graph.edges.map(({ id }) => id);

describe('the readers', () => {
  it('draw an event with no place and a report with no span as an edge without spans', () => {
    const event: EventFull = {
      __typename: 'Event',
      id: 'ev',
      type: 'MEETING',
      label: 'Meeting',
      time: { text: null, startsAt: null },
      place: null,
      during: null,
      participants: [],
      reports: [{ framing: null, span: null, article }],
    };
    const graph = fromEvent(event);
    expect(graph.nodes.map(({ id, label, date }) => [id, label, date])).toEqual([
      ['ev', 'Meeting', null],
      ['art', 'A title', '2025-12-01'],
    ]);
    expect(graph.edges).toEqual([
      {
        id: 'art|REPORTS|ev',
        source: 'art',
        target: 'ev',
        type: 'REPORTS',
        label: null,
        evidence: [{ articleId: 'art', articleTitle: 'A title', spans: [], quote: null }],
      },
    ]);
  });

  it('give an unnamed speaker no node but the claim its description, and a channel without an entity no edge', () => {
    const claim: ClaimCard = {
      id: 'cl',
      quote: 'short',
      segments: [{ start: 3, end: 8 }],
      speaker: { anonymous: true, description: 'a senior diplomat', entity: null },
      via: { description: 'according to sources', entity: null },
      article,
      madeAt: null,
      about: [place('p')],
    };
    const graph = fromClaim(claim);
    expect(graph.nodes.find(({ id }) => id === 'cl')).toEqual({
      id: 'cl',
      kind: 'Claim',
      label: '“short”',
      date: '2025-12-01',
      detail: 'a senior diplomat',
    });
    expect(types(graph)).toEqual(['cl|QUOTED_IN|art', 'cl|ABOUT|p']);
  });

  it('draw a briefing DURING the visit it was part of, and a claim MADE_AT the meeting where it was said, on its evidence', () => {
    const visit = {
      __typename: 'Event' as const,
      id: 'visit',
      type: 'VISIT',
      label: 'Visit to Testtown',
      time: { text: null, startsAt: null },
      place: null,
    };
    const briefing: EventFull = {
      ...visit,
      id: 'briefing',
      type: 'BRIEFING',
      label: 'Briefing',
      during: visit,
      participants: [],
      reports: [],
    };
    expect(types(fromEvent(briefing))).toEqual(['briefing|DURING|visit']);
    expect(fromEvent(briefing).nodes.map(({ label }) => label)).toEqual(['Briefing', 'Visit to Testtown']);
    const claim: ClaimCard = {
      id: 'cl',
      quote: 'words',
      segments: [{ start: 0, end: 5 }],
      speaker: { anonymous: true, description: 'a diplomat', entity: null },
      via: null,
      article,
      madeAt: { ...visit, id: 'meeting', type: 'MEETING', label: 'Closed-door meeting' },
      about: [],
    };
    const graph = fromClaim(claim);
    expect(types(graph)).toEqual(['cl|QUOTED_IN|art', 'cl|MADE_AT|meeting']);
    expect(graph.edges[1]!.evidence).toEqual([
      { articleId: 'art', articleTitle: 'A title', spans: [{ start: 0, end: 5, field: 'TEXT' }], quote: 'words' },
    ]);
  });

  it('read a relation seen from its object the way it is stated, from its subject', () => {
    const graph = fromEntityNeighbourhood({
      node: {
        ...place('oblast'),
        relations: page({ id: 'r', type: 'LOCATED_IN', direction: 'IN' as const, role: null, other: place('town'), articles: [] }),
        events: page(),
        claimsAbout: page(),
        claimsBy: page(),
        mentions: page(),
        coMentions: [],
      },
    });
    expect(types(graph)).toEqual(['town|LOCATED_IN|oblast']);
    expect(graph.nodes.find(({ id }) => id === 'town')!.detail).toBe('Oblast, UA');
  });

  it('leave out an unsettled name and join one entity’s mentions in an article into one edge', () => {
    const graph = fromArticleNeighbourhood({
      node: {
        ...article,
        mentions: page(
          { id: 'm1', start: 0, end: 5, field: 'TEXT' as const, entity: person('putin') },
          { id: 'm2', start: 9, end: 14, field: 'TEXT' as const, entity: null },
          { id: 'm3', start: 0, end: 5, field: 'TITLE' as const, entity: person('putin') },
        ),
        claims: page(),
        events: page(),
      },
    });
    expect(graph.nodes.map(({ id }) => id)).toEqual(['art', 'putin']);
    expect(graph.edges).toEqual([
      expect.objectContaining({
        id: 'art|MENTIONS|putin',
        evidence: [
          {
            articleId: 'art',
            articleTitle: 'A title',
            quote: null,
            spans: [
              { start: 0, end: 5, field: 'TEXT' },
              { start: 0, end: 5, field: 'TITLE' },
            ],
          },
        ],
      }),
    ]);
  });

  it('draw a co-mention as one undirected edge, its ends in id order, on its examples with where the entity is named', () => {
    const older: ArticleCard = { id: 'older', title: 'Older', publishedAt: null };
    const neighbourhood = (self: EntityCard, other: EntityCard, mentioned: { start: number; end: number }[]) =>
      fromEntityNeighbourhood({
        node: {
          ...self,
          relations: page(),
          events: page(),
          claimsAbout: page(),
          claimsBy: page(),
          mentions: page(...mentioned.map(({ start, end }, i) => ({ id: `m${i}`, start, end, field: 'TEXT' as const, article }))),
          coMentions: [{ articles: 4, entity: other, examples: [article, older] }],
        },
      });
    const fromZ = neighbourhood(person('z'), place('a'), [
      { start: 0, end: 1 },
      { start: 2, end: 3 },
    ]);
    const edge = fromZ.edges.find(({ type }) => type === 'CO_MENTIONED')!;
    expect(edge).toEqual({
      id: 'a|CO_MENTIONED|z',
      source: 'a',
      target: 'z',
      type: 'CO_MENTIONED',
      label: '4 articles',
      evidence: [
        {
          articleId: 'art',
          articleTitle: 'A title',
          spans: [
            { start: 0, end: 1, field: 'TEXT' },
            { start: 2, end: 3, field: 'TEXT' },
          ],
          quote: null,
        },
        { articleId: 'older', articleTitle: 'Older', spans: [], quote: null },
      ],
    });
    expect(isDirected(edge)).toBe(false);
    // Met again from its other end: the same edge, now with where that entity is named too.
    const fromA = neighbourhood(place('a'), person('z'), [{ start: 5, end: 6 }]);
    const both = mergeGraphs(fromZ, fromA).edges.filter(({ type }) => type === 'CO_MENTIONED');
    expect(both).toHaveLength(1);
    expect(both[0]!.evidence[0]!.spans).toEqual([
      { start: 0, end: 1, field: 'TEXT' },
      { start: 2, end: 3, field: 'TEXT' },
      { start: 5, end: 6, field: 'TEXT' },
    ]);
    expect(fromA.edges.find(({ type }) => type === 'CO_MENTIONED')!.label).toBe('4 articles');
  });

  it('make an empty graph of an id that finds nothing', () => {
    expect(fromEntityNeighbourhood({ node: null })).toEqual({ nodes: [], edges: [] });
  });
});

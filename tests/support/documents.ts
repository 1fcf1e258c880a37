import { uniqueKey } from './graph.js';

/** Ids of everything sampleArticle and the plain-article fixtures (plain:test-…) create, so counts of the seed graph can leave test data out. */
export const TEST_DATA_ID =
  '(test-article|plain:test-|place:testtown|person:test-mayor|event:test-visit|[a-z]+:test-news-|' +
  // What the extractor makes of test articles: events at their towns, speakers named Test….
  'event:auto-[a-z_]+-place:test(town|-news-)|person:auto-[a-z]+-test).*';

/**
 * A small article document in the seed format, with entities of its own (unique per call) so
 * tests that write never touch the seed graph or each other.
 */
export function sampleArticle(overrides: Record<string, unknown> = {}) {
  const town = uniqueKey('place:testtown');
  const mayor = uniqueKey('person:test-mayor');
  const id = uniqueKey('test-article');
  const text = 'Mayor Ivan Testenko visited Testograd on the evening of November 30th. ‘All is calm,’ he said.';
  return {
    keys: { town, mayor, id },
    document: {
      id,
      // A title naming no entity, so that counts of mentions are the text's (titles are linked too).
      title: 'Test material: a visit',
      language: 'en',
      publishedAt: '2025-12-01T08:00:00Z',
      text,
      entities: [
        {
          id: town,
          kind: 'PLACE',
          name: 'Testograd',
          country: 'UA',
          names: [
            { form: 'Testograd', language: 'en', script: 'Latn', kind: 'OFFICIAL' },
            { form: 'Тестоград', language: 'uk', script: 'Cyrl', kind: 'OFFICIAL' },
          ],
        },
        {
          id: mayor,
          kind: 'PERSON',
          name: 'Ivan Testenko',
          names: [{ form: 'Ivan Testenko', language: 'en', script: 'Latn', kind: 'OFFICIAL' }],
        },
      ],
      mentions: [
        { start: 6, end: 19, text: 'Ivan Testenko', entity: mayor },
        { start: 28, end: 37, text: 'Testograd', entity: town },
      ],
      claims: [{ key: 'calm', segments: [{ start: 72, end: 84, text: 'All is calm,' }], speaker: { entity: mayor }, about: [town] }],
      events: [
        {
          id: uniqueKey('event:test-visit'),
          type: 'VISIT',
          time: { text: 'evening of November 30th', month: 11, day: 30, partOfDay: 'EVENING' },
          place: town,
          participants: [{ entity: mayor, role: 'visitor' }],
        },
      ],
      relations: [{ type: 'LOCATED_IN', from: mayor, to: town }],
      ...overrides,
    },
  };
}

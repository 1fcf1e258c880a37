import { describe, expect, it } from 'vitest';

import { decodeId, fromGlobalId, ifLabelled, kindOf, toGlobalId } from '../../src/graph/global-id.js';

describe('global ids', () => {
  it('are opaque and decode to label and key', () => {
    const id = toGlobalId('Place', 'place:pokrovsk-donetsk-ua');
    expect(id).not.toContain('pokrovsk');
    expect(fromGlobalId(id)).toEqual({ label: 'Place', key: 'place:pokrovsk-donetsk-ua' });
  });

  it.each(['', 'x', Buffer.from('Spaceship:1').toString('base64url'), Buffer.from('Place:').toString('base64url'), 'a'.repeat(500)])(
    'refuse %j with the field named',
    (id) => {
      expect(() => fromGlobalId(id, 'filter.place')).toThrowError(/^filter\.place: ".*" is not an id issued by this API$/);
    },
  );

  it('refuse an id of the wrong type', () => {
    const articleId = toGlobalId('Article', 'c14c6e6254578141');
    expect(() => decodeId(articleId, ['Place'], 'filter.place')).toThrowError('filter.place: expected the id of Place, got a Article id');
  });

  it("name a found node only when it carries the id's label", () => {
    const place = { label: 'Place' as const, id: 'place:x' };
    expect(kindOf('Person')).toBe('Entity');
    expect(kindOf('Event')).toBe('Event');
    expect(ifLabelled(place, 'Place')).toBe(place);
    expect(ifLabelled(place, 'Person')).toBeNull();
    expect(ifLabelled(null, 'Place')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';

import { extractClaims } from '../../src/extraction/claims.js';
import type { ExtractedClaim } from '../../src/extraction/types.js';
import { marked } from '../support/marked-text.js';

/**
 * Round 10 of issue 11: what round 9's clause rules cut too soon or too late (every sentence is test
 * material, not news).
 */
const claimsOf = (source: string, language: string): ExtractedClaim[] => extractClaims(marked(source, language));
const quotes = (source: string, language: string) => claimsOf(source, language).map((c) => c.segments.map((s) => s.text).join(' … '));
const entity = (entityKey: string) => ({ kind: 'entity', entityKey });

describe('extractClaims: "…, and that <subject> <verb>" is a second content of the same verb', () => {
  it('keeps both contents with the first speaker when a complementiser follows the connective', () => {
    const en = claimsOf(
      'The mayor [[Tom Reed|person:test-tom-reed]] said the bridge had two cracks, both of them small, and that the council had not confirmed when repairs would start.',
      'en',
    );
    expect(en.map((c) => [c.segments.map((s) => s.text).join(' … '), c.speaker])).toEqual([
      [
        'the bridge had two cracks, both of them small, and that the council had not confirmed when repairs would start.',
        entity('person:test-tom-reed'),
      ],
    ]);
  });

  it('still gives a clause with its own subject and no complementiser its own claim', () => {
    expect(quotes('The mayor said the bridge was safe, while engineers said it needed repairs.', 'en')).toEqual([
      'the bridge was safe',
      'it needed repairs.',
    ]);
  });
});

describe('extractClaims: a phrase set off by commas between the verb and "that"', () => {
  it('starts the content after "that", the phrase being how it was said', () => {
    const [claim] = claimsOf(
      'The minister [[Anna Vogt|person:test-anna-vogt]] denied, speaking to the [[Daily Post|org:test-daily-post]] newspaper on Monday, that the school had been closed.',
      'en',
    );
    expect(claim?.segments.map((s) => s.text)).toEqual(['the school had been closed.']);
    expect(claim?.speaker).toEqual(entity('person:test-anna-vogt'));
  });
});

describe('extractClaims: lawyers, rights groups and an office speak without a name', () => {
  it('takes "lawyers", "адвокат" and "rights groups" as the speakers they describe', () => {
    const [lawyers] = claimsOf('Their lawyers denied that the two drivers had crossed the border.', 'en');
    expect(lawyers?.speaker).toEqual({ kind: 'anonymous', description: 'Their lawyers', country: null });
    expect(lawyers?.flags).toContain('DENIAL');
    const [advocate] = claimsOf('Адвокат фермера заявил, что решение суда будет обжаловано.', 'ru');
    expect(advocate?.speaker).toEqual({ kind: 'anonymous', description: 'Адвокат фермера', country: null });
    const [groups] = claimsOf('At least twenty clinics have closed this year, according to rights groups.', 'en');
    expect(groups?.segments[0]?.text).toBe('At least twenty clinics have closed this year');
  });

  it('reads "the office" as the office named before', () => {
    const [claim] = claimsOf(
      'The [[Mayor’s Office|org:test-mayors-office]] issued a statement. According to the office, the bridge will reopen in May.',
      'en',
    );
    expect(claim?.speaker).toEqual(entity('org:test-mayors-office'));
  });
});

describe('extractClaims: a request in a relative clause tells of the subject', () => {
  it('skips "who asked not to be named" and reads the main verb', () => {
    const [claim] = claimsOf('A doctor at the clinic, who asked not to be named, told reporters that the ward had no heating.', 'en');
    expect(claim?.segments[0]?.text).toBe('the ward had no heating.');
    expect(claim?.speaker).toEqual({ kind: 'anonymous', description: 'a doctor at the clinic', country: null });
    expect(quotes('Адвокат, который попросил не называть его имени, заявил, что приговор будет обжалован.', 'ru')).toEqual([
      'приговор будет обжалован.',
    ]);
  });
});

import { InputError } from '../errors.js';
import type { ClaimRow, SpanRow } from '../graph/rows.js';
import type { ReviewNote } from '../graphql/review-note.js';
import type { ClaimCorrectionInput } from './claim-correction.input.js';

/** As the seed format limits descriptions (src/ingest/seed.schema.ts). */
const DESCRIPTION_LIMIT = 300;
const SEGMENT_LIMIT = 20;

const FIELDS = ['speaker', 'anonymousSpeaker', 'affiliation', 'via', 'direct', 'segments', 'flags', 'notAClaim'] as const;

const given = (value: unknown): boolean => value !== null && value !== undefined;

function checkText(field: string, text: string | null | undefined): void {
  if (!given(text)) return;
  if (!text!.trim()) throw new InputError(field, 'must not be blank');
  if (text!.length > DESCRIPTION_LIMIT) throw new InputError(field, `is longer than ${DESCRIPTION_LIMIT} characters`);
}

/** What GraphQL's types cannot say about a correction, checked before anything is read. */
export function checkCorrection(c: ClaimCorrectionInput): void {
  const named = FIELDS.filter((field) => given(c[field]));
  if (!named.length) throw new InputError('correction', `says nothing to correct: give one of ${FIELDS.join(', ')}`);
  for (const field of ['direct', 'notAClaim'] as const)
    if (c[field] === false) throw new InputError(`correction.${field}`, 'must be true or left out');
  if (c.notAClaim && named.length > 1)
    throw new InputError('correction.notAClaim', 'stands alone: a claim that is none has nothing to correct');
  if (given(c.speaker) && given(c.anonymousSpeaker)) throw new InputError('correction.anonymousSpeaker', 'cannot be given with speaker');
  if (given(c.affiliation) && !given(c.anonymousSpeaker))
    throw new InputError('correction.affiliation', "is an unnamed speaker's: give anonymousSpeaker with it");
  if (given(c.via) && c.direct) throw new InputError('correction.direct', 'cannot be given with via');
  checkText('correction.anonymousSpeaker', c.anonymousSpeaker);
  checkText('correction.via.description', c.via?.description);
  if (c.segments) checkSegments(c.segments);
}

function checkSegments(segments: readonly { start: number; end: number }[]): void {
  if (!segments.length) throw new InputError('correction.segments', 'must hold at least one segment');
  if (segments.length > SEGMENT_LIMIT) throw new InputError('correction.segments', `holds more than ${SEGMENT_LIMIT} segments`);
  segments.forEach(({ start, end }, i) => {
    const field = `correction.segments[${i}]`;
    if (start < 0) throw new InputError(`${field}.start`, 'must not be negative');
    if (end <= start) throw new InputError(`${field}.end`, 'must be after start');
    if (i > 0 && start < segments[i - 1]!.end) throw new InputError(`${field}.start`, 'overlaps or precedes the segment before it');
  });
}

/** The article's text under the corrected segments, refused where a segment runs past its end. */
export function segmentTexts(segments: readonly { start: number; end: number }[], texts: string[], length: number): SpanRow[] {
  return segments.map(({ start, end }, i) => {
    if (end > length) throw new InputError(`correction.segments[${i}].end`, `is past the end of the article's text (${length} characters)`);
    return { start, end, text: texts[i]! };
  });
}

/** The keys a correction's ids name (checked to exist and to be of the right kinds), null where not given. */
export interface CorrectionKeys {
  speaker: string | null;
  affiliation: string | null;
  via: string | null;
}

/**
 * The claim as the reviewer has it: what the correction gives, the rest as it was. A named
 * speaker is not anonymous and has no description; an unnamed one has no entity. `replaced` are
 * the segments of the claim the extractor or the document stated there, which it then keeps out.
 * Its id is the repository's to give.
 */
export function correctedClaim(
  original: ClaimRow,
  c: ClaimCorrectionInput,
  keys: CorrectionKeys,
  change: { segments: SpanRow[] | null; replaced: { start: number; end: number }[]; note: ReviewNote },
) {
  const segments = change.segments ?? original.segments;
  const speaker = given(c.speaker)
    ? { anonymous: false, speakerDescription: null, speaker: keys.speaker, affiliation: null }
    : given(c.anonymousSpeaker)
      ? { anonymous: true, speakerDescription: c.anonymousSpeaker!, speaker: null, affiliation: keys.affiliation }
      : {
          anonymous: original.anonymous,
          speakerDescription: original.speakerDescription,
          speaker: original.speakerKey,
          affiliation: original.affiliationKey,
        };
  const via = c.via ? { viaDescription: c.via.description, via: keys.via } : c.direct ? { viaDescription: null, via: null } : null;
  return {
    properties: {
      quote: segments.map((s) => s.text).join(' … '),
      segmentStarts: segments.map((s) => s.start),
      segmentEnds: segments.map((s) => s.end),
      segmentTexts: segments.map((s) => s.text),
      anonymous: speaker.anonymous,
      speakerDescription: speaker.speakerDescription,
      speakerRole: original.speakerRole,
      viaDescription: via ? via.viaDescription : original.viaDescription,
      flags: c.flags ? [...new Set(c.flags)] : original.flags,
      source: 'HAND',
      replacedStarts: change.replaced.map((s) => s.start),
      replacedEnds: change.replaced.map((s) => s.end),
      ...change.note,
    },
    speaker: speaker.speaker,
    affiliation: speaker.affiliation,
    via: via ? via.via : original.viaKey,
    aboutEntities: original.about.filter((x) => !x.isEvent).map((x) => x.id),
    aboutEvents: original.about.filter((x) => x.isEvent).map((x) => x.id),
  };
}

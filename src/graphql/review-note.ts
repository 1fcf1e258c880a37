import { InputError } from '../errors.js';
import type { Context } from './context.js';

/** Who made a review and why, stored on what it writes (`reviewNote`, `reviewRequest`, beside `reviewedAt`). */
export interface ReviewNote {
  reviewNote: string | null;
  /** The request id (the client's x-request-id, or one generated), which the operation's log line carries too. */
  reviewRequest: string;
}

const NOTE_LIMIT = 1000;

/** The review mutations' `note` argument, checked, with the request that made the review. */
export function reviewNote(ctx: Context, note: string | null | undefined): ReviewNote {
  if (note !== null && note !== undefined && !note.trim()) throw new InputError('note', 'must not be blank; leave it out for none');
  if (note && note.length > NOTE_LIMIT) throw new InputError('note', `is longer than ${NOTE_LIMIT} characters`);
  return { reviewNote: note ?? null, reviewRequest: ctx.requestId };
}

/** The `note` argument's description, one for every review mutation. */
export const NOTE_ARGUMENT = {
  nullable: true,
  description: 'Why, in a sentence (at most 1000 characters); stored with the review and the request id.',
} as const;

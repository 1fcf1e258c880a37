import type { StatedTime } from '../../graph/event-time.js';
import type { TimeWords } from './time-words.js';
import type { Word } from '../text/words.js';

/** What a time rule reads (the words of a text, from a word on) and what it gives. */
export type When = Omit<StatedTime, 'text'>;
export interface Match {
  last: number;
  when: When;
}
export interface Reader {
  text: string;
  ws: Word[];
  lang: TimeWords;
  /** The publication day at 00:00 UTC, or null when the article has none. */
  published: Date | null;
  /** What the time expression before the current one stated, for "the same night". */
  previous: When | null;
}

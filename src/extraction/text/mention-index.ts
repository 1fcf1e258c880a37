import { partitionPoint } from './partition-point.js';
import type { KnownMention } from '../types.js';

/** The linker's mentions, looked up by offset with a binary search (they come in text order). */
export class MentionIndex {
  constructor(readonly all: readonly KnownMention[]) {}

  /** Mentions lying wholly inside [start, end), in text order. */
  within(start: number, end: number): KnownMention[] {
    const found: KnownMention[] = [];
    for (let i = this.firstEndingAfter(start); i < this.all.length && this.all[i]!.start < end; i++) {
      const mention = this.all[i]!;
      if (mention.start >= start && mention.end <= end) found.push(mention);
    }
    return found;
  }

  /** The mention covering `offset`, if any. */
  covering(offset: number): KnownMention | null {
    const mention = this.all[this.firstEndingAfter(offset)];
    return mention && mention.start <= offset ? mention : null;
  }

  private firstEndingAfter(offset: number): number {
    return partitionPoint(this.all, (m) => m.end <= offset);
  }
}

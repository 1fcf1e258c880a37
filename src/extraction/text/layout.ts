import { partitionPoint } from './partition-point.js';
import { paragraphs, sentences } from './sentences.js';
import type { TextSpan } from '../types.js';

/** Sentences and paragraphs of one text, found by offset: where a quote's attribution is looked for. */
export class Layout {
  readonly sentences: TextSpan[];
  readonly paragraphs: TextSpan[];

  constructor(readonly text: string) {
    this.sentences = sentences(text);
    this.paragraphs = paragraphs(text);
  }

  /** Index of the sentence holding `offset`, or of the last one before it. */
  sentenceAt(offset: number): number {
    return lastStartingBy(this.sentences, offset);
  }

  paragraphAt(offset: number): number {
    return lastStartingBy(this.paragraphs, offset);
  }

  sameParagraph(a: number, b: number): boolean {
    return this.paragraphAt(a) === this.paragraphAt(b);
  }
}

function lastStartingBy(spans: readonly TextSpan[], offset: number): number {
  return Math.max(0, partitionPoint(spans, (s) => s.start <= offset) - 1);
}

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

import { InputError } from '../errors.js';
import type { BulkIngest, BulkResult } from './bulk-ingest.js';

export const JSON_LINES_EXTENSION = '.jsonl';

/** A document or line refused: the first problem, and all of them. */
export interface Refusal {
  message: string;
  problems: readonly string[];
}

export interface JsonLinesReport {
  written: Omit<BulkResult, 'failed'>;
  refused: Refusal[];
}

/**
 * Loads a JSON Lines file, one article a line in the seed format with its text inline, through
 * BulkIngest (batches, one transaction each), read as a stream so a large file is never held
 * whole. A line that is not JSON, or not a valid article, is refused as `source:line: …` and the
 * others load. A batch that refers to an entity that exists nowhere is refused whole by
 * BulkIngest, which stops there: what was written before stays.
 */
export async function loadJsonLines(
  file: string,
  source: string,
  bulk: BulkIngest,
  onBatch: (written: BulkResult) => void,
): Promise<JsonLinesReport> {
  const refused: Refusal[] = [];
  const refuse = (message: string) => refused.push({ message, problems: [message] });
  // The line of each document BulkIngest is given: blank and unparsable lines are not given.
  const lineOf: number[] = [];
  let written: BulkResult = { articles: 0, mentions: 0, autoMentions: 0, claims: 0, events: 0, failed: [] };
  try {
    written = await bulk.ingest(
      documents(file, source, lineOf, refuse),
      undefined, // BulkIngest's own batch size
      (position) => `${source}:${lineOf[position]}`,
      (total) => {
        written = total;
        onBatch(total);
      },
    );
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    // Lines refused by validation before the first batch was written are not known here: they were not loaded either.
    refused.push({ message: `${error.message} (its batch and the lines after it were not loaded)`, problems: error.problems });
  }
  const { failed, ...counts } = written;
  for (const message of failed) refuse(message);
  return { written: counts, refused };
}

async function* documents(file: string, source: string, lineOf: number[], refuse: (message: string) => void): AsyncGenerator<unknown> {
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    let document: unknown;
    try {
      document = JSON.parse(line === 1 ? text.replace(/^\uFEFF/, '') : text);
    } catch (error) {
      refuse(`${source}:${line}: cannot be parsed: ${(error as Error).message}`);
      continue;
    }
    lineOf.push(line);
    yield document;
  }
}

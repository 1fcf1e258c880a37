import { readdirSync, readFileSync } from 'node:fs';

import { fromRoot } from '../config/project-root.js';
import type { GraphDb } from './graph-db.js';

const SCHEMA_DIR = fromRoot('schema');

/** The statements of schema/*.cypher, in file order; `//` comments dropped, split on `;`. */
export function schemaStatements(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .flatMap((file) =>
      readFileSync(`${SCHEMA_DIR}/${file}`, 'utf8')
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n')
        .split(';')
        .map((statement) => statement.trim())
        .filter(Boolean),
    );
}

/** Applies the versioned constraints and indexes; every statement is IF NOT EXISTS, so reruns are no-ops. */
export async function applySchema(db: GraphDb): Promise<void> {
  for (const statement of schemaStatements()) {
    await db.write((tx) => tx.run(statement));
  }
  await db.write((tx) => tx.run('CALL db.awaitIndexes(120)'));
}

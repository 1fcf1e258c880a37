import { readFileSync } from 'node:fs';

import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';

import { POSSIBLE_TYPES_FILE, printPossibleTypes, printSdl, SCHEMA_FILE } from '../../src/server/emit-schema.js';
import { buildGraphSchema } from '../../src/server/schema.js';
import { EXAMPLE_OPERATIONS } from '../../src/server/server.js';

const schema = await buildGraphSchema();

describe('the published schema', () => {
  it('schema/schema.graphql is what the code emits (run `npm run schema:emit` when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printSdl(schema));
  });

  it('schema/possible-types.json is what the code emits, every interface and union with its object types', () => {
    expect(readFileSync(POSSIBLE_TYPES_FILE, 'utf8')).toBe(printPossibleTypes(schema));
    const possibleTypes = JSON.parse(readFileSync(POSSIBLE_TYPES_FILE, 'utf8')) as Record<string, string[]>;
    expect(possibleTypes['Entity']).toEqual(['Organization', 'Person', 'Place']);
    expect(possibleTypes['Node']).toContain('Relation');
  });

  it('every Sandbox example operation is valid against it', () => {
    const document = parse(EXAMPLE_OPERATIONS);
    expect(document.definitions.length).toBeGreaterThanOrEqual(5);
    expect(validate(schema, document)).toEqual([]);
  });
});

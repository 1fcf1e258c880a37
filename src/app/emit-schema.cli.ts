import 'reflect-metadata';

import { writeFileSync } from 'node:fs';

import { POSSIBLE_TYPES_FILE, printPossibleTypes, printSdl, SCHEMA_FILE } from './emit-schema.js';
import { buildGraphSchema } from './schema.js';

const schema = await buildGraphSchema();
writeFileSync(SCHEMA_FILE, printSdl(schema));
writeFileSync(POSSIBLE_TYPES_FILE, printPossibleTypes(schema));
console.log(`wrote ${SCHEMA_FILE} and ${POSSIBLE_TYPES_FILE}`);

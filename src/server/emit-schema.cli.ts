import 'reflect-metadata';

import { writeFileSync } from 'node:fs';

import { printSdl, SCHEMA_FILE } from './emit-schema.js';
import { buildGraphSchema } from './schema.js';

writeFileSync(SCHEMA_FILE, printSdl(await buildGraphSchema()));
console.log(`wrote ${SCHEMA_FILE}`);

#!/usr/bin/env node
// Writes schema/studyguide.schema.json from the compiled option schema (run after tsc by
// `npm run compile`, so `prepare` and `prepack` ship it in the package).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configJsonSchema, SCHEMA_FILE } from '../dist/config/config-json-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, SCHEMA_FILE);
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);

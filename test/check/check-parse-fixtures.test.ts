import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDecks } from '../../src/check/check-deck.js';
import { defaultOptions } from '../../src/model/option-schema.js';
import type { BuildOptions } from '../../src/model/build-options.js';
import { parseInPlace } from '../parse-in-place.js';

// The parser's fixtures (test/fixtures/parse/<case>/input.md): `check` reports every error the
// build stops on at the same file:line, and no other error than its own content rules
// (a duplicate question builds, but check calls it an error).
const root = 'test/fixtures/parse';
const opts = { ...defaultOptions(), paths: [] } as BuildOptions;

parseInPlace();

describe('check agrees with the build on the parser fixtures', () => {
  for (const name of readdirSync(root)) {
    const input = path.join(root, name, 'input.md');
    const errorFile = path.join(root, name, 'expected-error.txt');
    if (!existsSync(input)) continue;
    it(name, async () => {
      const { findings } = await checkDecks([input], opts);
      const errors = findings.filter((f) => f.level === 'error' && f.code !== 'duplicate-question').map((f) => `${f.file}:${f.line}: ${f.message}`);
      if (existsSync(errorFile)) expect(errors).toContain(readFileSync(errorFile, 'utf8').trim());
      else expect(errors).toEqual([]);
    });
  }
});

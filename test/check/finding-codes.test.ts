import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDecks } from '../../src/check/check-deck.js';
import { FINDING_CODES } from '../../src/model/diagnostic-codes.js';
import { defaultOptions } from '../../src/model/option-schema.js';
import { parseInPlace } from '../parse-in-place.js';

// One folder per finding code: test/fixtures/check/<code>/deck.md yields that code, at the line
// expected.txt names (`line level code`); other .md files there are decks it needs beside it.
const root = 'test/fixtures/check';
const folders = readdirSync(root).sort();
const codes = Object.keys(FINDING_CODES).sort();
const opts = { ...defaultOptions(), paths: [] };

parseInPlace();

describe('check rules, one fixture folder per finding code', () => {
  it('has a folder for every code and a code for every folder', () => {
    expect(folders).toEqual(codes);
  });

  for (const code of folders) {
    it(`${code}: its deck yields it at the expected line and level`, async () => {
      const dir = path.join(root, code);
      const deck = path.join(dir, 'deck.md');
      const expected = readFileSync(path.join(dir, 'expected.txt'), 'utf8').split('\n').filter(Boolean);
      const level = FINDING_CODES[code as keyof typeof FINDING_CODES]?.level;
      expect(expected).toContainEqual(expect.stringMatching(new RegExp(`^\\d+ ${level} ${code}$`)));
      const result = await checkDecks([dir], opts);
      expect(result.findings.filter((f) => f.file === deck).map((f) => `${f.line} ${f.level} ${f.code}`)).toEqual(expected);
    });
  }

  it('lists every code the other check fixtures yield', async () => {
    const decks = readdirSync('test/fixtures')
      .filter((d) => d.startsWith('check-'))
      .map((d) => path.join('test/fixtures', d));
    const seen = new Set<string>();
    for (const dir of decks) for (const f of (await checkDecks([dir], opts)).findings) seen.add(f.code);
    expect(seen.size).toBeGreaterThan(5);
    expect([...seen].filter((c) => !codes.includes(c))).toEqual([]);
  });

  it('documents every code in the README check table', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = readme.slice(readme.indexOf('### `studyguide check'), readme.indexOf('`build` reports the same findings'));
    for (const code of codes) expect(table, code).toContain(`\`${code}\``);
  });
});

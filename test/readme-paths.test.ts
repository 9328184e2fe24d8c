import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';

// The README and BENCHMARKS.md send readers to files by path; a file moved (the renovation moved
// many) must take its mentions along, or the reader lands nowhere. (content/ is left out: the
// README's examples name a user's decks there.)
const PATH = /(?<![\w/.-])(?:src|test|bench|scripts|templates|styles|schema)\/[\w./-]*\.(?:ts|mts|mjs|cjs|js|json|hbs|css|md)(?![\w-])/g;

describe('files the docs name', () => {
  for (const doc of ['README.md', 'BENCHMARKS.md']) {
    it(`every path ${doc} names exists`, () => {
      const named = [...new Set(readFileSync(doc, 'utf8').match(PATH) ?? [])];
      expect(named.length).toBeGreaterThan(doc === 'README.md' ? 10 : 0);
      expect(named.filter((p) => !existsSync(p))).toEqual([]);
    });
  }
});

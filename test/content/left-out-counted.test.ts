import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cases, root } from './layout-fixture-cases.js';

// Each layout fixture's expected.json is its reading as built (layout-fixtures*.test.ts check that): every
// block its warnings say was left out must be counted on its read: line, so a user who reads the line alone
// knows something is missing. A link to a missing answer file leaves its question open, nothing out.
describe('left-out count', () => {
  it('counts on the read: line every block a warning says was left out', () => {
    const wrong: string[] = [];
    for (const name of cases) {
      const expected = JSON.parse(readFileSync(path.join(root, name, 'expected.json'), 'utf8')) as { reading?: { leftOut: number }; warnings: string[] };
      if (!expected.reading) continue;
      const said = expected.warnings.filter((w) => /^\d+: (?:left-out|empty-heading): /.test(w) && !w.includes('the question is left open')).length;
      if (said !== expected.reading.leftOut) wrong.push(`${name}: ${expected.reading.leftOut} counted, ${said} said`);
    }
    expect(wrong).toEqual([]);
  });
});

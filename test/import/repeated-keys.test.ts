import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { importBank } from '../../src/import/import-bank.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDirSync } from '../temp-dir.js';

parseInPlace();

const work = tempDirSync('sg-repeated-keys-');

describe('a JSON bank whose record gives a key twice', () => {
  it("says the earlier value is left out, at the later key's line", async () => {
    // A record merged by hand from two: JSON keeps the later "answer" without a word.
    const bank = path.join(work, 'merged.json');
    writeFileSync(bank, '[\n  {\n    "question": "What is DNS?",\n    "answer": "Names to addresses.",\n    "answer": "A phone book."\n  }\n]\n');
    const imported = await importBank(bank);
    expect(imported.markdown).toContain('> A phone book.');
    const said = imported.diagnostics.filter((d) => d.code === 'left-out').map((d) => [d.line, d.message]);
    expect(said).toEqual([[5, '"answer" is given twice in one record: the later value is read, the earlier left out — keep one of the two']]);
  });
});

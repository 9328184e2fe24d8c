import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkDeck } from '../../src/check/check-deck.js';
import { parseInPlace } from '../parse-in-place.js';
import { tempDirSync } from '../temp-dir.js';

parseInPlace();

const work = tempDirSync('sg-foreign-fm-');
const errorsOf = async (name: string, text: string) => {
  const file = path.join(work, name);
  writeFileSync(file, text);
  const checked = await checkDeck(file, { cardSize: 'index-3x5' });
  return { errors: checked.findings.filter((f) => f.level === 'error').map((f) => `${f.line}: ${f.message}`), warnings: checked.findings.map((f) => `${f.line}: ${f.message}`) };
};

describe("a notes app's front matter over a bank not in our layout", () => {
  it('reads a callout bank whose `level:` is the app’s own scale, with one warning naming the key at its line', async () => {
    const { errors, warnings } = await errorsOf('notes.md', '---\nlevel:\n  - "4"\n---\n\n# Notes\n\n## Questions\n\n> [!QUESTION]- What is a DTO?\n> An object that carries data between layers.\n\n> [!QUESTION]- What is mapping?\n> Turning one shape of data into another.\n');
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.includes('"level"'))).toEqual([expect.stringMatching(/^2: front matter "level" must be a list of easy, medium, hard .*notes app's own "level".*ignored/)]);
  });

  it('keeps the error in a deck of ours', async () => {
    const { errors } = await errorsOf('ours.md', '---\nlevel:\n  - "4"\n---\n\n# Notes\n\n## Basics\n\n### What is a DTO?\n\n> An object that carries data between layers.\n');
    expect(errors).toEqual([expect.stringMatching(/^2: front matter "level" must be a list of easy, medium, hard/)]);
  });
});

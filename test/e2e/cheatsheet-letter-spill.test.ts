import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfInfo, pdfText, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';
import { textRuns } from '../pdf-font-sizes.js';

parseInPlace();

const deck = 'test/fixtures/cheatsheet-letter-spill/support-interview.md';

describe('a cheat sheet that fills an A4 page and spills a little over a Letter one', () => {
  it('is set tighter on Letter and fits its one page, every question on it at the smallest size or more', async () => {
    const outDir = await tempDir();
    const { result, events } = await buildWith({ paths: [deck], outDir, outputs: ['cheatsheet'], paper: 'letter' });
    expect(result.failed).toEqual([]);
    const file = path.join(outDir, 'support-interview', 'cheatsheet.pdf');
    expect(events.find((e) => e.type === 'output' && e.file === file)).toMatchObject({ pages: 1, note: undefined });
    // Letter's page, 50 pt shorter than A4's, sent its last three questions onto a second page.
    expect(pdfInfo(file).Pages).toBe('1');
    const text = pdfText(file).replace(/\s+/g, ' ');
    for (let n = 1; n <= 56; n++) expect(text).toContain(`Q${n} `);
    expect(text).toContain('How does the team keep answering?');
    expect(Math.min(...textRuns(file).map((r) => r.size))).toBeGreaterThanOrEqual(6.5);
  });
  // A sheet that needs two pages even at its smallest size set tight (the infrastructure deck on
  // Letter) says so in its output event and in build()'s result: cheatsheet-pages-said.test.ts.
});

import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A bank of open questions (no answers upstream) printed in the guide: each had its own "no answer
 * yet" over three ruled lines, so a Hindi bank of 130 printed 28 pages, mostly ruled lines. A run of
 * three or more now says it once, under its last question, naming the run ("प्र.1–प्र.6"), over
 * one writing space; one or two open questions keep their own. Read from the printed guide.
 */
const deckFile = 'test/fixtures/guide-open-runs/frontend-hi.md';
const NO_ANSWER = 'अभी कोई उत्तर नहीं';

let text = '';
beforeAll(async () => {
  const outDir = await tempDir('guide-open-runs-');
  const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  text = pdfPages(path.join(outDir, 'frontend-hi', 'guide.pdf')).join('\n');
}, 120_000);

describe("a guide's runs of open questions", () => {
  it('prints every question', () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) expect(text).toContain(`प्र.${n} `);
  });

  it('says "no answer yet" once for a run of six, naming it, and once for each of two alone', () => {
    expect(text.split(NO_ANSWER).length - 1).toBe(3);
    expect(text).toMatch(new RegExp(`प्र\\.1–प्र\\.6\\s+${NO_ANSWER}`));
    expect(text).not.toMatch(/प्र\.7–/);
  });
});

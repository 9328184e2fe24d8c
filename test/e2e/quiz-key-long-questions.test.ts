import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfBlocks, type PdfLine } from '../pdf-lines.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * The quiz's answer key restated each question whole, in bold, above its answer: a scenario
 * question of seventy words took nine lines of a key column, more than its answer. The key now
 * names a question by its first two lines, as the contents do; the quiz's own page prints it whole.
 */
const deckFile = 'test/fixtures/long-scenarios/scenarios.md';

describe('the answer key of a deck of long questions', () => {
  let key: PdfLine[] = [];
  let asked: PdfLine[] = [];
  beforeAll(async () => {
    const outDir = await tempDir('quiz-key-long-');
    const { result } = await buildWith({ paths: [deckFile], outDir, outputs: ['quiz'] });
    expect(result.failed).toEqual([]);
    const lines = pdfBlocks(path.join(outDir, 'scenarios', 'quiz.pdf')).flatMap((b) => b.lines);
    const keyPage = lines.find((l) => l.text === 'Answer key')!.page;
    key = lines.filter((l) => l.page === keyPage).sort((a, b) => a.xMin - b.xMin || a.yMin - b.yMin);
    asked = lines.filter((l) => l.page < keyPage);
  }, 120_000);

  it('names a long question in two lines over its answer', () => {
    const first = key.findIndex((l) => l.text.includes('Your team owns a checkout service'));
    const answer = key.findIndex((l) => l.text.startsWith('Roll back the configuration'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(answer - first, key.map((l) => l.text).join('\n')).toBe(2);
  });

  it('still asks it whole on the quiz page', () => {
    expect(asked.map((l) => l.text).join(' ')).toContain('What do you do first, and why?');
  });

  it('keeps a short question whole in the key', () => {
    expect(key.some((l) => l.text.includes('Explain how you would run a blameless postmortem.'))).toBe(true);
  });
});

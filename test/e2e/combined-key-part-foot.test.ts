import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type PdfWord, type PdfWordPage } from '../pdf-words.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A combined quiz's key names each deck where its answers begin. Set across both columns, the
 * name was a block of its own that Chromium could leave at the foot of a page with its answers
 * overleaf ("Part 5 Python Interview Prep" over nothing, Letter p. 87 of 92). The name is now the
 * first line of its deck's first entry: it prints on the page and in the column of that answer,
 * right above it. Here the first deck's answers end a few lines above a page's foot, and the
 * second deck's first answer is too tall for the room left under them.
 */
const fixture = 'test/fixtures/combined-key-part-foot';
const NAME = ['Tracing', 'Field', 'Notes'];
const FIRST = ['What', 'does', 'a', 'span', 'record'];

/** The first run of `words` on the page, from its first word. */
function run(page: PdfWordPage, words: string[]): PdfWord | undefined {
  return page.words.find((_, i) => words.every((w, k) => page.words[i + k]?.text === w));
}

describe.each(['a4', 'letter'] as const)('the combined quiz key on %s', (paper) => {
  let key: PdfWordPage[] = [];
  beforeAll(async () => {
    const outDir = await tempDir(`combined-key-part-foot-${paper}-`);
    const { result } = await buildWith({ paths: [fixture], outDir, combine: true, outputs: ['quiz'], paper });
    expect(result.failed).toEqual([]);
    const pages = pdfWords(path.join(outDir, 'all', 'quiz.pdf'));
    // The key's pages: from the one whose text opens with its title under the running head (at 31 pt).
    const start = pages.findIndex((p) => p.words.some((w, i) => w.text === 'Answer' && p.words[i + 1]?.text === 'key' && w.yMin > 40));
    expect(start).toBeGreaterThan(0);
    key = pages.slice(start);
  }, 180_000);

  it("prints the second deck's name on the page of its first answer, right above it in its column", () => {
    const at = key.findIndex((p) => run(p, NAME));
    expect(at, 'the name in the key').toBeGreaterThanOrEqual(0);
    const name = run(key[at], NAME)!;
    const first = run(key[at], FIRST);
    expect(first, `the first answer on the page of the name (p. ${at + 1} of the key)`).toBeDefined();
    // Its column: the answer's question starts at the name's left edge or a number's width in.
    expect(Math.abs(first!.xMin - name.xMin), 'in the column of the name').toBeLessThan(40);
    expect(first!.yMin - name.yMax, 'right under the name').toBeGreaterThanOrEqual(0);
    expect(first!.yMin - name.yMax, 'right under the name').toBeLessThan(20);
  });
});

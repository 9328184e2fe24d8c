import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * The Kubernetes quiz: its last page of questions held two long ones alone, fourteen writing lines
 * each, under a page of four with six lines each. The page before gives it a question, and the
 * writing space is shared about evenly.
 */
describe('the last page of quiz questions', () => {
  let perPage: number[] = [];
  let pages = 0;
  beforeAll(async () => {
    const outDir = await tempDir();
    const { result } = await buildWith({ paths: ['content/kubernetes-admin.md'], outDir, outputs: ['quiz'] });
    expect(result.failed).toEqual([]);
    const texts = pdfPages(path.join(outDir, 'kubernetes-admin', 'quiz.pdf'));
    pages = texts.length;
    // Questions per page, up to the answer key's first page.
    const key = texts.findIndex((t) => /Answer key/.test(t));
    perPage = texts.slice(0, key).map((t) => t.split('\n').filter((l) => /^\d+\. \S/.test(l)).length);
  });

  it('holds about as many questions as the page before it, with no page added', () => {
    // Before: 3, 4, 4, 2.
    expect(perPage.reduce((a, b) => a + b, 0)).toBe(13);
    const [before, last] = perPage.slice(-2);
    expect(last, `questions per page: ${perPage.join(', ')}`).toBeGreaterThanOrEqual(before - 1);
    expect(pages).toBe(5);
  });
});

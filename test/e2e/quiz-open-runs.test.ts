import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A quiz's answer key repeated "No answer yet." under each open question: a Spanish bank of 53
 * questions, 43 open, keyed them over a page and a half; a Python list of 101 with one answer,
 * over three pages. Three or more open questions in a row now share one line ("2–6 No answer
 * yet."); fewer keep theirs, as an answered question does.
 */
describe('the answer key of a quiz with open questions', () => {
  it('says "no answer yet" once for a run of open questions, by their numbers', async () => {
    const outDir = await tempDir('quiz-open-runs-');
    const { result } = await buildWith({ paths: ['test/fixtures/quiz-open-runs/deck.md'], outDir, outputs: ['quiz'] });
    expect(result.failed).toEqual([]);
    const pages = pdfPages(path.join(outDir, 'deck', 'quiz.pdf'));
    const key = pages
      .slice(pages.findIndex((p) => /^Storage Operations Review\s+Answer key/.test(p.trim())))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(key).toContain('2–6 No answer yet.');
    // The two open after the answered question 7 are keyed each with its question (the key's two
    // columns print side by side in the text: counted, not read in order).
    expect(key).toContain('How long should nightly snapshots be kept?');
    expect(key).toContain('Who may delete a backup');
    expect(key.split('No answer yet.').length - 1).toBe(3);
    // The run's questions are not repeated in the key: they are on the quiz's pages.
    expect(key).not.toContain('When is a larger block size worth');
    expect(key).toContain('The loss of one disk of the pair.');
  });
});

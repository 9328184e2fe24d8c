import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/**
 * A quiz of several decks (--combine) named none of them where a reader looks: the running head
 * said "All decks" on each of 89 pages, and 28 pages of answers from six decks ran on without a
 * deck's name. Each part's question pages now carry its deck in the head, and the key names each
 * part where its answers begin.
 */
const fixture = 'test/fixtures/combined-quiz-parts';
const decks = [
  { file: 'backups.md', title: 'Backup and Restore Drills', first: 'What does a restore drill prove' },
  { file: 'queues.md', title: 'Message Queues in Practice', first: 'What does at-least-once delivery' },
];

let pages: string[] = [];
beforeAll(async () => {
  const outDir = await tempDir('combined-quiz-parts-');
  const { result } = await buildWith({ paths: decks.map((d) => path.join(fixture, d.file)), outDir, combine: true, outputs: ['quiz'] });
  expect(result.failed).toEqual([]);
  pages = pdfPages(path.join(outDir, 'all', 'quiz.pdf')).map((p) => p.replace(/\s+/g, ' ').trim());
}, 180_000);

const keyStart = () => pages.findIndex((p) => / Answer key /.test(` ${p} `) && !p.includes('Quiz'));

describe('a combined quiz', () => {
  it('heads every question page with the deck its questions come from', () => {
    const questionPages = pages.slice(0, keyStart());
    expect(questionPages.length).toBeGreaterThanOrEqual(2);
    const heads = questionPages.map((p) => decks.find((d) => p.startsWith(d.title))?.title ?? p.slice(0, 30));
    // Each deck's first question sits on a page headed with that deck.
    for (const d of decks) expect(heads[questionPages.findIndex((p) => p.includes(d.first))]).toBe(d.title);
    expect(
      heads.filter((h) => !decks.some((d) => d.title === h)),
      'pages headed with no deck',
    ).toEqual([]);
  });

  it('names each deck in the answer key above its first answer', () => {
    const key = pages.slice(keyStart()).join(' ');
    for (const [i, d] of decks.entries()) {
      const named = key.indexOf(d.title);
      expect(named, `${d.title} in the key`).toBeGreaterThanOrEqual(0);
      expect(named, `${d.title} named before its first answer`).toBeLessThan(key.indexOf(d.first));
      expect(key).toMatch(new RegExp(`Part ${i + 1}`, 'i'));
    }
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText, pdfInfo } from '../helpers.js';
import { pdfWords } from '../pdf-words.js';
import { pageFill } from '../pdf-page-fill.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// Eleven questions answered in a few words each, in three sections: a deck of interview stories
// whose one-column sheet, at its 11 pt cap, ended 62 % down the page and left the rest blank.
const q = (title: string, card: string) => [`### ${title}`, '', `> ${card}`, '', `${card} Say it with one example.`, ''];
const DECK = [
  '---',
  'title: Team Stories',
  'lang: en',
  '---',
  '',
  '# Team Stories',
  '',
  '## Taking charge',
  '',
  ...q('How would you introduce your work so far?', 'Three roles, one thread.'),
  ...q('When did you fix something nobody owned?', 'The flaky release job.'),
  ...q('Which piece of work are you proudest of?', 'The billing rewrite.'),
  ...q('Why do you want to move on now?', 'A larger system to run.'),
  '## Working with others',
  '',
  ...q('Tell us about a disagreement with a peer and how it ended.', 'We measured and agreed.'),
  ...q('What do you do when a lead is unclear about the goal?', 'Ask what done looks like.'),
  ...q('When did you say no to a product request?', 'A change that broke screen readers.'),
  '## Learning from mistakes',
  '',
  ...q('What is the worst outage you caused?', 'A migration without a lock timeout.'),
  ...q('Which criticism changed how you work?', 'I talked over quieter people.'),
  ...q('Where do you want to be in a few years?', 'Leading an infrastructure group.'),
  ...q('How did you deliver bad news to a client?', 'Early, with two options.'),
].join('\n');

describe('the cheat sheet of a small deck with short answers', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await buildDeckText('team-stories', DECK, ['cheatsheet']), 'cheatsheet.pdf');
  });

  it('spreads its entries down its one page rather than leaving the lower part blank', () => {
    const pt = Number(/at ([\d.]+) pt/.exec(pdfInfo(file).Subject ?? '')?.[1]);
    // Spread part way at 11 pt (2.05 em ink to ink, 86 % down the page), it grows its type instead,
    // to the one column's 12.5 pt ceiling at most, its entries gathered (cheatsheet-nine-grown).
    expect(pt).toBeLessThanOrEqual(12.5);
    const pages = pdfWords(file);
    expect(pages).toHaveLength(1);
    const labels = pages[0].words.filter((w) => /^Q\d+$/.test(w.text));
    expect(labels).toHaveLength(11);
    // Still one column: every question at one left edge.
    expect(new Set(labels.map((w) => Math.round(w.xMin))).size).toBe(1);
    // Text reaches 80 % down the page at least (it was 62 %).
    expect(pageFill(file, { top: 9, bottom: 10 })[0]).toBeGreaterThan(0.8);
    // Entries stay a list, not slogans floating apart: within a section, from one question to the
    // next (a question line and an answer line) is at most five times the type size.
    const steps = [1, 2, 3, 5, 6, 8, 9, 10].map((i) => labels[i].yMin - labels[i - 1].yMin);
    expect(Math.max(...steps)).toBeLessThanOrEqual(5 * pt);
    // And evenly: the same step between every two of them, to a point.
    expect(Math.max(...steps) - Math.min(...steps)).toBeLessThan(1);
  });
});

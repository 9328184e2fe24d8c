import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildDeckText } from '../../helpers.js';
import { findSequence, pdfWords } from '../../pdf-words.js';
import { parseInPlace } from '../../parse-in-place.js';
import { greyPage, ruledRows } from '../../pdf-grey-page.js';

parseInPlace();

// A bank of <details> blocks, two of its three answers still empty upstream.
const block = (q: string, a: string) => ['<details>', `<summary>${q}</summary><br><b>`, '', a, '', '</b></details>', ''].join('\n');
const DECK = [
  '# Linux Questions',
  '',
  '## Processes',
  '',
  block('What is a zombie process?', 'A process that has exited but whose parent has not yet read its status with `wait()`.'),
  block('What does the nice value change?', ''),
  block('What is an inode?', ''),
].join('\n');

const DPI = 100;

/** The deck built once with the three outputs the describes below read (each was a build of its own, the guide printed three times). */
let built: Promise<string> | undefined;
const deckOut = () => (built ??= buildDeckText('linux', DECK, ['guide', 'cards', 'cheatsheet']));

describe('an open question in the guide', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await deckOut(), 'guide.pdf');
  });

  it('is marked by its label over ruled lines to write the answer on, as its comment promises', () => {
    const pages = pdfWords(file);
    const at = pages.findIndex((p) => findSequence(p, 'No answer').length === 2);
    expect(at).toBeGreaterThan(-1);
    const page = pages[at];
    const px = (pt: number) => Math.round((pt * DPI) / 72);
    const grey = greyPage(file, at + 1, DPI);
    const [first, second] = findSequence(page, 'No answer');
    const nextQuestion = page.words.find((w) => w.text === 'What' && w.yMin > first.yMax && w.yMin < second.yMin)!;
    const body = page.words.filter((w) => w.text === 'zombie');
    const left = px(Math.min(...page.words.map((w) => w.xMin)));
    // The text block's width, from the question's heading to the right edge of the longest line.
    const right = px(Math.max(...page.words.filter((w) => w.yMin > body[0].yMin - 30).map((w) => w.xMax)));
    const rules = ruledRows(grey, { from: px(first.yMin), to: px(nextQuestion.yMin), left, right });
    // Three rules a hand can write between (at least 7 mm apart), none over the label.
    expect(rules.length).toBe(3);
    const gaps = rules.slice(1).map((y, i) => ((y - rules[i]) / DPI) * 25.4);
    expect(Math.min(...gaps)).toBeGreaterThan(7);
  });
});

describe('an open question on the cards', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await deckOut(), 'cards.pdf');
  });

  it('has its own card, ruled from under the question to the footer for the answer to be written in', () => {
    const pages = pdfWords(file);
    // One card a page, each question on its own: none is left out for want of an answer.
    expect(pages.map((p) => p.words.map((w) => w.text).join(' '))).toEqual([
      expect.stringContaining('zombie process?'),
      expect.stringContaining('What does the nice value change?'),
      expect.stringContaining('What is an inode?'),
    ]);
    const px = (pt: number) => Math.round((pt * DPI) / 72);
    const rulesOn = (at: number) => {
      const page = pages[at];
      const question = page.words.filter((w) => w.text.endsWith('?')).at(-1)!;
      const footer = page.words.find((w) => w.text === 'Linux' && w.yMin > question.yMax)!;
      const left = px(Math.min(...page.words.map((w) => w.xMin)));
      return ruledRows(greyPage(file, at + 1, DPI), { from: px(question.yMax) + 2, to: px(footer.yMin) - 2, left, right: px(page.width) - left });
    };
    // The answered card has no ruling (at most its footer rule, met twice on its pixel rows); the open ones a rule every quarter inch.
    expect(rulesOn(0).length).toBeLessThanOrEqual(2);
    for (const at of [1, 2]) {
      const rules = rulesOn(at);
      expect(rules.length).toBeGreaterThanOrEqual(4);
      const gaps = rules.slice(1).map((y, i) => ((y - rules[i]) / DPI) * 25.4);
      expect(Math.min(...gaps)).toBeGreaterThan(5.5);
    }
    // The open cards cite no full answer: there is none to cite.
    expect(pages.map((p) => p.words.some((w) => w.text === 'full'))).toEqual([true, false, false]);
  });
});

describe('an open question on the cheat sheet', () => {
  let file = '';
  beforeAll(async () => {
    file = path.join(await deckOut(), 'cheatsheet.pdf');
  });

  it('is listed in its place with two rules under it to write the answer on, citing no page', () => {
    const [page, ...more] = pdfWords(file);
    expect(more).toHaveLength(0);
    const text = page.words.map((w) => w.text).join(' ');
    // Every question is on the sheet, in order; only the answered one cites the guide's page.
    expect(text).toMatch(/zombie process\?.*What does the nice value change\?.*What is an inode\?/);
    expect(text).toMatch(/^Linux Questions 3 questions/);
    expect(page.words.filter((w) => w.text === 'p.')).toHaveLength(1);
    const px = (pt: number) => Math.round((pt * DPI) / 72);
    const grey = greyPage(file, 1, DPI);
    const nice = findSequence(page, 'nice value change?')[0];
    const inode = findSequence(page, 'is an inode?')[0];
    const left = px(Math.min(...page.words.map((w) => w.xMin)));
    const right = px(Math.max(...page.words.map((w) => w.xMax)));
    const rules = ruledRows(grey, { from: px(nice.yMax) + 2, to: px(inode.yMin) - 2, left, right });
    expect(rules).toHaveLength(2);
    expect(((rules[1] - rules[0]) / DPI) * 25.4).toBeGreaterThan(5.5);
  });
});

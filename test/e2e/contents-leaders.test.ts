import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, tempDir } from '../helpers.js';
import { pdfWords, type Word } from './guide-reading.js';
import { dottedRules, type DottedRule } from '../pdf-leaders.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

// Two decks combined, each with a question long enough to take two lines in the contents and
// one part title that wraps too.
const DECKS = 'test/fixtures/contents-leaders';
const RULE_GREY = '.7333 .7333 .7333'; // var(--rule), #bbb
let guide = '';

beforeAll(async () => {
  const out = await tempDir();
  const { result } = await buildWith({ paths: [DECKS], outDir: out, combine: true, outputs: ['guide'] });
  expect(result.failed).toEqual([]);
  guide = path.join(out, 'all', 'guide.pdf');
});

/** The contents page's words on the row of a leader: those whose box spans its height. */
const wordsBeside = (words: Word[], rule: DottedRule) => words.filter((w) => w.yMin - 1 <= rule.y && rule.y <= w.yMax + 2).sort((a, b) => a.xMin - b.xMin);

describe('contents leaders', () => {
  it('run from the end of an entry’s last line to its page number, on every line that has one', () => {
    const words = pdfWords(guide).filter((w) => w.page === 2);
    const rules = dottedRules(guide, 2, RULE_GREY);
    expect(rules.length).toBeGreaterThanOrEqual(8);
    const gaps = rules.map((rule) => {
      const row = wordsBeside(words, rule);
      const before = row.filter((w) => w.xMax <= rule.xMin + 1);
      const after = row.filter((w) => w.xMin >= rule.xMax - 1);
      expect(after.map((w) => w.text).join(' '), `a page number right of the leader at y ${rule.y}`).toMatch(/^\d+$/);
      return { text: before.map((w) => w.text).join(' '), gap: rule.xMin - Math.max(...before.map((w) => w.xMax)) };
    });
    // The wrapped entries' second lines: a leader that starts beside the text, not a stub by the number.
    expect(gaps.map((g) => g.text)).toEqual(expect.arrayContaining([expect.stringMatching(/afternoon\?$/), expect.stringMatching(/night\?$/)]));
    for (const g of gaps) expect(g.gap, `gap before the leader after “${g.text}”`).toBeLessThan(8);
  });

  it('end at one line for parts, sections and questions alike', () => {
    const rules = dottedRules(guide, 2, RULE_GREY);
    const ends = rules.map((r) => r.xMax);
    expect(Math.max(...ends) - Math.min(...ends)).toBeLessThan(1.5);
  });
});

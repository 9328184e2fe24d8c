import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { MAX_WORD_CHARS, pieces } from '../../src/content/long-words.js';

const question = (markdown: string) => parseDeck(`# T\n\n## S\n\n${markdown}`, { file: 'x.md', slug: 'x' }).sections[0].questions[0];
const plain = (html: string) => html.replaceAll('\u00ad', '');
const breaks = (html: string) => html.split('<wbr>').length - 1;

describe('break points in a run of hundreds of characters without a space', () => {
  it('gives a long run a <wbr> every 8 characters, in the answer and on the card, and keeps every character', () => {
    const token = 'ab3Z'.repeat(100); // 400 characters
    const q = question(`### What is this token?\n\n> Card: ${token}\n\nIt reads ${token} in full.\n`);
    expect(breaks(q.answerHtml)).toBe(49);
    expect(breaks(q.cardHtml)).toBe(49);
    expect(plain(q.answerHtml).replaceAll('<wbr>', '')).toContain(`It reads ${token} in full.`);
  });

  it('leaves shorter runs and code alone', () => {
    const run = 'x'.repeat(199);
    const q = question(`### Q?\n\n> ${run}\n\nA \`${'c'.repeat(400)}\` span, and:\n\n\`\`\`\n${'d'.repeat(400)}\n\`\`\`\n`);
    expect(breaks(q.cardHtml)).toBe(0);
    expect(q.answerHtml).toContain('c'.repeat(400));
    expect(q.answerHtml).not.toMatch(/d+<wbr>d/);
  });

  it('breaks the text of a long link, not its address', () => {
    const url = `https://example.com/${'p'.repeat(300)}`;
    const q = question(`### Q?\n\n> See <${url}>.\n`);
    expect(q.cardHtml).toContain(`href="${url}"`);
    expect(breaks(q.cardHtml)).toBeGreaterThan(30);
  });

  it('never cuts a character made of several code points', () => {
    const accented = 'e\u0301'.repeat(300); // é as e + combining acute
    const q = question(`### Q?\n\n> ${accented}\n`);
    expect(breaks(q.cardHtml)).toBe(37);
    expect(q.cardHtml).not.toMatch(/<wbr>\u0301/);
  });

  it('cuts a run of hundreds of thousands of characters in moments, graphemes whole', () => {
    // A pasted blob: the grapheme segmenter slowed with the run's length (200,000 characters took
    // about 40 s to check, a 4 MB one would have taken hours). A zalgo cluster of 3,000 marks stays one.
    const blob = `${'ab3Z'.repeat(100_000)}e${'\u0301'.repeat(3_000)}`;
    const q = question(`### Q?\n\n> ${blob}\n`);
    expect(breaks(q.cardHtml)).toBe(50_000);
    expect(plain(q.cardHtml).replaceAll('<wbr>', '')).toContain(blob);
    expect(q.cardHtml).not.toMatch(/<wbr>\u0301/);
  });

  it('refuses a word over MAX_WORD_CHARS at its line: 200,000 characters printed 77 pages in 29 s', () => {
    const deck = (word: string) => parseDeck(`# T\n\n## S\n\n### Q?\n\n> Short.\n\nIt reads ${word} here.\n`, { file: 'w.md', slug: 'w' });
    expect(deck('w'.repeat(MAX_WORD_CHARS + 1)).diagnostics).toEqual([
      {
        file: 'w.md',
        line: 9,
        severity: 'error',
        code: 'word-too-long',
        message: `a word of ${(MAX_WORD_CHARS + 1).toLocaleString('en-US')} characters with no space, over the ${MAX_WORD_CHARS.toLocaleString('en-US')} limit — break it with spaces, or shorten it (its pages would take minutes to print)`,
      },
    ]);
    expect(deck('w'.repeat(MAX_WORD_CHARS)).diagnostics).toEqual([]);
  });

  it('refuses a word of 2,000,000 characters at its line, not with "Maximum call stack size exceeded"', () => {
    // Its 250,000 pieces were spliced in as as many arguments of one call: the stack ran out.
    const deck = parseDeck(`# T\n\n## S\n\n### Q?\n\n> Short.\n\nIt reads ${'x'.repeat(2_000_000)} here.\n`, { file: 'w.md', slug: 'w' });
    expect(deck.diagnostics.map((d) => `${d.line} ${d.code}`)).toEqual(['9 word-too-long']);
  });

  it('cuts a run of ASCII where the grapheme segmenter would, and a run with any other character by its graphemes', () => {
    // What the segmenter makes of a short run, read whole: eight graphemes a piece.
    const bySegmenter = (run: string) => {
      const all = Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(run), (s) => s.segment);
      return Array.from({ length: Math.ceil(all.length / 8) }, (_, k) => all.slice(k * 8, (k + 1) * 8).join(''));
    };
    const ascii = `${'ab3Z!~{}'.repeat(40)}xyz`;
    expect(pieces(ascii)).toEqual(bySegmenter(ascii));
    expect(pieces(ascii).at(-1)).toBe('xyz');
    // An ASCII letter with a combining mark after it, and a sign that joins the digit after it: never cut apart.
    for (const run of [`${'x'.repeat(300)}e\u0301${'y'.repeat(300)}`, `${'x'.repeat(17)}\u0301${'z'.repeat(250)}`, `\u00e9${'a'.repeat(250)}`, `${'x'.repeat(7)}\u0600${'1'.repeat(300)}`]) expect(pieces(run)).toEqual(bySegmenter(run));
  });
});

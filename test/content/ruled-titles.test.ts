import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';
import { ruledTitles } from '../../src/content/ruled-titles.js';

// A bank typed as plain text draws its name in a box and each topic between rules of `=` or `─`.
const BANK = [
  '╔════════════════════════════════════════╗',
  '║                                        ║',
  '║   DATA ENGINEER INTERVIEW PRACTICE     ║',
  '║   Question bank by topic               ║',
  '║                                        ║',
  '╚════════════════════════════════════════╝',
  '',
  'Answer aloud before reading on.',
  '',
  '================================================',
  'PIPELINES (3 questions total)',
  '================================================',
  '',
  '────────────────────────────────────────',
  'Batch',
  '────────────────────────────────────────',
  '',
  '1. What makes a batch job idempotent?',
  '2. How would you backfill a month of late data?',
  '',
  '────────────────────────────────────────',
  'Streaming',
  '────────────────────────────────────────',
  '',
  '1. When would you pick streaming over micro-batches?',
  '',
  '================================================',
  'STORAGE (1 question total)',
  '================================================',
  '',
  '1. Row store or column store for analytics, and why?',
  '',
].join('\n');

describe('titles drawn with rules', () => {
  it('reads the box as the title and the ruled lines as headings, a level for each kind of rule, line for line', () => {
    const text = ruledTitles(BANK);
    expect(text.split('\n')).toHaveLength(BANK.split('\n').length);
    expect(text.split('\n').filter((l) => l.startsWith('#'))).toEqual(['# DATA ENGINEER INTERVIEW PRACTICE', '## PIPELINES', '### Batch', '### Streaming', '## STORAGE']);
  });

  it('gives the bank its name, every question under its topic, and no rule in any text', () => {
    const deck = parseDeck(BANK, { file: 'bank.md', slug: 'bank' });
    expect(deck.title).toBe('DATA ENGINEER INTERVIEW PRACTICE');
    expect(deck.introHtml.replace(/\u00ad/g, '')).toContain('<p>Question bank by topic</p>');
    expect(deck.introHtml).not.toMatch(/[║═─]/);
    expect(deck.sections.map((s) => [s.title, s.questions.length])).toEqual([
      ['PIPELINES — Batch', 2],
      ['PIPELINES — Streaming', 1],
      ['STORAGE', 1],
    ]);
    expect(deck.diagnostics).toEqual([]);
  });

  it('leaves a setext heading and its text alone, and code as it is', () => {
    const setext = 'Title\n==========\nA line\n==========\n';
    expect(ruledTitles(setext)).toBe(setext);
    const fenced = '```\n==========\nnot a title\n==========\n```\n';
    expect(ruledTitles(fenced)).toBe(fenced);
  });
});

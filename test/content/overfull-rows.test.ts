import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../src/content/parse-deck.js';

// A pipe table row with more cells than its header prints only as many as the header has (GFM
// drops the rest): a pipe typed as text (`a | b` in a cell, a shell pipeline) loses what follows it.
const DECK = [
  '# Shell',
  '',
  '## Pipes',
  '',
  '### How do you count the lines a command prints?',
  '',
  '> Pipe it into wc.',
  '',
  '| Task | Command |',
  '| --- | --- |',
  '| count lines | ls | wc -l |',
  '| short row |',
  '| sort | sort -u |',
  '',
  '### Which table stays whole?',
  '',
  '> | a | b |',
  '> | - | - |',
  '> | 1 | 2 | 3 |',
  '',
].join('\n');

describe('a table row with more cells than its header', () => {
  const deck = parseDeck(DECK, { file: 'shell.md', slug: 'shell' });
  const said = deck.diagnostics.filter((d) => d.code === 'left-out');

  it('is said at its line, naming the cells left out', () => {
    expect(said.map((d) => [d.line, d.severity])).toEqual([
      [11, 'warning'],
      [19, 'warning'],
    ]);
    expect(said[0].message).toBe('table row has 3 cells under a header of 2: "wc -l" is left out — escape a | that is text as \\|, or add a column to the header');
    expect(said[1].message).toContain('"3" is left out');
  });

  it('says nothing of a row with fewer cells, which prints with empty ones', () => {
    expect(said.some((d) => d.line === 12)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { checkTableCells, MAX_DECK_TABLE_CELLS, MAX_TABLE_CELLS } from '../../src/content/check-table-cells.js';
import { checkDeckSource } from '../../src/check/check-deck-source.js';

/** A pipe table of `rows` body rows and `columns` columns, header and delimiter row included. */
function table(rows: number, columns: number): string[] {
  const row = (word: string) => `| ${Array.from({ length: columns }, (_, i) => `${word}${i}`).join(' | ')} |`;
  return [row('head'), `|${'---|'.repeat(columns)}`, ...Array.from({ length: rows }, (_, r) => row(`r${r}c`))];
}

/** The error checkTableCells gives, as file:line message — hint, or 'ok'. */
function refused(lines: string[]): string {
  try {
    checkTableCells(lines.join('\n'), 'd.md');
    return 'ok';
  } catch (err) {
    return (err as { format: () => string }).format();
  }
}

describe('the table size check, on the raw lines before markdown parses them', () => {
  it('refuses a table of more cells than the limit at its header line, with its size and what to do', () => {
    expect(refused(['### Q?', '', '> An answer.', '', ...table(2000, 50)])).toBe(
      `d.md:5: table holds 100,050 cells (2,001 rows of 50), over the ${MAX_TABLE_CELLS.toLocaleString('en')} limit — split it into smaller tables, or into several decks`,
    );
  });

  it('lets a table at the limit through, and counts each table on its own', () => {
    const atLimit = table(MAX_TABLE_CELLS / 10 - 1, 10);
    expect(refused(atLimit)).toBe('ok');
    expect(refused([...atLimit, '', ...atLimit])).toBe('ok');
    expect(refused([...atLimit, 'one row more |'])).toContain(`d.md:1: table holds ${(MAX_TABLE_CELLS + 10).toLocaleString('en')} cells`);
  });

  it('refuses the table that takes a deck past its total of table cells, each table under the limit', () => {
    const atLimit = table(MAX_TABLE_CELLS / 10 - 1, 10);
    const tables = Array.from({ length: MAX_DECK_TABLE_CELLS / MAX_TABLE_CELLS }, () => [...atLimit, '']).flat();
    expect(refused(tables)).toBe('ok');
    expect(refused([...tables, '| a | b |', '| - | - |', '| c | d |'])).toBe(
      `d.md:${tables.length + 1}: this table takes the deck's tables to ${(MAX_DECK_TABLE_CELLS + 4).toLocaleString('en')} cells, over the ${MAX_DECK_TABLE_CELLS.toLocaleString('en')} limit for one deck — split the deck into several, or shorten its tables`,
    );
  });

  it('counts a table inside a quote or indented under a list item', () => {
    expect(refused(['> Answer:', '>', ...table(2000, 50).map((l) => `> ${l}`)])).toMatch(/^d\.md:3: table holds 100,050 cells/);
    expect(refused(['- Item', '', ...table(2000, 50).map((l) => `  ${l}`)])).toMatch(/^d\.md:3: table holds 100,050 cells/);
  });

  it('does not count a table typed in a code block, or pipes with no delimiter row under them', () => {
    expect(refused(['```', ...table(2000, 50), '```'])).toBe('ok');
    expect(refused(table(2000, 50).filter((_, i) => i !== 1))).toBe('ok');
  });

  it('stops `check` at once with the error at the table, not after half a minute in the parser', () => {
    const deck = ['# Big', '', '## S', '', '### What is X?', '', '> An X.', '', ...table(2000, 50)].join('\n');
    const started = Date.now();
    const { findings } = checkDeckSource('big.md', Buffer.from(deck), {});
    expect(findings.map((f) => `${f.file}:${f.line} ${f.level} ${f.code}`)).toEqual(['big.md:9 error invalid-deck']);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

import { contentError } from '../errors.js';
import { fencedBlockEnd } from './check-nesting.js';

/**
 * Most cells one pipe table may hold. The GFM table parser spends about 0.15 ms a cell (and
 * memory to match): 10,000 cells parse in under 2 s, where a 2,000 × 50 table took 25 s and
 * 1.3 GB for `check` alone. A bank kept as one table of questions (question, answer, level,
 * tags) holds four cells a question: 50,000 lets the largest deck we take (10,000 questions,
 * --max-questions) through in one table, at about 7 s.
 */
export const MAX_TABLE_CELLS = 50_000;
/** Most cells all of one deck's pipe tables may hold: many tables just under the limit cost as much as one far over it. */
export const MAX_DECK_TABLE_CELLS = 100_000;

// A table's delimiter row: `| --- | :-: |`, `---|---`.
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
// A line that ends a table's body: a heading, a quote or a code fence.
const ENDS_TABLE = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|```|~~~)/;

/** The cells a table row holds, counted by its unescaped pipes as GFM splits them. */
function cellsOf(line: string): number {
  const row = line.trim();
  const pipes = row.match(/(?<!\\)\|/g)?.length ?? 0;
  return pipes + 1 - (row.startsWith('|') ? 1 : 0) - (row.endsWith('|') && !row.endsWith('\\|') && row.length > 1 ? 1 : 0);
}

/**
 * Refuses a pipe table of more than MAX_TABLE_CELLS cells before the markdown parser sees it,
 * at its header line: read from the raw lines (a header over a delimiter row of as many cells,
 * then every line up to a blank one), so no time goes to parsing it; so is the table that takes all
 * the deck's tables past MAX_DECK_TABLE_CELLS. Closed code fences are skipped.
 */
export function checkTableCells(text: string, file: string): void {
  // A table may sit in a quote or under a list item: its rows are read without those marks and indents.
  const raw = text.split('\n');
  const lines = raw.map((l) => l.replace(/^[ \t>]*/, ''));
  const budget = { lines: 2 * lines.length };
  let total = 0;
  for (let i = 1; i < lines.length; i++) {
    const end = fencedBlockEnd(raw, i - 1, budget);
    if (end !== undefined) {
      i = end + 1;
      continue;
    }
    if (!DELIMITER_ROW.test(lines[i]) || !lines[i - 1].includes('|')) continue;
    const columns = cellsOf(lines[i]);
    if (cellsOf(lines[i - 1]) !== columns) continue;
    let cells = columns;
    let rows = 1;
    let j = i + 1;
    for (; j < lines.length && lines[j].trim() && !ENDS_TABLE.test(lines[j]); j++) {
      cells += Math.max(columns, cellsOf(lines[j]));
      rows++;
    }
    if (cells > MAX_TABLE_CELLS) {
      const size = `${cells.toLocaleString('en')} cells (${rows.toLocaleString('en')} rows of ${columns})`;
      throw contentError(file, i, `table holds ${size}, over the ${MAX_TABLE_CELLS.toLocaleString('en')} limit`, 'split it into smaller tables, or into several decks');
    }
    total += cells;
    if (total > MAX_DECK_TABLE_CELLS) {
      const limit = MAX_DECK_TABLE_CELLS.toLocaleString('en');
      throw contentError(file, i, `this table takes the deck's tables to ${total.toLocaleString('en')} cells, over the ${limit} limit for one deck`, 'split the deck into several, or shorten its tables');
    }
    i = j;
  }
}

import { checkDelimiterRuns } from './check-delimiter-runs.js';
import { checkNesting } from './check-nesting.js';
import { checkTableCells } from './check-table-cells.js';

/**
 * Refuses, before the markdown parser sees it, text whose parse would cost the square of its
 * size: lists or quotes nested absurdly deep, paragraphs of thousands of emphasis marks or link
 * brackets, and pipe
 * tables of more cells than MAX_TABLE_CELLS (costly per cell, and in memory). Every
 * way in to the parser (build, check, ids, the API, a two-file bank's answers) calls this one.
 */
export function refuseCostlyMarkup(text: string, file: string): void {
  checkNesting(text, file);
  checkDelimiterRuns(text, file);
  checkTableCells(text, file);
}

import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildWith, pdfPages, tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

parseInPlace();

/** How often the head of the isolation-levels table ("poziom", its first column) prints: twice when the table splits. */
const tableHeads = (file: string): number =>
  pdfPages(file)
    .flatMap((page) => page.split('\n'))
    .filter((line) => line.trim() === 'poziom').length;

/**
 * A Polish database deck (our own words) whose second question's answer opens with a table of three
 * rows. On the Letter booklet its heading and "In short" box came at a page's foot, and the step that
 * keeps a box with its answer let the table break after its second row: the third row printed alone
 * on the next page under a repeated head, where keeping the box with the answer, drawn a little
 * together, held the whole table under it. A table of three rows is now let split so only when
 * neither keep holds (the bundled deck's Letter booklet, box-at-foot.test.ts); one of four or more
 * may still break after its second row first.
 */
describe('a table of three rows opening an answer', () => {
  let dir = '';
  beforeAll(async () => {
    const outDir = await tempDir();
    const { result } = await buildWith({ paths: ['test/fixtures/table-rows-kept/bazy-danych.md'], outDir, outputs: ['guide'], booklet: true, paper: 'letter' });
    expect(result.failed).toEqual([]);
    dir = path.join(outDir, 'bazy-danych');
  });

  it('prints whole under its box, its head once, in the guide and the Letter booklet', () => {
    expect(tableHeads(path.join(dir, 'guide.pdf'))).toBe(1);
    expect(tableHeads(path.join(dir, 'guide-booklet.pdf'))).toBe(1);
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

/** A page rendered in grey (pdftoppm), its pixels 0 (black) to 255 (white). */
export interface GreyPage {
  width: number;
  height: number;
  at: (x: number, y: number) => number;
}

/**
 * The pages rendered last, by file (its size, time and inode: a PDF written again is rendered
 * again), page and resolution: tests measure a page twice (a card's text above its footer, then
 * its ink near the trim), and pdftoppm at 288 dpi was most of their CPU. A few kept: a page is
 * megabytes of pixels.
 */
const rendered = new Map<string, GreyPage>();
const KEPT_PAGES = 4;

/** One page of a PDF (1-based) rendered in grey at `dpi`, read as rows of 0–255 values. */
export function greyPage(file: string, page: number, dpi: number): GreyPage {
  const { size, mtimeMs, ino } = statSync(file);
  const key = JSON.stringify([file, size, mtimeMs, ino, page, dpi]);
  const kept = rendered.get(key);
  if (kept) return kept;
  const prefix = `${file}-grey-${page}`;
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  const pgm = readFileSync(`${prefix}.pgm`);
  // P5 header: magic, width, height, max, each ended by white space.
  const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const start = header[0].length;
  const grey: GreyPage = { width, height, at: (x, y) => pgm[start + y * width + x] };
  rendered.set(key, grey);
  for (const old of rendered.keys()) if (rendered.size > KEPT_PAGES) rendered.delete(old);
  return grey;
}

/**
 * The rows of a page (in pixels from its top) between `from` and `to` that carry a horizontal rule:
 * ink (darker than 235) along at least `share` of the columns between `left` and `right`. A rule
 * drawn over two pixel rows counts once.
 */
export function ruledRows(page: GreyPage, span: { from: number; to: number; left: number; right: number }, share = 0.6): number[] {
  const rows: number[] = [];
  for (let y = Math.max(0, span.from); y < Math.min(page.height, span.to); y++) {
    let inked = 0;
    for (let x = span.left; x < span.right; x++) if (page.at(x, y) < 235) inked++;
    if (inked >= share * (span.right - span.left) && rows.at(-1) !== y - 1) rows.push(y);
    else if (inked >= share * (span.right - span.left)) rows[rows.length - 1] = y;
  }
  return rows;
}

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** A page rendered in grey (pdftoppm), its pixels 0 (black) to 255 (white). */
export interface GreyPage {
  width: number;
  height: number;
  at: (x: number, y: number) => number;
}

/** One page of a PDF (1-based) rendered in grey at `dpi`, read as rows of 0–255 values. */
export function greyPage(file: string, page: number, dpi: number): GreyPage {
  const prefix = `${file}-grey-${page}`;
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, prefix]);
  const pgm = readFileSync(`${prefix}.pgm`);
  // P5 header: magic, width, height, max, each ended by white space.
  const header = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const start = header[0].length;
  return { width, height, at: (x, y) => pgm[start + y * width + x] };
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

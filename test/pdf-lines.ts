import { pdfToolOutput } from './pdf-tool-output.js';
import { unescapeXml } from './pdf-words.js';

/** One printed line: its text (words joined by one space), left and top edges in points. */
export interface PdfLine {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
}

/** A block of lines as pdftotext groups them (a paragraph, a box, a code block…). */
export interface PdfBlock {
  page: number;
  xMin: number;
  lines: PdfLine[];
}

/** Every text block of a PDF with its lines (pdftotext -bbox-layout). */
export function pdfBlocks(file: string): PdfBlock[] {
  const xml = pdfToolOutput('pdftotext', ['-bbox-layout'], file, ['-']);
  const blocks: PdfBlock[] = [];
  xml
    .split('<page ')
    .slice(1)
    .forEach((chunk, i) => {
      for (const block of chunk.split('<block ').slice(1)) {
        const lines = [...block.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([\s\S]*?)<\/line>/g)].map((m) => ({
          page: i + 1,
          xMin: Number(m[1]),
          yMin: Number(m[2]),
          // Soft hyphens are invisible but for the one a line breaks at, which prints as a hyphen.
          text: [...m[3].matchAll(/<word [^>]*>([^<]*)<\/word>/g)]
            .map((w) =>
              unescapeXml(w[1])
                .replace(/\u00ad(?!$)/g, '')
                .replace(/\u00ad$/, '-'),
            )
            .join(' '),
        }));
        if (lines.length) blocks.push({ page: i + 1, xMin: Number(/xMin="([\d.]+)"/.exec(block)?.[1]), lines });
      }
    });
  return blocks;
}

/**
 * The measure of running text: the length in characters (spaces included) of every line of a
 * paragraph but its last, which may end short. Only blocks of three lines or more count.
 */
export function measureOf(blocks: PdfBlock[]): number[] {
  return blocks.filter((b) => b.lines.length >= 3).flatMap((b) => b.lines.slice(0, -1).map((l) => [...l.text].length));
}

import { GUIDE_PAGES } from '../src/render/guide-page-sizes.js';
import { pdfWords } from './pdf-words.js';

const MM = 72 / 25.4;

/** One A5 page of an imposed booklet: its folio number, how full its text block is, and whether it opens a section. */
export interface HalfPage {
  number: number;
  fill: number;
  /** The page opens a section: its text starts with a section's title. */
  opensSection: boolean;
  /** Its text block's words, in reading order. */
  text: string;
}

/** The A5 pages of an imposed booklet (half a sheet each), in their own order; `titles` are the section titles. */
export function bookletPages(file: string, titles: string[]): HalfPage[] {
  const margins = GUIDE_PAGES.a5.margins;
  const out: HalfPage[] = [];
  for (const sheet of pdfWords(file)) {
    const half = sheet.width / 2;
    for (const left of [true, false]) {
      const words = sheet.words.filter((w) => w.xMin < half === left);
      const folio = words.map((w) => w.text).join(' ');
      const number = /page (\d+) of \d+/.exec(folio);
      if (!number) continue;
      const [top, bottom] = [margins.top * MM, sheet.height - margins.bottom * MM];
      const body = words.filter((w) => w.yMin >= top - 6 && w.yMax <= bottom + 2);
      if (!body.length) continue;
      const fill = (Math.max(...body.map((w) => w.yMax)) - top) / (bottom - top);
      const text = [...body]
        .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)
        .map((w) => w.text)
        .join(' ');
      out.push({ number: Number(number[1]), fill, opensSection: titles.some((t) => text.startsWith(t)), text });
    }
  }
  return out.sort((a, b) => a.number - b.number);
}

import { pdfWords } from './pdf-words.js';
import { greyPage } from './pdf-grey-page.js';

/** The page's content box as the guide's @page rule sets it, in millimetres from the edges. */
export interface PageMargins {
  top: number;
  bottom: number;
}

const MM = 72 / 25.4;

/**
 * How full each page of a PDF is: from the content box's top to the lowest text inside it, as a
 * fraction of the box's height (0 = nothing but the running head and folio, 1 = text to the
 * bottom). Text in the top and bottom margins (running heads, "page X of Y") does not count.
 */
export function pageFill(file: string, margins: PageMargins): number[] {
  return pdfWords(file).map((page) => {
    const top = margins.top * MM;
    const bottom = page.height - margins.bottom * MM;
    const inside = page.words.filter((w) => w.yMin >= top - 2 && w.yMax <= bottom + 2);
    if (inside.length === 0) return 0;
    const lowest = Math.max(...inside.map((w) => w.yMax));
    return Math.min(1, (lowest - top) / (bottom - top));
  });
}

/**
 * How full a page is by its ink, rules and drawings included (pageFill sees text only): from the
 * content box's top to its lowest pixel darker than 235, as a fraction of the box's height.
 */
export function inkFill(file: string, page: number, margins: PageMargins, dpi = 50): number {
  const grey = greyPage(file, page, dpi);
  const px = (mm: number) => Math.round((mm / 25.4) * dpi);
  const top = px(margins.top);
  const bottom = grey.height - px(margins.bottom);
  for (let y = bottom - 1; y > top; y--) {
    for (let x = 0; x < grey.width; x++) if (grey.at(x, y) < 235) return (y - top) / (bottom - top);
  }
  return 0;
}

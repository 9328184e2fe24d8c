import type { Paper } from '../model/paper.js';

/** Margins in millimetres: top, bottom, the binding side (inner) and the outer side. */
export interface GuideMargins {
  top: number;
  bottom: number;
  inner: number;
  outer: number;
}

/** A page the guide is typeset on: CSS size, size in points, margins. */
export interface GuidePageSize {
  css: string;
  width: number;
  height: number;
  margins: GuideMargins;
  /** Pages a folded sheet holds (the booklet's half sheets: 4); the booklet is padded with blanks to a multiple of it, its back cover left blank. */
  signature?: number;
}

/**
 * The guide's pages. The text block keeps one width per kind of page whatever the paper, so
 * the measure holds at 11 pt: 130 mm (60–75 characters) on A4 and Letter, the outer margin
 * taking the difference; 120 mm on A5 and 114 mm on half-letter (the booklet's half sheets,
 * whose lines are a few characters shorter at the same type size), leaving half-letter margins of
 * 11.5 and 14 mm where 120 mm left 9 and 11.
 */
export const GUIDE_PAGES = {
  a4: { css: 'A4', width: 595.28, height: 841.89, margins: { top: 20, bottom: 18, inner: 22, outer: 58 } },
  letter: { css: 'letter', width: 612, height: 792, margins: { top: 20, bottom: 18, inner: 22, outer: 63.9 } },
  a5: { css: 'A5', width: 419.53, height: 595.28, margins: { top: 15, bottom: 14, inner: 12, outer: 16 }, signature: 4 },
  'half-letter': { css: '5.5in 8.5in', width: 396, height: 612, margins: { top: 15, bottom: 14, inner: 11.5, outer: 14.2 }, signature: 4 },
} as const satisfies Record<string, GuidePageSize>;
export type GuidePage = keyof typeof GUIDE_PAGES;

/** The half sheet a booklet on this paper is typeset on (two of them side by side make the sheet). */
export const bookletPage = (paper: Paper): GuidePage => (paper === 'letter' ? 'half-letter' : 'a5');

const PX_PER_MM = 96 / 25.4;
const PX_PER_PT = 96 / 72;

/** The text block of a guide page in CSS pixels: the body's pages are laid out in it. */
export function guideTextBlock(page: GuidePage): { width: number; height: number } {
  const { width, height, margins: m } = GUIDE_PAGES[page];
  return printedArea(width * PX_PER_PT - (m.inner + m.outer) * PX_PER_MM, height * PX_PER_PT - (m.top + m.bottom) * PX_PER_MM);
}

/**
 * The page area Chromium prints into, from the one the page size and margins give: it rounds both
 * up to whole CSS pixels (found by printing: letter with 20 mm and 18 mm margins gives 912.38 px,
 * the print holds 913). A layout measured in the exact area breaks lines and pages a little
 * differently from the print, so a heading planned for the foot of a page could open the next one.
 */
function printedArea(width: number, height: number): { width: number; height: number } {
  return { width: Math.ceil(width - 0.001), height: Math.ceil(height - 0.001) };
}

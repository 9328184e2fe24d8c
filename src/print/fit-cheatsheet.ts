import type { Page } from 'puppeteer-core';
import { pageCountOf } from './pdf-page-count.js';
import { predictPages, type PageSize } from './predict-pages.js';
import { spreadColumnEntries, spreadSheetEntries, spreadsPartWay, unspread } from './spread-sheet-entries.js';

/**
 * Body sizes the cheat sheet may use, smallest first; 7 pt is the legibility floor. At most
 * 10.5 pt, under the guide's 11 pt body: a sheet is a reference read at arm's length, and a small
 * deck set at 14 pt to fill its page read like a poster (six questions in 19-character lines).
 */
export const CHEATSHEET_SIZES_PT = [7, 7.5, 8, 8.5, 9, 9.5, 10, 10.5];

/**
 * Pages at the smallest size from which no larger size can give as few: a step up (7 → 7.5 pt)
 * grows the text's area by at least 14 %, so content just over 7 full pages already needs more
 * than 8 at the next size.
 */
export const MANY_PAGES = 8;

/** Decks above this many questions are probed from the smallest size first (they rarely fit one page). */
const LARGE_DECK = 100;

const setSize = (page: Page, pt: number) => page.evaluate((v: string) => document.documentElement.style.setProperty('--sheet-font', v), `${pt}pt`);

/**
 * A small deck's sheet in one column of book measure, up to the guide's body size: in columns at
 * the sheet's cap (10.5 pt) six questions filled the top quarter of the page, two short columns
 * under a wide heading. Tried when the columns fill less than ONE_COLUMN_BELOW of a single page.
 */
export const ONE_COLUMN_SIZES_PT = [10.5, 11, 11.5, 12, 12.5];
const ONE_COLUMN_BELOW = 0.6;
/**
 * The one column's sizes above the guide's 11 pt body are for a sheet that stays short at them:
 * four questions at 11 pt filled the top third of the page in small type. A size over 11 pt is
 * taken only when the sheet still ends within this share of the page at it, so a few questions
 * grow (up to 12.5 pt) and nine or more keep the body size.
 */
const BODY_PT = 11;
const GROWN_FILL_AT_MOST = 0.5;
/**
 * A sheet that at the body size would be spread part way only (spreadsPartWay: nine questions of
 * two-line answers, 1.9 em apart ink to ink and still ending 83 % down the page) grows its type
 * instead, up to the same ceiling, while it ends within this share of the page at it; set above
 * the body size it is gathered (its entries a list), so the type, not the gaps, fills the page.
 */
const GROWN_INSTEAD_AT_MOST = 0.85;
const setOneColumn = (page: Page, on: boolean) => page.evaluate((v: boolean) => document.body.classList.toggle('one-column', v), on);
/**
 * A sheet that spills onto a page more at the smallest size is tried set tighter (styles/cheatsheet.css
 * .tight: lines 1.2 apart, half the space between entries, answer rules 6 mm apart as on narrow-ruled
 * paper): the Letter page, 50 pt shorter than A4's, sent three questions of a 53-question sheet
 * that fits one A4 page onto a second. Kept only when it saves a page.
 */
const setTight = (page: Page, on: boolean) => page.evaluate((v: boolean) => document.body.classList.toggle('tight', v), on);
/**
 * A sheet of one page prints no page number: a folio on a lone sheet says nothing ("page 1 of 1").
 * Set once the page count is known, before the final print; the number stands in the foot margin,
 * so dropping it changes no page's layout.
 */
const setFolio = (page: Page, pages: number) =>
  page.evaluate((single: boolean) => {
    document.getElementById('no-folio')?.remove();
    if (!single) return;
    const style = document.createElement('style');
    style.id = 'no-folio';
    style.textContent = '@page { @bottom-right { content: none; } }';
    document.head.append(style);
  }, pages === 1);

/** Pages the loaded sheet takes at `pt`, by a print (a probe) or, with `size`, from its layout alone. */
type Count = (pt: number) => Promise<number>;

/** Counting by laying out (predict-pages.ts), each size once; throws Unmodelled when the layout cannot be modelled. */
function layoutCount(page: Page, size: PageSize, fills?: Map<number, number>, made?: { layouts: number }, area?: { height: number }): Count {
  const counted = new Map<number, number>();
  return async (pt) => {
    const known = counted.get(pt);
    if (known !== undefined) return known;
    await setSize(page, pt);
    const found = await predictPages(page, size, []);
    if (made) made.layouts++;
    if ('unmodelled' in found) throw new Unmodelled();
    counted.set(pt, found.count);
    fills?.set(pt, found.lastFill);
    if (area) area.height = found.areaHeight;
    return found.count;
  };
}
class Unmodelled extends Error {}

async function printAt(page: Page, pt: number, tagged: boolean): Promise<{ pages: number; pdf: Uint8Array }> {
  await setSize(page, pt);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged, outline: false });
  return { pages: await pageCountOf(pdf), pdf };
}

export interface SheetFit {
  fontSize: number;
  /** Set in one column (a small deck, ONE_COLUMN_SIZES_PT). */
  oneColumn: boolean;
  /** Set tighter to save a page (setTight). */
  tight: boolean;
  pages: number;
  /** The final PDF, tagged, at the chosen size. */
  pdf: Uint8Array;
  /** Prints made: 1 when the layout told the size. */
  prints: number;
  /** Layouts the size search and the spread made before the print (the print's time goes mostly to them). */
  layouts: number;
}

/**
 * Picks the largest body size that still gives the fewest pages, then prints at it. The pages at
 * a size come from the sheet's layout in the page (predict-pages.ts), so the search costs layouts,
 * not prints, and the print is checked: should its length differ from the layout's (a layout the
 * prediction does not model), or the layout not be modelled at all, the search is done again
 * with untagged probe prints, as Chromium paginates only when printing.
 */
export async function fitCheatsheet(page: Page, questions: number, size: PageSize, sizes: number[] = CHEATSHEET_SIZES_PT): Promise<SheetFit> {
  let prints = 0;
  const made = { layouts: 0 };
  try {
    let fills = new Map<number, number>();
    let fit = await searchSize(layoutCount(page, size, fills, made), questions, sizes);
    let tight = false;
    const tightFills = new Map<number, number>();
    const tighter = await tighterFit(page, layoutCount(page, size, tightFills, made), fit, questions, sizes);
    if (tighter) [fit, fills, tight] = [tighter, tightFills, true];
    const oneColumn = !tight && fit.pages === 1 && (fills.get(fit.fontSize) ?? 1) < ONE_COLUMN_BELOW ? await oneColumnSize(page, size, made) : undefined;
    const chosen = oneColumn ? { fontSize: oneColumn, pages: 1 } : fit;
    await setOneColumn(page, oneColumn !== undefined);
    if (oneColumn) await spreadSheetEntries(page, size, oneColumn > BODY_PT);
    else if (chosen.pages === 1) {
      // The search may have laid the sheet out last at another size than the one chosen.
      await setSize(page, chosen.fontSize);
      made.layouts += (await spreadColumnEntries(page, size, fills.get(chosen.fontSize))).layouts;
    }
    await setFolio(page, chosen.pages);
    const final = await printAt(page, chosen.fontSize, true);
    if (final.pages === chosen.pages) return { ...chosen, oneColumn: oneColumn !== undefined, tight, pdf: final.pdf, prints: 1, layouts: made.layouts };
    await setOneColumn(page, false);
    await setTight(page, false);
    await setFolio(page, 0);
    await unspread(page);
    prints++;
  } catch (err) {
    if (!(err instanceof Unmodelled)) throw err;
    await setOneColumn(page, false);
    await setTight(page, false);
    await unspread(page);
  }
  const probe = async (pt: number) => (prints++, (await printAt(page, pt, false)).pages);
  let fit = await searchSize(probe, questions, sizes);
  let tight = false;
  const tighter = await tighterFit(page, probe, fit, questions, sizes);
  if (tighter) [fit, tight] = [tighter, true];
  await setFolio(page, fit.pages);
  const final = await printAt(page, fit.fontSize, true);
  return { ...fit, oneColumn: false, tight, pdf: final.pdf, prints: prints + 1, layouts: made.layouts };
}

/**
 * The fit of the sheet set tight, when it spills onto more pages at the smallest size and set
 * tight it saves one (the tight setting is left on); else undefined, the sheet set as before.
 */
async function tighterFit(
  page: Page,
  count: Count,
  fit: { pages: number },
  questions: number,
  sizes: number[],
): Promise<{ fontSize: number; pages: number } | undefined> {
  if (fit.pages <= 1 || fit.pages >= MANY_PAGES) return undefined;
  await setTight(page, true);
  if ((await count(sizes[0])) < fit.pages) return searchSize(count, questions, sizes);
  await setTight(page, false);
  return undefined;
}

/** The largest one-column size that keeps the sheet on one page (short, above BODY_PT), or undefined (the columns stay). */
async function oneColumnSize(page: Page, size: PageSize, made: { layouts: number }): Promise<number | undefined> {
  await setOneColumn(page, true);
  const fills = new Map<number, number>();
  const area = { height: 0 };
  const count = layoutCount(page, size, fills, made, area);
  // Laid out at the body size first, where its spread is measured (the sizes' own layouts are kept).
  const partWay = (await count(BODY_PT)) === 1 && (await spreadsPartWay(page, fills.get(BODY_PT) ?? 1, area.height));
  const grownAtMost = partWay ? GROWN_INSTEAD_AT_MOST : GROWN_FILL_AT_MOST;
  for (const pt of [...ONE_COLUMN_SIZES_PT].reverse()) {
    if ((await count(pt)) !== 1) continue;
    if (pt > BODY_PT && (fills.get(pt) ?? 1) > grownAtMost) continue;
    // Its layout may be an earlier one (the body size's, measured first): the spread reads the page as set.
    await setSize(page, pt);
    return pt;
  }
  await setOneColumn(page, false);
  return undefined;
}

/**
 * The largest size giving the fewest pages. A small deck starts at the largest size (one page ends
 * the search); a large one at the smallest, where MANY_PAGES or more ends it. Otherwise a binary
 * search between the two (fewer pages never come from a larger size).
 */
async function searchSize(count: Count, questions: number, sizes: number[]): Promise<{ fontSize: number; pages: number }> {
  const largest = sizes.length - 1;
  let atLargest: number | undefined;
  if (questions <= LARGE_DECK || largest === 0) {
    atLargest = await count(sizes[largest]);
    if (atLargest === 1 || largest === 0) return { fontSize: sizes[largest], pages: atLargest };
  }
  const fewest = await count(sizes[0]);
  if (fewest >= MANY_PAGES) return { fontSize: sizes[0], pages: fewest };
  atLargest ??= await count(sizes[largest]);
  if (fewest === atLargest) return { fontSize: sizes[largest], pages: fewest };
  let lo = 0;
  let hi = largest;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await count(sizes[mid])) <= fewest) lo = mid;
    else hi = mid;
  }
  return { fontSize: sizes[lo], pages: fewest };
}

import { allQuestions } from '../model/deck.js';
import { createCheatsheetRenderer } from '../render/render-cheatsheet.js';
import { fitCheatsheet } from '../print/fit-cheatsheet.js';
import { printHtml } from '../print/print-pdf.js';
import { setPdfMetadata, writeDocumentInfo, type PdfMetadata } from '../print/pdf-metadata.js';
import type { PDFDocument } from 'pdf-lib';
import { CHEATSHEET_SIZES_PT, MANY_PAGES } from '../print/fit-cheatsheet.js';
import { mergePdfParts } from '../print/merge-pdfs.js';
import { PAPERS } from '../model/paper.js';
import type { PageMap } from '../render/view.js';
import { inParallel, PART_QUESTIONS, planParts } from '../print/print-parts.js';
import { stampPages } from '../print/stamp-pages.js';
import type { DeckContext, OutputStep } from './output.js';
import { mergeNotes, pageNoteWarnings } from '../print/page-notes.js';
import { savePdf } from '../print/pdf-io.js';
import { pageCountOf } from '../print/pdf-page-count.js';

/** cheatsheet.html + cheatsheet.pdf: every question and card answer on as few pages as possible. */
export const cheatsheetOutput: OutputStep = {
  name: 'cheatsheet',
  async run(whole, guidePages) {
    const ctx = whole;
    const { deck, opts } = ctx;
    const t = Date.now();
    const render = createCheatsheetRenderer(ctx.dirs);
    const inParts = await printInParts(ctx, render, guidePages);
    if (inParts) {
      writeDocumentInfo(inParts.doc, metadata(ctx, inParts.fontSize));
      ctx.remember({ cheatsheetFontSize: inParts.fontSize });
      return [
        { name: 'cheatsheet.html', data: render(deck, { paper: opts.paper, guidePages, fontSize: inParts.fontSize }) },
        { name: 'cheatsheet.pdf', data: await savePdf(inParts.doc), pages: inParts.doc.getPageCount(), ms: Date.now() - t },
      ];
    }
    let fit = { fontSize: 0, pages: 0, oneColumn: false, tight: false };
    const questions = allQuestions(deck).length;
    const large = questions >= LARGE_SHEET_QUESTIONS;
    const printed = await ctx.session.withPage(
      (page) =>
        printHtml(page, render(deck, { paper: opts.paper, guidePages }), {
          beforePrint: async (p) => {
            const found = await fitCheatsheet(p, questions, PAPERS[opts.paper]);
            fit = found;
            return found.pdf;
          },
        }),
      'printing cheatsheet.pdf',
      // A large sheet prints alone, on a page not kept for another print: laying it out at each
      // size it tries makes its renderer the largest of a build (400 MiB of a 1,000-question
      // deck's), which beside another print set the build's peak, and which a later print would
      // inherit and grow. A small one prints beside the others on a kept page, as waiting for a
      // slot and starting a renderer cost a bundled build a second for no memory saved.
      !large,
      large,
    );
    for (const w of pageNoteWarnings(printed, deck, ctx.dirs)) ctx.warn(w);
    ctx.remember({
      cheatsheetFontSize: fit.fontSize,
      cheatsheetOneColumn: fit.oneColumn || undefined,
      cheatsheetTight: fit.tight || undefined,
      cheatsheetOnePage: fit.pages === 1 || undefined,
    });
    const html = render(deck, { paper: opts.paper, guidePages, fontSize: fit.fontSize, oneColumn: fit.oneColumn, tight: fit.tight, onePage: fit.pages === 1 });
    const pdf = await setPdfMetadata(printed.pdf, metadata(ctx, fit.fontSize));
    return [
      { name: 'cheatsheet.html', data: html },
      { name: 'cheatsheet.pdf', data: pdf.bytes, pages: pdf.pages, ms: Date.now() - t, note: pagesNote(fit) },
    ];
  },
};

/**
 * A sheet of more than one page says it needs them: at its smallest type, set tight, it would not
 * go on fewer (print/fit-cheatsheet.ts), so no setting of the sheet's own makes it shorter.
 */
function pagesNote(fit: { pages: number }): string | undefined {
  if (fit.pages < 2) return undefined;
  const fewer = fit.pages === 2 ? 'one' : `${fit.pages - 1}`;
  // A sheet of MANY_PAGES or more is not tried tight: the tighter setting saves a page of a few.
  return `needs ${fit.pages} pages: does not fit on ${fewer} even at ${CHEATSHEET_SIZES_PT[0]} pt${fit.pages < MANY_PAGES ? ' set tight' : ''}`;
}

function metadata({ deck }: DeckContext, fontSize: number): PdfMetadata {
  return {
    title: `${deck.title} — cheat sheet`,
    author: deck.author,
    subject: `${allQuestions(deck).length} questions at ${fontSize} pt`,
    keywords: deck.tags,
  };
}

/**
 * A large deck's sheet, printed in parts of whole sections (about four parts' worth of
 * questions each, so few columns end short) at the smallest size: when that already takes
 * MANY_PAGES or more, no larger size can match it, so there is nothing to search. Each part
 * prints once, without page numbers; the numbers are printed once for the joined sheet, on blank
 * pages in the sheet's own footer, and laid over its pages. Undefined when the deck is small
 * enough to print whole, or fits on fewer pages (the usual search then decides).
 */
async function printInParts(
  ctx: DeckContext,
  render: ReturnType<typeof createCheatsheetRenderer>,
  guidePages?: PageMap,
): Promise<{ doc: PDFDocument; fontSize: number } | undefined> {
  const { deck, opts, session } = ctx;
  const size = (opts.printPart ?? PART_QUESTIONS) * 4;
  if (size <= 0 || allQuestions(deck).length <= size * 2) return undefined;
  const fontSize = CHEATSHEET_SIZES_PT[0];
  const parts = planParts(deck, size).map((p, i) => ({ slices: p.slices, first: i === 0 }));
  // (Each part's length used to come from an untagged draft printed first, so that its final
  // print could number its pages on from the part before: two prints of every part.)
  const printed = await inParallel(parts, (part) =>
    session.withPage((page) => printHtml(page, render(deck, { paper: opts.paper, guidePages, fontSize, part })), 'printing cheatsheet.pdf', true),
  );
  const total = (await Promise.all(printed.map((p) => pageCountOf(p.pdf)))).reduce((a, b) => a + b, 0);
  if (total < MANY_PAGES) return undefined;
  for (const w of pageNoteWarnings(mergeNotes(printed), deck, ctx.dirs)) ctx.warn(w);
  // No backgrounds: the numbers' pages are laid over the sheet's and must hide nothing of it.
  const numbers = await session.withPage(
    (page) => printHtml(page, render(deck, { paper: opts.paper, fontSize, numbersOnly: total }), { tagged: false, background: false }),
    'numbering cheatsheet.pdf',
    true,
  );
  // Joining works in Node alone: renderers kept for the next print would wait through it.
  await session.rest();
  const doc = await mergePdfParts(printed.map((p) => ({ pdf: p.pdf })));
  await stampPages(doc, numbers.pdf);
  return { doc, fontSize };
}

/** Questions from which a cheat sheet printed whole counts as large (see its print's `alone`). */
const LARGE_SHEET_QUESTIONS = 400;

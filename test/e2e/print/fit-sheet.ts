import { allQuestions, type Deck } from '../../../src/model/deck.js';
import { PAPERS } from '../../../src/model/paper.js';
import type { BrowserSession } from '../../../src/print/browser-session.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { fitCheatsheet, type SheetFit } from '../../../src/print/fit-cheatsheet.js';

/** A deck's A4 cheat sheet fitted as the build fits it (print/fit-cheatsheet.ts), in a page of the session; `html` the sheet rendered. */
export async function fitSheet(session: BrowserSession, deck: Deck, html: string): Promise<SheetFit> {
  let fit: SheetFit | undefined;
  await session.withPage(
    (page) =>
      printHtml(page, html, {
        beforePrint: async (p) => {
          fit = await fitCheatsheet(p, allQuestions(deck).length, PAPERS.a4);
          return fit.pdf;
        },
      }),
    'printing cheatsheet.pdf',
    // In a kept page, as the build fits a sheet of fewer than LARGE_SHEET_QUESTIONS (src/outputs/cheatsheet-output.ts).
    true,
  );
  return fit!;
}

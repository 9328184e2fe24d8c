import { allQuestions } from '../content/model.js';
import { createCheatsheetRenderer } from '../render/render-cheatsheet.js';
import { fitCheatsheet } from '../print/fit-cheatsheet.js';
import { printHtml } from '../print/print-pdf.js';
import { setPdfMetadata } from '../print/pdf-metadata.js';
import type { OutputStep } from './output.js';
import { blockedRequestWarnings } from '../print/blocked-requests.js';

/** cheatsheet.html + cheatsheet.pdf: every question and card answer on as few pages as possible. */
export const cheatsheetOutput: OutputStep = {
  name: 'cheatsheet',
  async run(ctx) {
    const { deck, opts } = ctx;
    const t = Date.now();
    const render = createCheatsheetRenderer(ctx.dirs);
    let fit = { fontSize: 0, pages: 0 };
    const printed = await ctx.session.withPage((page) =>
      printHtml(page, render(deck, { paper: opts.paper, guidePages: ctx.guidePages }), {
        beforePrint: async (p) => void (fit = await fitCheatsheet(p)),
      }),
    );
    for (const w of blockedRequestWarnings(printed.blocked, deck)) ctx.warn(w);
    const html = render(deck, { paper: opts.paper, guidePages: ctx.guidePages, fontSize: fit.fontSize });
    const pdf = await setPdfMetadata(printed.pdf, {
      title: `${deck.title} — cheat sheet`,
      author: deck.author,
      subject: `${allQuestions(deck).length} questions at ${fit.fontSize} pt`,
      keywords: deck.tags,
    });
    return [
      { name: 'cheatsheet.html', data: html },
      { name: 'cheatsheet.pdf', data: pdf.bytes, pages: pdf.pages, ms: Date.now() - t },
    ];
  },
};

import { createQuizRenderer } from '../render/render-quiz.js';
import { printHtml } from '../print/print-pdf.js';
import { fillQuizPages } from '../print/fill-quiz-pages.js';
import { PAPERS } from '../model/paper.js';
import { setPdfMetadata } from '../print/pdf-metadata.js';
import { pageNoteWarnings } from '../print/page-notes.js';
import type { OutputStep } from './output.js';
import { wantsOutput } from '../config/config.js';
import { moveKeyListings, pointKeyListings } from '../print/move-key-listings.js';
import { deckLabels } from '../model/question-label.js';

/** quiz.pdf, only with `--quiz` (or `outputs` naming it): questions to answer, then the key. */
export const quizOutput: OutputStep = {
  name: 'quiz',
  async run(ctx) {
    const { deck, opts } = ctx;
    if (!wantsOutput('quiz', opts)) return [];
    const t = Date.now();
    const html = createQuizRenderer(ctx.dirs)(deck, { paper: opts.paper });
    const labels = deckLabels(deck);
    const printed = await ctx.session.withPage(
      (page) =>
        printHtml(page, html, {
          beforePrint: async (p) => {
            // The key's wide listings at its end, when that costs few pages; the pages filled after.
            await moveKeyListings(p, PAPERS[opts.paper]);
            await fillQuizPages(p, PAPERS[opts.paper]);
            // Once the pages are final: the page each wide listing went to, at the key's end.
            await pointKeyListings(p, PAPERS[opts.paper], labels.pageShort, labels.digits);
          },
        }),
      'printing quiz.pdf',
      true,
    );
    for (const w of pageNoteWarnings(printed, deck, ctx.dirs)) ctx.warn(w);
    const pdf = await setPdfMetadata(printed.pdf, { title: `${deck.title} — quiz`, author: deck.author, keywords: deck.tags });
    return [{ name: 'quiz.pdf', data: pdf.bytes, pages: pdf.pages, ms: Date.now() - t }];
  },
};

import { createCardsRenderer } from '../render/render-cards.js';
import { printHtml } from '../print/print-pdf.js';
import { setPdfMetadata } from '../print/pdf-metadata.js';
import type { OutputStep } from './output.js';

/** cards.html + cards.pdf: one cheat card per question. */
export const cardsOutput: OutputStep = {
  name: 'cards',
  async run(ctx) {
    const { deck, opts } = ctx;
    const t = Date.now();
    const html = createCardsRenderer(ctx.dirs)(deck, { cardSize: opts.cardSize, guidePages: ctx.guidePages });
    const printed = await ctx.session.withPage((page) => printHtml(page, html));
    for (const url of printed.blocked) ctx.warn({ code: 'blocked-request', message: `blocked a request from the page: ${url.slice(0, 120)}` });
    const pdf = await setPdfMetadata(printed.pdf, { title: `${deck.title} — cards`, author: deck.author, keywords: deck.tags });
    return [
      { name: 'cards.html', data: html },
      { name: 'cards.pdf', data: pdf.bytes, pages: pdf.pages, ms: Date.now() - t },
    ];
  },
};

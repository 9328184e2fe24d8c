import { allQuestions } from '../content/model.js';
import { createGuideRenderer } from '../render/render-guide.js';
import { printGuide } from '../print/print-guide.js';
import { setPdfMetadata } from '../print/pdf-metadata.js';
import { blockedRequestWarnings } from '../print/blocked-requests.js';
import type { OutputStep } from './output.js';

/** guide.html + guide.pdf: the full-answer study guide with page-numbered contents. */
export const guideOutput: OutputStep = {
  name: 'guide',
  async run(ctx) {
    const { deck, opts } = ctx;
    const t = Date.now();
    const render = createGuideRenderer(ctx.dirs);
    const guide = await printGuide(ctx.session, deck, (pages) => render(deck, { paper: opts.paper, pages }));
    ctx.guidePages = guide.pages;
    for (const w of blockedRequestWarnings(guide.blocked, deck)) ctx.warn(w);
    const pdf = await setPdfMetadata(guide.pdf, {
      title: deck.title,
      author: deck.author,
      subject: deck.subtitle ?? `${allQuestions(deck).length} interview questions`,
      keywords: deck.tags,
    });
    return [
      { name: 'guide.html', data: guide.html },
      { name: 'guide.pdf', data: pdf.bytes, pages: pdf.pages, ms: Date.now() - t },
    ];
  },
};

import { PDFDocument } from 'pdf-lib';
import { allQuestions, type Deck } from '../content/model.js';
import { createGuideRenderer } from '../render/render-guide.js';
import { PAPERS } from '../render/view.js';
import { printGuide } from '../print/print-guide.js';
import { writeDocumentInfo } from '../print/pdf-metadata.js';
import { repairOutlineTitles } from '../print/pdf-outline.js';
import { imposeBooklet } from '../print/impose-booklet.js';
import type { OutputFile, OutputStep } from './output.js';
import { blockedRequestWarnings } from '../print/blocked-requests.js';

/** The headings the guide's bookmarks are made from, as the reader should see them. */
function bookmarkTitles(deck: Deck): string[] {
  const questions = allQuestions(deck).map((q) => `Q${q.number} ${q.text}`);
  return [deck.title, ...deck.sections.map((s) => s.title), ...questions, ...(deck.outro ? [deck.outro.title] : [])];
}

/** guide.html + guide.pdf (+ guide-booklet.pdf with --booklet): the full-answer study guide. */
export const guideOutput: OutputStep = {
  name: 'guide',
  async run(ctx) {
    const { deck, opts } = ctx;
    const t = Date.now();
    const render = createGuideRenderer(ctx.dirs);
    const guide = await printGuide(ctx.session, deck, (pages) => render(deck, { paper: opts.paper, pages }));
    ctx.guidePages = guide.pages;
    if (!guide.settled) ctx.warn({ code: 'contents-unsettled', message: `the contents' page numbers still changed after ${guide.passes} print passes; some may be off by a page — report this deck as a bug` });
    for (const w of blockedRequestWarnings(guide.blocked, deck)) ctx.warn(w);
    const doc = await PDFDocument.load(guide.pdf, { updateMetadata: false });
    repairOutlineTitles(doc, bookmarkTitles(deck));
    writeDocumentInfo(doc, {
      title: deck.title,
      author: deck.author,
      subject: deck.subtitle ?? `${allQuestions(deck).length} interview questions`,
      keywords: deck.tags,
    });
    const pdf = await doc.save({ useObjectStreams: false });
    const files: OutputFile[] = [
      { name: 'guide.html', data: guide.html },
      { name: 'guide.pdf', data: pdf, pages: doc.getPageCount(), ms: Date.now() - t },
    ];
    if (opts.booklet) {
      const started = Date.now();
      const booklet = await imposeBooklet(pdf, PAPERS[opts.paper]);
      files.push({ name: 'guide-booklet.pdf', data: booklet.bytes, pages: booklet.pages, ms: Date.now() - started });
    }
    return files;
  },
};

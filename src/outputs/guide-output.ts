import { allQuestions, type Deck, type Question } from '../model/deck.js';
import { decodeEntities, stripTags } from '../render/html-text.js';
import { createGuideRenderer } from '../render/render-guide.js';
import { PAPERS, type Paper } from '../model/paper.js';
import { printGuide } from '../print/print-guide.js';
import { writeDocumentInfo } from '../print/pdf-metadata.js';
import { imposeBooklet } from '../print/impose-booklet.js';
import type { DeckContext, GuideStep, OutputFile } from './output.js';
import type { PageMap } from '../render/view.js';
import type { PDFDocument } from 'pdf-lib';
import { printGuideInParts, type PartsRender } from '../print/print-guide-parts.js';
import { PART_QUESTIONS } from '../print/print-parts.js';
import { writeOutline, type OutlineItem } from '../print/write-outline.js';
import { blockedRequestWarnings } from '../print/blocked-requests.js';
import { labelsFor } from '../model/labels.js';
import { loadPdf, savePdf } from '../print/pdf-io.js';

/** A question as its heading prints it (typographic quotes and dashes), as plain text. */
const printedText = (q: Question): string => decodeEntities(stripTags(q.html));

/** A printed guide: the PDF (outline and document info written) and the page of every cited heading. */
export interface GuidePdf {
  pdf: Uint8Array;
  pages: PageMap;
  pageCount: number;
}

/**
 * Prints a deck's guide at a paper size: in one document, or for a large deck in parts joined
 * afterwards, since Chromium's cost per page grows with the length of the document; either way
 * one print per document, and the outline is written from the deck. `onPages` hears where the
 * headings land as soon as that is known (before the print). Warnings go to ctx.warn.
 */
export async function printGuidePdf(ctx: Pick<DeckContext, 'session' | 'dirs' | 'opts' | 'warn'>, deck: Deck, paper: Paper, onPages?: (pages: PageMap) => void): Promise<GuidePdf> {
  const { session } = ctx;
  const render = createGuideRenderer(ctx.dirs);
  const draw: PartsRender = (pages, part) => render(deck, { paper, pages, part });
  const size = PAPERS[paper];
  const partSize = ctx.opts.printPart ?? PART_QUESTIONS;
  let printed: { doc: PDFDocument; pages: PageMap; blocked: string[]; passes: number; settled: boolean };
  if (partSize > 0 && allQuestions(deck).length > partSize * 2) {
    printed = await printGuideInParts(session, deck, draw, size, partSize, onPages);
  } else {
    const whole = await printGuide(session, deck, (pages) => draw(pages, undefined), size, onPages);
    printed = { ...whole, doc: await loadPdf(whole.pdf) };
  }
  if (!printed.settled) ctx.warn({ code: 'contents-unsettled', message: `the contents' page numbers still changed after ${printed.passes} print passes; some may be off by a page — report this deck as a bug` });
  for (const w of blockedRequestWarnings(printed.blocked, deck)) ctx.warn(w);
  const { doc } = printed;
  // Written from the deck, not repaired: Chromium's titles of some headings come out doubled
  // ("IntroductionIntroduction") once text is set in the bundled faces.
  writeOutline(doc, outlineOf(deck));
  writeDocumentInfo(doc, {
    title: deck.title,
    author: deck.author,
    subject: deck.subtitle ?? `${allQuestions(deck).length} interview questions`,
    keywords: deck.tags,
  });
  return { pdf: await savePdf(doc), pages: printed.pages, pageCount: doc.getPageCount() };
}

/** The guide's bookmarks: title › contents, sections › questions, outro. */
function outlineOf(deck: Deck): OutlineItem[] {
  return [
    {
      title: deck.title,
      page: 0,
      children: [
        // The introduction and the contents open on the page after the cover.
        ...(deck.introHtml ? [{ title: labelsFor(deck.lang, deck.labels).introduction, page: 1 }] : []),
        { title: labelsFor(deck.lang, deck.labels).contents, page: 1 },
        ...deck.sections.map((s) => ({ title: s.title, dest: s.id, children: s.questions.map((q) => ({ title: `Q${q.number} ${printedText(q)}`, dest: q.id })) })),
        ...(deck.outro ? [{ title: deck.outro.title, dest: 'outro' }] : []),
      ],
    },
  ];
}

/** guide.html + guide.pdf (+ guide-booklet.pdf with --booklet): the full-answer study guide. */
export const guideOutput: GuideStep = {
  name: 'guide',
  async run(ctx, onPages) {
    const { deck, opts } = ctx;
    const t = Date.now();
    const guide = await printGuidePdf(ctx, deck, opts.paper, onPages);
    const files: OutputFile[] = [
      { name: 'guide.html', data: createGuideRenderer(ctx.dirs)(deck, { paper: opts.paper, pages: guide.pages }) },
      { name: 'guide.pdf', data: guide.pdf, pages: guide.pageCount, ms: Date.now() - t },
    ];
    if (opts.booklet) {
      const started = Date.now();
      const booklet = await imposeBooklet(guide.pdf, PAPERS[opts.paper]);
      files.push({ name: 'guide-booklet.pdf', data: booklet.bytes, pages: booklet.pages, ms: Date.now() - started });
    }
    return { files, pages: guide.pages };
  },
};

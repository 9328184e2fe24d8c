import { allQuestions, type Deck, type Question } from '../model/deck.js';
import { decodeEntities, stripTags } from '../render/html-text.js';
import { createGuideRenderer } from '../render/render-guide.js';
import { bookletPage, guideTextBlock, type GuidePage } from '../render/guide-page-sizes.js';
import { planSectionBreaks } from '../print/plan-section-breaks.js';
import { PAPERS } from '../model/paper.js';
import { printGuide } from '../print/print-guide.js';
import { writeDocumentInfo } from '../print/pdf-metadata.js';
import { imposeBooklet } from '../print/impose-booklet.js';
import type { DeckContext, OutputFile, OutputStep } from './output.js';
import { printGuideInParts, type PartsRender } from '../print/print-guide-parts.js';
import { PART_QUESTIONS } from '../print/print-parts.js';
import { writeOutline, type OutlineItem } from '../print/write-outline.js';
import { blockedRequestWarnings } from '../print/blocked-requests.js';
import { labelsFor } from '../model/labels.js';
import { loadPdf, savePdf } from '../print/pdf-io.js';

/** A question as its heading prints it (typographic quotes and dashes), as plain text. */
const printedText = (q: Question): string => decodeEntities(stripTags(q.html));

/**
 * Prints the guide: in one document, or for a large deck in parts joined afterwards, since
 * Chromium's cost per page grows with the length of the document; either way the outline is
 * written from the deck.
 */
async function printWholeOrInParts(ctx: DeckContext, render: PartsRender) {
  const { deck, session } = ctx;
  const size = ctx.opts.printPart ?? PART_QUESTIONS;
  if (printsInParts(ctx)) {
    const printed = await printGuideInParts(session, deck, render, size, ctx.announceGuidePages);
    writeOutline(printed.doc, outlineOf(deck));
    return printed;
  }
  const printed = await printGuide(session, deck, (pages) => render(pages, undefined), ctx.announceGuidePages);
  const doc = await loadPdf(printed.pdf);
  // Written from the deck, not repaired: Chromium's titles of some headings come out doubled
  // ("IntroductionIntroduction") once text is set in the bundled faces.
  writeOutline(doc, outlineOf(deck));
  return { ...printed, doc };
}

/** A deck large enough to print its guide in parts (print-guide-parts.ts). */
function printsInParts(ctx: DeckContext): boolean {
  const size = ctx.opts.printPart ?? PART_QUESTIONS;
  return size > 0 && allQuestions(ctx.deck).length > size * 2;
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
export const guideOutput: OutputStep = {
  name: 'guide',
  async run(ctx) {
    const { deck, opts } = ctx;
    const t = Date.now();
    const render = createGuideRenderer(ctx.dirs);
    const printOn = async (c: DeckContext, page: GuidePage) => {
      // Where chapters start (print/plan-section-breaks.ts); a guide in parts starts each on a page.
      const plan = printsInParts(c) ? undefined : await planSectionBreaks(c.session, render(deck, { paper: opts.paper, page }), guideTextBlock(page));
      return { plan, ...(await printWholeOrInParts(c, (pages, part) => render(deck, { paper: opts.paper, page, pages, part, plan }))) };
    };
    const guide = await printOn(ctx, opts.paper);
    const { plan } = guide;
    ctx.guidePages = guide.pages;
    if (!guide.settled) ctx.warn({ code: 'contents-unsettled', message: `the contents' page numbers still changed after ${guide.passes} print passes; some may be off by a page — report this deck as a bug` });
    for (const w of blockedRequestWarnings(guide.blocked, deck)) ctx.warn(w);
    const { doc } = guide;
    const info = {
      title: deck.title,
      author: deck.author,
      subject: deck.subtitle ?? `${allQuestions(deck).length} interview questions`,
      keywords: deck.tags,
    };
    writeDocumentInfo(doc, info);
    const pdf = await savePdf(doc);
    const files: OutputFile[] = [
      { name: 'guide.html', data: render(deck, { paper: opts.paper, pages: guide.pages, plan }) },
      { name: 'guide.pdf', data: pdf, pages: doc.getPageCount(), ms: Date.now() - t },
    ];
    if (opts.booklet) {
      const started = Date.now();
      // Typeset again on the half sheet at the same type size (its own contents numbers and
      // "page X of Y"; no page numbers announced to the other steps), then imposed at 100 %.
      const small = await printOn({ ...ctx, announceGuidePages: undefined }, bookletPage(opts.paper));
      writeDocumentInfo(small.doc, info);
      const booklet = await imposeBooklet(await savePdf(small.doc), PAPERS[opts.paper]);
      files.push({ name: 'guide-booklet.pdf', data: booklet.bytes, pages: booklet.pages, ms: Date.now() - started });
    }
    return files;
  },
};

import { allQuestions, type Deck, type Question, type Section } from '../model/deck.js';
import { decodeEntities, stripTags } from '../render/html-text.js';
import { contentsParts, createGuideRenderer } from '../render/render-guide.js';
import { listedInContents } from '../render/contents-listed.js';
import { bookletPage, GUIDE_PAGES, guideTextBlock, type GuidePage } from '../render/guide-page-sizes.js';
import type { SectionPlan } from '../print/plan-section-breaks.js';
import { PAPERS } from '../model/paper.js';
import { printGuide, type PrintedGuide } from '../print/print-guide.js';
import { bookletNotesPages, imposeBooklet } from '../print/impose-booklet.js';
import { printHtml } from '../print/print-pdf.js';
import type { DeckContext, GuideStep, OutputFile } from './output.js';
import type { PageMap } from '../render/view.js';
import { printGuideInParts, type PartsJoin, type PartsRender } from '../print/print-guide-parts.js';
import { PART_QUESTIONS } from '../print/print-parts.js';
import type { OutlineItem } from '../print/write-outline.js';
import { pageNoteWarnings } from '../print/page-notes.js';
import { BROKEN_STEP, type WideTable } from '../print/fit-wide-tables.js';
import { directionOf } from '../model/labels.js';
import { deckLabels, questionLabel } from '../model/question-label.js';
import { sectionLabels } from '../render/section-labels.js';
import { sourceDate } from '../source-date.js';
import type { FinishedGuide, GuideFinish } from '../print/finish-guide-pdf.js';
import { guidePdfThread } from '../print/pdf-thread.js';

/** A question as its heading prints it (typographic quotes and dashes), as plain text. */
// A bookmark is searched and copied as plain text: no soft hyphens, no no-break spaces (a tied dash, « … »).
const printedText = (q: Question): string =>
  decodeEntities(stripTags(q.html))
    .replace(/\u00ad/g, '')
    .replace(/[\u00a0\u202f]/g, ' ');

/** A printed guide: the PDF (outline and document info written) and the page of every cited heading. */
export interface GuidePdf {
  pdf: Uint8Array;
  pages: PageMap;
  pageCount: number;
  /** Where its chapters start, for the HTML written beside it. */
  plan?: SectionPlan;
}

/**
 * Prints a deck's guide on a kind of page (the paper, or the booklet's half sheet): in one
 * document, or for a large deck in parts joined afterwards, since Chromium's cost per page grows with the length of the document; either way
 * one print per document, and the outline is written from the deck. `onPages` hears where the
 * headings land as soon as that is known (before the print). Warnings go to ctx.warn.
 */
export async function printGuidePdf(
  ctx: Pick<DeckContext, 'session' | 'dirs' | 'opts' | 'warn'>,
  deck: Deck,
  page: GuidePage,
  onPages?: (pages: PageMap) => void,
): Promise<GuidePdf> {
  const { session, opts } = ctx;
  const render = createGuideRenderer(ctx.dirs);
  const partSize = opts.printPart ?? PART_QUESTIONS;
  const inParts = partSize > 0 && allQuestions(deck).length > partSize * 2;
  const draw: PartsRender = (pages, part) => render(deck, { paper: opts.paper, page, pages, part });
  const size = GUIDE_PAGES[page];
  // Where chapters start (print/plan-section-breaks.ts) is planned in the load that prints: the
  // whole guide's, or each part's as it is measured.
  // The print in one piece or in parts: what both tell, and the finished file.
  let printed: Omit<PrintedGuide, 'pdf' | 'doc'> & { finished: FinishedGuide };
  // Written from the deck, not repaired: Chromium's titles of some headings come out doubled
  // ("IntroductionIntroduction") once text is set in the bundled faces.
  const finish: GuideFinish = {
    outline: outlineOf(deck),
    info: {
      title: deck.title,
      author: deck.author,
      subject: deck.subtitle ?? `${allQuestions(deck).length} interview questions`,
      keywords: deck.tags,
      date: sourceDate(),
    },
  };
  // Read (joined, for a guide in parts) and finished on the guide's PDF thread: the other steps' pages are served meanwhile.
  guidePdfThread.warm();
  if (inParts) {
    const join: PartsJoin = (parts, expected, partsFinish, last) => guidePdfThread.joinParts(parts, expected, partsFinish, last);
    printed = await printGuideInParts(session, deck, draw, size, join, finish, partSize, onPages, guideTextBlock(page));
  } else {
    const finishOffThread = (pdf: Uint8Array) => guidePdfThread.finishGuide(pdf, finish);
    printed = await printGuide(
      session,
      deck,
      (pages, plan) => render(deck, { paper: opts.paper, page, pages, plan }),
      size,
      onPages,
      guideTextBlock(page),
      undefined,
      finishOffThread,
    );
  }
  if (!printed.settled)
    ctx.warn({
      code: 'contents-unsettled',
      message: `the contents' page numbers still changed after ${printed.passes} print passes; some may be off by a page — report this deck as a bug`,
    });
  for (const w of pageNoteWarnings(printed.notes, deck, ctx.dirs)) ctx.warn(w);
  for (const w of wideTableWarnings(printed.wideTables ?? [], deck)) ctx.warn(w);
  return { pdf: printed.finished.bytes, pages: printed.pages, pageCount: printed.finished.pageCount, plan: printed.plan };
}

/**
 * A table that had to break its words anywhere to fit the text width, or that still runs past it
 * (its last columns cut off), is said at its question's line; one merely set in smaller type is not.
 */
function wideTableWarnings(tables: readonly WideTable[], deck: Deck): { code: 'wide-table'; message: string; line?: number; file?: string }[] {
  const questions = new Map(allQuestions(deck).map((q) => [q.id, q]));
  return tables
    .filter((t) => t.cut || t.step >= BROKEN_STEP)
    .map((t) => {
      const q = questions.get(t.question);
      const what = t.cut
        ? 'is wider than the page even in the smallest type; its last columns are cut off'
        : 'fits the page only in the smallest type with its words broken';
      return {
        code: 'wide-table',
        line: q?.line,
        file: q?.file,
        message: `Q${q?.number ?? '?'}: a table in the answer ${what} — split it into narrower tables or give it fewer columns`,
      };
    });
}

/** The guide's bookmarks: title › contents, sections › questions, outro; a combined guide's parts › sections › questions. Sections as the contents list them (listedInContents). */
function outlineOf(deck: Deck): OutlineItem[] {
  const labels = deckLabels(deck);
  const questionItems = (s: Section): OutlineItem[] =>
    s.questions.map((q) => ({ title: `${questionLabel(sectionLabels(s, deck) ?? labels, q.number)} ${printedText(q)}`, dest: q.id }));
  // A deck's only section, named by no heading, has no bookmark of its own: its questions stand in its place.
  // A section the contents leave out (no questions, a line or two of text) has none either: the bookmarks list what the contents do.
  const sectionItems = (s: Section): OutlineItem[] =>
    !listedInContents(s) ? [] : s.untitled ? questionItems(s) : [{ title: s.part?.sectionTitle ?? s.title, dest: s.id, children: questionItems(s) }];
  const parts = contentsParts(deck.sections);
  const body = parts
    ? // A part that is itself a section with questions (a bank's `Culture Questions:`) holds them before any section.
      parts.map((p) => ({ title: p.part?.title ?? p.title, dest: p.id, children: [...questionItems(p), ...p.sections.flatMap(sectionItems)] }))
    : deck.sections.flatMap(sectionItems);
  return [
    {
      title: deck.title,
      page: 0,
      children: [
        // The introduction and the contents open on the page after the cover.
        ...(deck.introHtml ? [{ title: deck.introTitle ?? labels.introduction, page: 1 }] : []),
        { title: labels.contents, page: 1 },
        ...body,
        ...(deck.outro ? [{ title: deck.outro.title, dest: 'outro' }] : []),
      ],
    },
  ];
}

/**
 * The booklet's ruled notes pages (`count` of them; none when 0): the half-pages its last sheet
 * would leave blank before the back cover, headed in the deck's language, printed on the booklet's
 * page in the guide's faces, with no running head or folio.
 */
async function printNotesPages(
  ctx: Pick<DeckContext, 'session' | 'dirs' | 'opts'>,
  deck: Deck,
  page: GuidePage,
  count: number,
): Promise<Uint8Array | undefined> {
  if (count <= 0) return undefined;
  const html = createGuideRenderer(ctx.dirs)(deck, { paper: ctx.opts.paper, page, notesPages: count });
  const printed = await ctx.session.withPage((p) => printHtml(p, html, { tagged: false }), "printing the booklet's notes pages", true);
  return printed.pdf;
}

/** guide.html + guide.pdf (+ guide-booklet.pdf with --booklet): the full-answer study guide. */
export const guideOutput: GuideStep = {
  name: 'guide',
  async run(ctx, onPages) {
    const { deck, opts } = ctx;
    const t = Date.now();
    const render = createGuideRenderer(ctx.dirs);
    const guide = await printGuidePdf(ctx, deck, opts.paper, onPages);
    ctx.remember({ guidePages: Object.fromEntries(guide.pages), guidePlan: guide.plan && { css: guide.plan.css } });
    const files: OutputFile[] = [
      { name: 'guide.html', data: render(deck, { paper: opts.paper, pages: guide.pages, plan: guide.plan }) },
      { name: 'guide.pdf', data: guide.pdf, pages: guide.pageCount, ms: Date.now() - t },
    ];
    if (opts.booklet) {
      const started = Date.now();
      // Typeset again on the half sheet at the same type size (its own contents numbers and
      // "page X of Y"; its pages are not the ones the other steps cite), then imposed at 100 %.
      const small = await printGuidePdf(ctx, deck, bookletPage(opts.paper));
      const notes = await printNotesPages(ctx, deck, bookletPage(opts.paper), bookletNotesPages(small.pageCount));
      const booklet = await imposeBooklet(small.pdf, PAPERS[opts.paper], directionOf(deck.lang), opts.creep, notes);
      files.push({ name: 'guide-booklet.pdf', data: booklet.bytes, pages: booklet.pages, ms: Date.now() - started });
    }
    return { files, pages: guide.pages };
  },
};

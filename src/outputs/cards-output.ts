import { quotedQuestion } from '../content/text.js';
import { allQuestions, type Question } from '../model/deck.js';
import { contentError } from '../errors.js';
import { cardFontMaxPt, cardFurnitureSize, cardPlan, cardsRenderOptions, createCardsRenderer, type CardsRenderOptions } from '../render/render-cards.js';
import { duplexOverlay, duplexTestDeck } from '../render/duplex-test.js';
import { createAlignmentRenderer } from '../render/render-alignment.js';
import { fitCards, CARD_FONT_MIN_PT, FRONT_QUESTION_EM, type CardFit, type DeckSizes } from '../print/fit-cards.js';
import { alignLongFronts, type FrontMarks } from '../print/align-long-fronts.js';
import { printHtml } from '../print/print-pdf.js';
import { writeDocumentInfo } from '../print/pdf-metadata.js';
import { setPrintPreferences } from '../print/print-preferences.js';
import { perSheet } from '../render/card-sheet.js';
import { mergePdfParts } from '../print/merge-pdfs.js';
import { inParallel, PART_QUESTIONS, sheetRanges } from '../print/print-parts.js';
import type { DeckContext, OutputFile, OutputStep } from './output.js';
import { mergeNotes, pageNoteWarnings } from '../print/page-notes.js';
import { loadPdf, savePdf } from '../print/pdf-io.js';
import { labelsFor } from '../model/labels.js';
import { deckForCardSize } from '../model/card-room.js';
import { cutCardWarnings } from '../content/card-cut.js';

/**
 * cards.html + cards.pdf: one card per question, all in one text size fitted to the deck; on
 * sheets also alignment.pdf (where the printer puts the cards), and with flash faces
 * duplex-test.pdf, a sheet pair to check how the printer flips and shifts the backs.
 */
export const cardsOutput: OutputStep = {
  name: 'cards',
  async run(whole, guidePages) {
    // Open questions come too, with ruled space to write the answer in (render/render-cards.ts).
    const ctx = whole;
    const { opts } = ctx;
    // Each card carries the made answer its size has room for, cut (and said cut) for that size.
    const deck = deckForCardSize(ctx.deck, opts.cardSize);
    for (const w of cutCardWarnings(deck, opts.cardSize)) ctx.warn(w);
    const t = Date.now();
    const render = createCardsRenderer(ctx.dirs);
    const renderOpts = cardsRenderOptions(opts, guidePages);
    const plan = cardPlan(renderOpts);
    if (opts.backOffset && !(opts.cardFaces === 'flash' && opts.cardLayout === 'sheet')) {
      ctx.warn({
        code: 'card-stock',
        message: '--back-offset moves only the back sheets of flash cards, and these cards have none — add --card-faces flash with a sheet layout, or drop it',
      });
    }
    if (plan.note) ctx.warn({ code: 'card-stock', message: `${plan.note} — drop the option that overrides the other to print as you meant` });
    // A large deck prints in parts of whole sheets (Chromium's cost per page grows with the
    // document), joined afterwards. The deck has one size: the smallest any part needs. Each part
    // is first only measured for its sizes (no print), then each prints once at the deck's sizes.
    // (Each part used to print at its own sizes and again at the deck's when those were smaller:
    // three parts of four printed twice at 1,000 questions, and the more parts, the more do.)
    const cardsPerSheet = perSheet(plan.geometry);
    const sheetsPerPart = Math.max(1, Math.floor(((opts.printPart ?? PART_QUESTIONS) * 2) / cardsPerSheet));
    const ranges = sheetRanges(Math.ceil(allQuestions(deck).length / cardsPerSheet), sheetsPerPart, opts.printPart === 0);
    const maxPt = cardFontMaxPt(opts.cardSize);
    const printPart = (sheets: [number, number] | undefined, fixed?: DeckSizes) =>
      ctx.session.withPage(
        async (page) => {
          let fit: Awaited<ReturnType<typeof fitCards>> = { fits: [], sizes: {} };
          let marks: FrontMarks = { longFronts: [], splitFronts: [] };
          const result = await printHtml(page, render(deck, { ...renderOpts, sheets }), {
            beforePrint: async (p) => {
              fit = await fitCards(p, maxPt, CARD_FONT_MIN_PT, fixed);
              marks = await alignLongFronts(p);
            },
          });
          return { ...result, ...fit, ...marks };
        },
        'printing cards.pdf',
        true,
      );
    const sizesOf = (sheets: [number, number]) =>
      ctx.session.withPage(
        async (page) => {
          let sizes: DeckSizes = {};
          await printHtml(page, render(deck, { ...renderOpts, sheets }), {
            beforePrint: async (p) => {
              ({ sizes } = await fitCards(p, maxPt, CARD_FONT_MIN_PT, undefined, true));
              return NOT_PRINTED;
            },
          });
          return sizes;
        },
        'measuring cards.pdf',
        true,
      );
    let printed: Awaited<ReturnType<typeof printPart>>[];
    let deckSizes: DeckSizes;
    if (ranges.length > 1) {
      deckSizes = smallestSizes(await inParallel(ranges, sizesOf));
      printed = await inParallel(ranges, (sheets) => printPart(sheets, deckSizes));
    } else {
      printed = [await printPart(ranges[0])];
      deckSizes = printed[0].sizes;
    }
    const fits = printed.flatMap((p) => p.fits);
    reportOverflow(ctx, fits);
    reportSmaller(ctx, fits, deckSizes);
    for (const w of pageNoteWarnings(mergeNotes(printed), deck, ctx.dirs)) ctx.warn(w);
    // The pages printed with the fitted sizes; the HTML file gets the same sizes written in.
    const fontSizes = new Map(fits.map((f) => [f.key, f.fontSize]));
    const questionEms = new Map(fits.flatMap((f) => (f.questionEm === undefined ? [] : [[f.key, f.questionEm] as const])));
    // Every card's furniture prints at one size (a card set smaller, a flash front set larger than
    // the backs, keep it): the screen needs the deck's sizes too where a face's text differs from it.
    const furniture = cardFurnitureSize(deckSizes);
    const apart = fits.some((f) => f.fontSize !== (furniture ?? f.fontSize));
    ctx.remember({
      cardFontSizes: Object.fromEntries(fontSizes),
      ...(apart ? { cardDeckFontSizes: deckSizes } : {}),
      ...(questionEms.size ? { cardQuestionEms: Object.fromEntries(questionEms) } : {}),
    });
    // Likewise the fronts set flush left: the screen sets them as the paper does.
    const html = render(deck, {
      ...renderOpts,
      fontSizes,
      deckFontSizes: deckSizes,
      longFronts: new Set(printed.flatMap((p) => p.longFronts)),
      splitFronts: new Set(printed.flatMap((p) => p.splitFronts)),
      questionEms,
    });
    // Joining parts works in Node alone: renderers kept for the next print would wait through it.
    if (printed.length > 1) await ctx.session.rest();
    const doc = await mergePdfParts(printed.map((p) => ({ pdf: p.pdf })));
    writeDocumentInfo(doc, { title: `${deck.title} — cards`, author: deck.author, keywords: deck.tags });
    const flashSheets = opts.cardFaces === 'flash' && opts.cardLayout === 'sheet';
    setPrintPreferences(doc, flashSheets ? opts.duplex : 'simplex');
    const files: OutputFile[] = [
      { name: 'cards.html', data: html },
      { name: 'cards.pdf', data: await savePdf(doc), pages: doc.getPageCount(), ms: Date.now() - t },
    ];
    if (opts.cardLayout === 'sheet') files.push(await printAlignment(ctx, renderOpts));
    if (flashSheets) files.push(await printDuplexTest(ctx, render, renderOpts, maxPt));
    return files;
  },
};

/** The smallest size per kind of face over the parts of a deck. */
function smallestSizes(parts: DeckSizes[]): DeckSizes {
  const out: DeckSizes = {};
  for (const sizes of parts) for (const [group, pt] of Object.entries(sizes) as [keyof DeckSizes, number][]) out[group] = Math.min(out[group] ?? pt, pt);
  return out;
}

/** What a measuring load hands back instead of a print. */
const NOT_PRINTED = new Uint8Array(0);

/** Warns about every card that does not fit at the minimum size; under --strict, fails the deck. */
function reportOverflow(ctx: DeckContext, fits: CardFit[]): void {
  const questions = new Map(allQuestions(ctx.deck).map((q) => [q.number, q]));
  const over = fits.filter((f) => f.overflow > 0);
  for (const f of over) {
    const q = questions.get(f.number);
    const side = f.face === 'cheat' ? 'card' : `card ${f.face}`;
    ctx.warn({
      code: 'card-overflow',
      line: q?.line,
      file: q?.file,
      message: `Q${f.number} ${quotedQuestion(q?.text ?? '')}: text overflows the ${side} by ${f.overflow} pt even at ${CARD_FONT_MIN_PT} pt — shorten ${toShorten(q, f.face)} or use a larger --card-size`,
    });
  }
  if (ctx.opts.strict && over.length) {
    const first = over[0];
    const q = questions.get(first.number);
    const more = over.length > 1 ? ` (and ${over.length - 1} more card${over.length > 2 ? 's' : ''})` : '';
    throw contentError(
      q?.file ?? ctx.deck.file,
      q?.line,
      `Q${first.number} ${quotedQuestion(q?.text ?? '')} does not fit its ${ctx.opts.cardSize} card${first.face === 'cheat' ? '' : ` ${first.face}`}: ${first.overflow} pt too long at ${CARD_FONT_MIN_PT} pt${more}`,
      `shorten ${toShorten(q, first.face)}, choose a larger --card-size, or drop --strict to print it clipped with a warning`,
    );
  }
}

/**
 * Names every card set below its deck's size (a few overlong ones, print/fit-cards.ts), so the
 * author can shorten it: the rest of the deck keeps the larger size.
 */
function reportSmaller(ctx: DeckContext, fits: CardFit[], sizes: DeckSizes): void {
  const questions = new Map(allQuestions(ctx.deck).map((q) => [q.number, q]));
  for (const f of fits) {
    const deckSize = sizes[f.face === 'front' ? 'question' : 'answer'];
    if (f.overflow > 0 || deckSize === undefined || (f.fontSize >= deckSize && f.questionEm === undefined)) continue;
    const q = questions.get(f.number);
    const side = f.face === 'cheat' ? 'card' : `card ${f.face}`;
    // A front whose question was stepped down to fit says the size its question prints at.
    const where =
      f.questionEm === undefined
        ? `prints at ${f.fontSize} pt, under the deck's ${deckSize} pt,`
        : `prints its question at ${Math.round(f.fontSize * f.questionEm * 10) / 10} pt, under the other fronts' ${Math.round(deckSize * FRONT_QUESTION_EM * 10) / 10} pt,`;
    ctx.warn({
      code: 'card-smaller',
      line: q?.line,
      file: q?.file,
      message: `Q${f.number} ${quotedQuestion(q?.text ?? '')}: the ${side} ${where} to fit its text — shorten ${toShorten(q, f.face)} to print it like the others`,
    });
  }
}

/**
 * What makes a face too long: its card answer, or on a flash front and on an open question's card
 * (which prints no answer, only lines to write one) the question and what it lists under it.
 */
function toShorten(q: Question | undefined, face: string): string {
  return face === 'front' || q?.open ? 'the question or the text under it' : 'the card answer';
}

/** Document information and print-dialog presets for a one-off test print. */
async function finishTestPdf(pdf: Uint8Array, title: string, sides: 'simplex' | 'long' | 'short'): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await loadPdf(pdf);
  writeDocumentInfo(doc, { title });
  setPrintPreferences(doc, sides);
  return { bytes: await savePdf(doc), pages: doc.getPageCount() };
}

/** alignment.pdf: the sheet's card outlines and scales across the cut lines, to read the printer's offset. */
async function printAlignment(ctx: DeckContext, renderOpts: CardsRenderOptions): Promise<OutputFile> {
  const html = createAlignmentRenderer(ctx.dirs)(ctx.deck, renderOpts);
  const printed = await ctx.session.withPage((page) => printHtml(page, html), 'printing alignment.pdf', true);
  const pdf = await finishTestPdf(printed.pdf, `${ctx.deck.title} — alignment sheet`, 'simplex');
  return { name: 'alignment.pdf', data: pdf.bytes, pages: pdf.pages };
}

/** duplex-test.pdf: numbered fronts and backs on the same imposition as the real cards, with the alignment scales on both sides. */
async function printDuplexTest(
  ctx: DeckContext,
  render: ReturnType<typeof createCardsRenderer>,
  renderOpts: CardsRenderOptions,
  maxPt: number,
): Promise<OutputFile> {
  const testDeck = duplexTestDeck(ctx.deck, renderOpts);
  const html = render(testDeck, { ...renderOpts, guidePages: undefined, overlay: duplexOverlay(renderOpts, labelsFor(ctx.deck.lang, ctx.deck.labels)) });
  const printed = await ctx.session.withPage(
    (page) => printHtml(page, html, { beforePrint: (p) => fitCards(p, maxPt).then(() => undefined) }),
    'printing the duplex test sheet',
    true,
  );
  const pdf = await finishTestPdf(printed.pdf, `${ctx.deck.title} — duplex check`, renderOpts.duplex ?? 'long');
  return { name: 'duplex-test.pdf', data: pdf.bytes, pages: pdf.pages };
}

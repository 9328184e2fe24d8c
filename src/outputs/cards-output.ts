import { allQuestions, answeredOnly } from '../content/model.js';
import { contentError } from '../errors.js';
import { cardGeometry, createCardsRenderer, startFontPt, type CardsRenderOptions } from '../render/render-cards.js';
import { duplexTestDeck } from '../render/duplex-test.js';
import { fitCards, CARD_FONT_MIN_PT, type CardFit } from '../print/fit-cards.js';
import { printHtml } from '../print/print-pdf.js';
import { setPdfMetadata, writeDocumentInfo } from '../print/pdf-metadata.js';
import { perSheet } from '../render/card-sheet.js';
import { mergePdfParts } from '../print/merge-pdfs.js';
import { inParallel, PART_QUESTIONS, sheetRanges } from '../print/print-parts.js';
import type { DeckContext, OutputFile, OutputStep } from './output.js';
import { blockedRequestWarnings } from '../print/blocked-requests.js';
import { savePdf } from '../print/pdf-io.js';

/**
 * cards.html + cards.pdf: one card per question, its text fitted to the card; with flash faces
 * on sheets also duplex-test.pdf, a sheet pair to check how the printer flips.
 */
export const cardsOutput: OutputStep = {
  name: 'cards',
  async run(whole) {
    // Open questions have nothing to put on a card: they are in the guide and quiz only.
    const ctx = { ...whole, deck: answeredOnly(whole.deck) };
    const { deck, opts } = ctx;
    const t = Date.now();
    const render = createCardsRenderer(ctx.dirs);
    const renderOpts: CardsRenderOptions = {
      cardSize: opts.cardSize,
      layout: opts.cardLayout,
      faces: opts.cardFaces,
      duplex: opts.duplex,
      paper: opts.paper,
      guidePages: ctx.guidePages,
    };
    // A large deck prints in parts of whole sheets (Chromium's cost per page grows with the
    // document), joined afterwards; each part's cards are fitted in its own page.
    const cardsPerSheet = perSheet(cardGeometry(renderOpts));
    const sheetsPerPart = Math.max(1, Math.floor(((opts.printPart ?? PART_QUESTIONS) * 2) / cardsPerSheet));
    const ranges = sheetRanges(Math.ceil(allQuestions(deck).length / cardsPerSheet), sheetsPerPart, opts.printPart === 0);
    const printed = await inParallel(ranges, (sheets) =>
      ctx.session.withPage(async (page) => {
        let fits: CardFit[] = [];
        const result = await printHtml(page, render(deck, { ...renderOpts, sheets }), { beforePrint: async (p) => void (fits = await fitCards(p, startFontPt(opts.cardSize))) });
        return { ...result, fits };
      }, 'printing', true),
    );
    const fits = printed.flatMap((p) => p.fits);
    reportOverflow(ctx, fits);
    for (const w of blockedRequestWarnings([...new Set(printed.flatMap((p) => p.blocked))], deck)) ctx.warn(w);
    // The pages printed with the fitted sizes; the HTML file gets the same sizes written in.
    const html = render(deck, { ...renderOpts, fontSizes: new Map(fits.map((f) => [f.key, f.fontSize])) });
    const doc = await mergePdfParts(printed.map((p) => ({ pdf: p.pdf })));
    writeDocumentInfo(doc, { title: `${deck.title} — cards`, author: deck.author, keywords: deck.tags });
    const files: OutputFile[] = [
      { name: 'cards.html', data: html },
      { name: 'cards.pdf', data: await savePdf(doc), pages: doc.getPageCount(), ms: Date.now() - t },
    ];
    if (opts.cardFaces === 'flash' && opts.cardLayout === 'sheet') files.push(await printDuplexTest(ctx, render, renderOpts));
    return files;
  },
};

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
      message: `Q${f.number} "${q?.text ?? ''}": text overflows the ${side} by ${f.overflow} pt even at ${CARD_FONT_MIN_PT} pt — shorten the card answer or use a larger --card-size`,
    });
  }
  if (ctx.opts.strict && over.length) {
    const first = over[0];
    const q = questions.get(first.number);
    const more = over.length > 1 ? ` (and ${over.length - 1} more card${over.length > 2 ? 's' : ''})` : '';
    throw contentError(
      ctx.deck.file,
      q?.line,
      `Q${first.number} "${q?.text ?? ''}" does not fit its ${ctx.opts.cardSize} card${first.face === 'cheat' ? '' : ` ${first.face}`}: ${first.overflow} pt too long at ${CARD_FONT_MIN_PT} pt${more}`,
      'shorten the card answer, choose a larger --card-size, or drop --strict to print it clipped with a warning',
    );
  }
}

/** duplex-test.pdf: numbered fronts and backs on the same imposition as the real cards. */
async function printDuplexTest(ctx: DeckContext, render: ReturnType<typeof createCardsRenderer>, renderOpts: CardsRenderOptions): Promise<OutputFile> {
  const testDeck = duplexTestDeck(ctx.deck, renderOpts);
  const printed = await ctx.session.withPage((page) => printHtml(page, render(testDeck, { ...renderOpts, guidePages: undefined }), { beforePrint: (p) => fitCards(p, startFontPt(renderOpts.cardSize)).then(() => undefined) }), 'printing', true);
  const pdf = await setPdfMetadata(printed.pdf, { title: `${ctx.deck.title} — duplex check` });
  return { name: 'duplex-test.pdf', data: pdf.bytes, pages: pdf.pages };
}

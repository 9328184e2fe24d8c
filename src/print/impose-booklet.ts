import { Duplex, PDFDocument, PrintScaling } from 'pdf-lib';
import { loadPdf, savePdf } from './pdf-io.js';

/** One printed side of a booklet sheet: the 0-based source pages on its left and right half (null = blank). */
export type BookletSide = [left: number | null, right: number | null];

/**
 * Saddle-stitch order for `pageCount` pages, padded with blanks at the end to a multiple of
 * four. Each sheet has a front (last | first of what remains) and a back (second | second-to-last),
 * so the stack, folded in half, reads 1, 2, 3, … For 8 pages: [8|1] [2|7] [6|3] [4|5].
 */
export function bookletOrder(pageCount: number): BookletSide[] {
  const total = Math.ceil(pageCount / 4) * 4;
  const page = (i: number) => (i < pageCount ? i : null);
  const sides: BookletSide[] = [];
  for (let sheet = 0; sheet < total / 4; sheet++) {
    sides.push([page(total - 1 - 2 * sheet), page(2 * sheet)]);
    sides.push([page(2 * sheet + 1), page(total - 2 - 2 * sheet)]);
  }
  return sides;
}

/**
 * Imposes a portrait PDF for saddle-stitch printing: two pages side by side on each landscape
 * side of `paper`, scaled to fit a half and centred in it, in booklet order. Pages stay vector.
 */
export async function imposeBooklet(pdf: Uint8Array, paper: { width: number; height: number }): Promise<{ bytes: Uint8Array; pages: number }> {
  const source = await loadPdf(pdf);
  const out = await PDFDocument.create({ updateMetadata: false });
  const pages = await out.embedPages(source.getPages());
  const sheet = { width: Math.max(paper.width, paper.height), height: Math.min(paper.width, paper.height) };
  const half = sheet.width / 2;
  for (const side of bookletOrder(pages.length)) {
    const target = out.addPage([sheet.width, sheet.height]);
    side.forEach((index, slot) => {
      if (index === null) return;
      const page = pages[index];
      const scale = Math.min(half / page.width, sheet.height / page.height);
      const width = page.width * scale;
      const height = page.height * scale;
      target.drawPage(page, { x: slot * half + (half - width) / 2, y: (sheet.height - height) / 2, width, height });
    });
  }
  // The booklet carries the guide's document information (title marked as the booklet).
  const title = source.getTitle();
  const author = source.getAuthor();
  const subject = source.getSubject();
  const keywords = source.getKeywords();
  if (title) out.setTitle(`${title} (booklet)`);
  if (author) out.setAuthor(author);
  if (subject) out.setSubject(subject);
  if (keywords) out.setKeywords([keywords]);
  // Preset the print dialog the way a booklet must be printed: both sides, flipped on the
  // short edge, at actual size.
  const prefs = out.catalog.getOrCreateViewerPreferences();
  prefs.setDuplex(Duplex.DuplexFlipShortEdge);
  prefs.setPrintScaling(PrintScaling.None);
  out.setCreator('studyguide');
  out.setProducer('studyguide (Chromium, pdf-lib)');
  const created = source.getCreationDate();
  if (created) {
    out.setCreationDate(created);
    out.setModificationDate(created);
  }
  return { bytes: await savePdf(out), pages: out.getPageCount() };
}

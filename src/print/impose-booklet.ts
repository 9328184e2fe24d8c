import { Duplex, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PrintScaling, type PDFPage } from 'pdf-lib';
import { loadPdf, savePdf } from './pdf-io.js';
import { readOutline, type OutlineEntry } from './pdf-outline.js';
import { writeOutline, type OutlineItem } from './write-outline.js';

/** Where a source page went: the side it is printed on, shifted by (dx, dy) and scaled. */
interface Placement {
  side: number;
  dx: number;
  dy: number;
  scale: number;
}

/** One printed side of a booklet sheet: the 0-based source pages on its left and right half (null = blank). */
export type BookletSide = [left: number | null, right: number | null];

/**
 * Pages a saddle-stitched booklet of `pageCount` pages holds: blanks added at the end up to a
 * multiple of four that leaves the last, the outside back cover, blank. A book keeps body text off
 * its back cover: a 40-page Hindi guide printed its last four questions there, beside the cover.
 * A guide of a multiple of four pages so takes a sheet more (three blank pages inside the back).
 */
export const bookletPageTotal = (pageCount: number): number => Math.ceil((pageCount + 1) / 4) * 4;

/**
 * Saddle-stitch order for `pageCount` pages, padded with blanks at the end (bookletPageTotal).
 * Each sheet has a front (last | first of what remains) and a back (second | second-to-last),
 * so the stack, folded in half, reads 1, 2, 3, … For 7 pages: [–|1] [2|7] [6|3] [4|5].
 * A booklet read right to left is bound on its right edge: every side is mirrored ([1|–] [7|2] …).
 */
export function bookletOrder(pageCount: number, direction: 'ltr' | 'rtl' = 'ltr'): BookletSide[] {
  const sides = leftToRightOrder(pageCount);
  return direction === 'rtl' ? sides.map(([left, right]) => [right, left]) : sides;
}

function leftToRightOrder(pageCount: number): BookletSide[] {
  const total = bookletPageTotal(pageCount);
  const page = (i: number) => (i < pageCount ? i : null);
  const sides: BookletSide[] = [];
  for (let sheet = 0; sheet < total / 4; sheet++) {
    sides.push([page(total - 1 - 2 * sheet), page(2 * sheet)]);
    sides.push([page(2 * sheet + 1), page(total - 2 - 2 * sheet)]);
  }
  return sides;
}

/** Creep compensation when none is asked for: 0.1 mm (about the thickness of 80 g/m² office paper), in points. */
export const DEFAULT_CREEP_PT = (0.1 / 25.4) * 72;

/**
 * How far the pages of each side move toward the fold (points): nested in a folded stack, each
 * sheet's fold wraps around the sheets inside it, so every sheet further in reaches about one
 * paper thickness further out at the fore edge, where the trim cuts its margin. Its pages are
 * moved toward the fold by that much per sheet from the outside: the outer sheet not at all.
 */
export const creepShift = (side: number, creep: number): number => Math.floor(side / 2) * creep;

/** The half-pages a booklet of `pageCount` pages would leave blank before its back cover: its reader's notes pages. */
export const bookletNotesPages = (pageCount: number): number => bookletPageTotal(pageCount) - pageCount - 1;

/**
 * Imposes a portrait PDF for saddle-stitch printing: two pages side by side on each landscape
 * side of `paper`, at 100 % when typeset for the half sheet (else shrunk to fit), centred in
 * their half, in booklet order, each inner sheet's pages moved toward the fold by `creep` per
 * sheet (creepShift). Pages stay vector. Bookmarks and the links between pages (the contents)
 * are carried over to the sides the pages land on; the tagged structure is not. `notes`: pages
 * that fill the blank half-pages before the back cover, in order (bookletNotesPages of them; any
 * more are left out, so the back cover stays blank).
 */
export async function imposeBooklet(
  pdf: Uint8Array,
  paper: { width: number; height: number },
  direction: 'ltr' | 'rtl' = 'ltr',
  creep = DEFAULT_CREEP_PT,
  notes?: Uint8Array,
): Promise<{ bytes: Uint8Array; pages: number }> {
  const source = await loadPdf(pdf);
  const out = await PDFDocument.create({ updateMetadata: false });
  const guide = await out.embedPages(source.getPages());
  // The notes pages go after the guide's: a booklet of both has the same sheets (bookletPageTotal), its back cover still blank.
  const extra = notes ? (await loadPdf(notes)).getPages().slice(0, bookletNotesPages(guide.length)) : [];
  const pages = [...guide, ...(extra.length ? await out.embedPages(extra) : [])];
  const sheet = { width: Math.max(paper.width, paper.height), height: Math.min(paper.width, paper.height) };
  const half = sheet.width / 2;
  const placed = new Map<number, Placement>();
  for (const [sideIndex, side] of bookletOrder(pages.length, direction).entries()) {
    const target = out.addPage([sheet.width, sheet.height]);
    const shift = creepShift(sideIndex, creep);
    side.forEach((index, slot) => {
      if (index === null) return;
      const page = pages[index];
      // A page typeset for the half sheet lands at 100 %; a larger one shrinks to fit.
      const scale = Math.min(1, half / page.width, sheet.height / page.height);
      const width = page.width * scale;
      const height = page.height * scale;
      // Toward the fold: the left page rightwards, the right page leftwards.
      const dx = slot * half + (half - width) / 2 + (slot === 0 ? shift : -shift);
      const dy = (sheet.height - height) / 2;
      target.drawPage(page, { x: dx, y: dy, width, height });
      // The guide's pages carry their links and bookmarks over; a notes page has none.
      if (index < guide.length) placed.set(index, { side: out.getPageCount() - 1, dx, dy, scale });
    });
  }
  copyLinks(source, out, placed);
  writeOutline(out, outlineTree(readOutline(source), placed));
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

/** The source's bookmarks as a tree, each opening the side its page is printed on. */
function outlineTree(entries: OutlineEntry[], placed: Map<number, Placement>): OutlineItem[] {
  const root: OutlineItem[] = [];
  const open: OutlineItem[][] = [root];
  for (const entry of entries) {
    const item: OutlineItem = { title: entry.title, page: entry.page ? placed.get(entry.page - 1)?.side : undefined, children: [] };
    open.length = entry.depth + 1;
    (open[entry.depth] ?? open[open.length - 1] ?? root).push(item);
    open[entry.depth + 1] = item.children!;
  }
  return root;
}

/**
 * Copies the link annotations of every placed page onto its side: the rectangle moved with the
 * page; an internal target (a named or explicit destination) pointed at the side and spot where
 * its page landed; a web address kept as it is.
 */
function copyLinks(source: PDFDocument, out: PDFDocument, placed: Map<number, Placement>): void {
  const sourcePages = source.getPages();
  const indexOf = new Map(sourcePages.map((p, i) => [p.ref.toString(), i]));
  const dests = source.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const sides: PDFPage[] = out.getPages();
  const moved = (at: Placement, x: number, y: number) => [at.dx + x * at.scale, at.dy + y * at.scale];
  const targetOf = (link: PDFDict): PDFArray | undefined => {
    let dest = link.get(PDFName.of('Dest'));
    if (dest instanceof PDFName) dest = dests?.get(dest);
    if (dest instanceof PDFRef) dest = source.context.lookup(dest);
    if (!(dest instanceof PDFArray)) return undefined;
    const page = dest.get(0);
    const index = page instanceof PDFRef ? indexOf.get(page.toString()) : undefined;
    const at = index === undefined ? undefined : placed.get(index);
    if (!at) return undefined;
    const top = dest.lookupMaybe(3, PDFNumber)?.asNumber() ?? sourcePages[index!].getHeight();
    const [x, y] = moved(at, 0, top);
    return out.context.obj([sides[at.side].ref, PDFName.of('XYZ'), x, y, null]);
  };
  placed.forEach((at, index) => {
    const annots = sourcePages[index].node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; annots && i < annots.size(); i++) {
      const link = annots.lookupMaybe(i, PDFDict);
      if (link?.lookupMaybe(PDFName.of('Subtype'), PDFName) !== PDFName.of('Link')) continue;
      const rect = link
        .lookup(PDFName.of('Rect'), PDFArray)
        .asArray()
        .map((n) => (n as PDFNumber).asNumber());
      const [x1, y1] = moved(at, rect[0], rect[1]);
      const [x2, y2] = moved(at, rect[2], rect[3]);
      const action = link.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.get(PDFName.of('URI'));
      const dest = targetOf(link);
      if (!dest && !uri) continue;
      const annot = out.context.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: [x1, y1, x2, y2],
        Border: [0, 0, 0],
        ...(dest ? { Dest: dest } : { A: { S: 'URI', URI: uri! } }),
      });
      sides[at.side].node.addAnnot(out.context.register(annot));
    }
  });
}

import { Duplex, PrintScaling, type PDFDocument } from 'pdf-lib';

/**
 * Presets the print dialog through the PDF's viewer preferences: actual size (no "fit to
 * page", which would move every card off its perforation) and, for sheets printed on both
 * sides, the flip the imposition was made for; `simplex` for pages printed on one side only.
 */
export function setPrintPreferences(doc: PDFDocument, sides: 'simplex' | 'long' | 'short'): void {
  const prefs = doc.catalog.getOrCreateViewerPreferences();
  prefs.setPrintScaling(PrintScaling.None);
  prefs.setDuplex(sides === 'long' ? Duplex.DuplexFlipLongEdge : sides === 'short' ? Duplex.DuplexFlipShortEdge : Duplex.Simplex);
}

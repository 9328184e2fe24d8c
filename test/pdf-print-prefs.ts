import { readFileSync } from 'node:fs';
import { Duplex, PDFDocument, PrintScaling } from 'pdf-lib';

/** The print-dialog presets a PDF carries: scaling and duplex mode, as names. */
export async function printPrefs(file: string): Promise<{ scaling?: string; duplex?: string }> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const prefs = doc.catalog.getViewerPreferences();
  const scaling = prefs?.getPrintScaling();
  const duplex = prefs?.getDuplex();
  return {
    scaling: scaling === PrintScaling.None ? 'none' : scaling === PrintScaling.AppDefault ? 'app-default' : undefined,
    duplex: duplex === Duplex.DuplexFlipLongEdge ? 'long' : duplex === Duplex.DuplexFlipShortEdge ? 'short' : duplex === Duplex.Simplex ? 'simplex' : undefined,
  };
}

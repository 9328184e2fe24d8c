import { loadPdf } from './pdf-io.js';

/**
 * Pages of a PDF Chromium printed, read from its page tree's /Count without parsing the document.
 * A draft printed only to learn its length (a cheat sheet's part, a probe at one size) was loaded
 * whole into pdf-lib for that number: every object of a hundred-page part parsed and dropped.
 * Chromium writes its objects uncompressed, so the page tree's nodes are found as text; the root's
 * count is the largest. A PDF that keeps them in compressed object streams is loaded instead.
 */
export async function pageCountOf(pdf: Uint8Array): Promise<number> {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  let count = 0;
  for (const node of text.matchAll(/\/Type\s*\/Pages\b/g)) {
    // The node's own object: from its "obj" to its "endobj".
    const from = text.lastIndexOf(' obj', node.index);
    const to = text.indexOf('endobj', node.index);
    const found = /\/Count\s+(\d+)/.exec(text.slice(from, to === -1 ? undefined : to));
    if (found) count = Math.max(count, Number(found[1]));
  }
  return count > 0 ? count : (await loadPdf(pdf)).getPageCount();
}

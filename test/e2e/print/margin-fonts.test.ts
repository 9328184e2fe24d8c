import { afterAll, describe, expect, inject, it } from 'vitest';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { fontCss } from '../../../src/render/fonts.js';
import { pdfPages, tempDir } from '../../helpers.js';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

// Page-margin boxes exist only in the printed layout: a face they alone use must be loaded before
// Chromium prints, or (our faces block while loading) the running head or page number prints as
// invisible text whenever the font answer comes late.
describe('faces used only by page-margin boxes are loaded before printing', () => {
  const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  afterAll(() => session.dispose());

  // The body is bold only; the margins print upright and italic, one of them in Cyrillic.
  const html = `<!doctype html><style>${fontCss()}
    @page { size: a6; margin: 15mm;
      @bottom-right { content: counter(page) " / 7"; font: 8pt var(--font-head); }
      @top-left { content: "Вопросы"; font: italic 8pt var(--font-head); } }
    @page :first { counter-increment: page 3; }
    body { margin: 0; font: bold 10pt var(--font-head); }</style><p>Body text in bold.</p>`;

  it('has the upright, italic and Cyrillic faces loaded when printing starts, and prints them', async () => {
    let loaded: string[] = [];
    const { pdf } = await session.withPage((page) =>
      printHtml(page, html, {
        beforePrint: async (p) => {
          loaded = await p.evaluate(() =>
            [...document.fonts]
              .filter((f) => f.status === 'loaded')
              .map(
                (f) =>
                  `${f.family} ${f.weight} ${f.style} ${f.unicodeRange.includes('U+400') ? 'cyrillic' : f.unicodeRange.startsWith('U+0-FF') ? 'latin' : 'other'}`,
              ),
          );
        },
      }),
    );
    expect(loaded).toContain('Source Sans 3 400 normal latin');
    expect(loaded).toContain('Source Sans 3 400 italic cyrillic');
    const file = path.join(await tempDir(), 'margins.pdf');
    await writeFile(file, pdf);
    expect(pdfPages(file)[0]).toMatch(/Вопросы[\s\S]*3 ?\/ ?7/);
  });

  it('loads a face for the text of another rule: the guide styles @top-left in one rule and fills it in another', async () => {
    // The body shows the heading face in bold only; the Greek head prints upright in it. Its Greek
    // subset was loaded by no rule, and the page printed with no margin boxes at all (neither the
    // head nor the page number).
    const split = `<!doctype html><style>${fontCss()}
      @page { size: a6; margin: 15mm; @top-left { font: 8pt var(--font-head); } @bottom-center { font: 8pt var(--font-head); } }
      @page { @top-left { content: "Ερωτήσεις για συστήματα"; } @bottom-center { content: "page " counter(page); } }
      body { margin: 0; font: bold 10pt var(--font-head); }</style><p>Body text in bold.</p>`;
    const { pdf } = await session.withPage((page) => printHtml(page, split));
    const file = path.join(await tempDir(), 'split.pdf');
    await writeFile(file, pdf);
    expect(pdfPages(file)[0]).toMatch(/Ερωτήσεις για συστήματα[\s\S]*page 1/);
  });
});

import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { GUIDE_PAGES, guideTextBlock, type GuidePage } from '../../../src/render/guide-page-sizes.js';

// The section plan and the page prediction lay the guide out in columns of guideTextBlock's size;
// they hold only if that is the area Chromium really prints into, to the pixel.
describe('the guide text block is the area the print lays out in', () => {
  const session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  afterAll(() => session.dispose());

  const pagesOf = async (page: GuidePage, body: string): Promise<number> => {
    const { css, margins: m } = GUIDE_PAGES[page];
    const html = `<!doctype html><style>@page { size: ${css}; margin: ${m.top}mm ${m.outer}mm ${m.bottom}mm ${m.inner}mm }
      body { margin: 0 } i { display: block; flex: none; break-inside: avoid }</style>${body}`;
    // In a kept page, as a build prints its guides: a new renderer for each of these sixteen prints
    // was most of this file's CPU (about 0.4 s each, the print itself a tenth of that).
    const { pdf } = await session.withPage((p) => printHtml(p, html, { tagged: false }), 'printing', true);
    return (await PDFDocument.load(pdf)).getPageCount();
  };

  it.each(Object.keys(GUIDE_PAGES) as GuidePage[])('%s: its height and width fit, half a pixel more does not', async (page) => {
    const { width, height } = guideTextBlock(page);
    const stack = (h: number) => `<i style="height:${h}px"></i><i style="height:10px"></i>`;
    expect(await pagesOf(page, stack(height - 10))).toBe(1);
    expect(await pagesOf(page, stack(height - 9.5))).toBe(2);
    // Two boxes side by side wrap to a second line (and a second page) once they are wider than the line.
    const row = (w: number) =>
      `<div style="display:flex;flex-wrap:wrap"><i style="width:${w}px;height:${height * 0.6}px"></i><i style="width:10px;height:${height * 0.6}px"></i></div>`;
    expect(await pagesOf(page, row(width - 10))).toBe(1);
    expect(await pagesOf(page, row(width - 9.5))).toBe(2);
  });
});

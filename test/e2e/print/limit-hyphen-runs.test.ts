import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { loadDeck } from '../../../src/content/load-deck.js';
import { assetDirs } from '../../../src/render/assets.js';
import { createGuideRenderer } from '../../../src/render/render-guide.js';
import { guideTextBlock } from '../../../src/render/guide-page-sizes.js';
import { BrowserSession } from '../../../src/print/browser-session.js';
import { printHtml } from '../../../src/print/print-pdf.js';
import { limitHyphenRuns } from '../../../src/print/limit-hyphen-runs.js';
import { settleFonts } from '../../../src/print/settle-fonts.js';
import { generateDeck } from '../../../bench/generate-deck.mjs';
import { tempDir } from '../../helpers.js';

/**
 * Words kept whole to end a run of hyphenated lines are found by laying the text out in the print
 * media. A face only the print media asks for starts loading then: measured before it arrived, the
 * lines fell in a fallback face, and the load that prints could keep other words whole than the
 * load that measured the pages (a part of a large guide then broke where its plan did not expect).
 */

let session: BrowserSession;
let html = '';
beforeAll(async () => {
  session = new BrowserSession({ browserWSEndpoint: inject('wsEndpoint') });
  const file = path.join(await tempDir(), 'generated.md');
  await writeFile(file, generateDeck(60));
  const guide = createGuideRenderer(assetDirs())(await loadDeck(file), { paper: 'a4' });
  // Answers set in a face the screen never uses: it loads only once the print media lays them out.
  html = guide.replace('</head>', '<style>@media print { .answer p, .answer li { font-weight: 700; font-style: italic; } }</style></head>');
});
afterAll(() => session.dispose());

/** The page's paragraphs after limiting hyphen runs, with `before` run first in the same load. */
async function limited(before: (page: Page) => Promise<void>): Promise<{ kept: number; text: string }> {
  let kept = 0;
  let text = '';
  await session.withPage((page) =>
    printHtml(page, html, {
      beforePrint: async (p) => {
        await before(p);
        kept = await limitHyphenRuns(p, guideTextBlock('a4'));
        text = await p.evaluate(() => Array.from(document.querySelectorAll('.answer p, .answer li'), (el) => el.textContent).join('\n'));
        return new Uint8Array(0);
      },
    }),
  );
  return { kept, text };
}

describe('limiting hyphen runs', () => {
  it('keeps the same words whole whether or not the print faces had loaded before', async () => {
    const fresh = await limited(async () => {});
    const loaded = await limited(async (p) => {
      await p.emulateMediaType('print');
      await settleFonts(p);
      await p.emulateMediaType();
    });
    expect(loaded.kept, 'some runs were too long').toBeGreaterThan(0);
    expect(fresh.kept).toBe(loaded.kept);
    expect(fresh.text === loaded.text, 'the same words kept whole').toBe(true);
  });
});

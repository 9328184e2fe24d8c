import { describe, expect, it } from 'vitest';
import { defaultOptions } from '../../src/model/option-schema.js';
import { finishPages, PREVIEW_PAGES, PreviewRenderer, withPages } from '../../src/watch/preview-render.js';
import { tempDir } from '../helpers.js';
import { parseInPlace } from '../parse-in-place.js';

// A save renders the pages a browser has open first, and patches them before the deck's other
// pages are rendered: cards.html or cheatsheet.html open alone does not wait for the guide.
const DECK = 'test/fixtures/watch/networking.md';

describe('a preview with its open pages first', () => {
  // About the order pages are rendered in, not the parser's thread: the deck parses in this process.
  parseInPlace();
  it('renders only the open page before returning, and the others, when read, as a full render has them', async () => {
    const renderer = new PreviewRenderer({ ...defaultOptions(), paths: [DECK], outDir: await tempDir() });
    try {
      const full = await renderer.render(DECK);
      const cardsFirst = await renderer.render(DECK, {}, new Set(['cards.html']));
      const pages = cardsFirst.pages!;
      // Rendered now: a plain value. Left for later: read through a getter that renders it.
      expect(Object.getOwnPropertyDescriptor(pages, 'cards.html')?.value).toBe(full.pages?.['cards.html']);
      expect(Object.getOwnPropertyDescriptor(pages, 'guide.html')?.get).toBeTypeOf('function');
      expect(Object.getOwnPropertyDescriptor(pages, 'cheatsheet.html')?.get).toBeTypeOf('function');
      expect(finishPages(cardsFirst)).toBeUndefined();
      for (const name of PREVIEW_PAGES) {
        expect(Object.getOwnPropertyDescriptor(pages, name)?.value, name).toBe(full.pages?.[name]);
      }
      // Spread (as the watch does when the printed pages come in), every page is there.
      expect({ ...cardsFirst.pages }).toEqual(full.pages);
    } finally {
      await renderer.close();
    }
  });

  it("takes the build's printed pages without rendering the pages left for later", async () => {
    const renderer = new PreviewRenderer({ ...defaultOptions(), paths: [DECK], outDir: await tempDir() });
    try {
      const full = await renderer.render(DECK);
      const preview = await renderer.render(DECK, {}, new Set(['cards.html']));
      const pages = withPages(preview.pages, { 'cheatsheet.html': 'printed' })!;
      expect(Object.getOwnPropertyDescriptor(pages, 'guide.html')?.get).toBeTypeOf('function');
      expect(Object.getOwnPropertyDescriptor(preview.pages, 'guide.html')?.get).toBeTypeOf('function');
      expect(pages['cheatsheet.html']).toBe('printed');
      expect(pages['cards.html']).toBe(full.pages?.['cards.html']);
      // Read from the copy, the page renders as a full render has it.
      expect(pages['guide.html']).toBe(full.pages?.['guide.html']);
    } finally {
      await renderer.close();
    }
  });
});

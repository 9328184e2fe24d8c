import { afterEach, describe, expect, it } from 'vitest';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { get, type ClientRequest } from 'node:http';
import path from 'node:path';
import { defaultOptions } from '../../src/model/option-schema.js';
import type { DeckPreview } from '../../src/watch/preview-render.js';
import { watch, type WatchEvent, type WatchHandle } from '../../src/watch/watch.js';
import { tempDir } from '../helpers.js';

let running: WatchHandle | undefined;
let stream: ClientRequest | undefined;
afterEach(async () => {
  stream?.destroy();
  await running?.close();
  running = stream = undefined;
});

// With cards.html open, every save also rendered the guide and the cheat sheet 250 ms after its
// patch: 35 ms of the main thread a save that no page showed, on the cores the browser applies
// the patch with. They are rendered once edits pause, as the PDFs are printed.
describe("a save's pages no browser has open", () => {
  it('are not rendered while saves follow one another, only once edits pause', async () => {
    const dir = await tempDir('studyguide-watch-pause-');
    const deck = path.join(dir, 'networking.md');
    await copyFile('test/fixtures/watch/networking.md', deck);
    const text = await readFile(deck, 'utf8');
    const previews: DeckPreview[] = [];
    let wake = () => {};
    const nextPreview = async (count: number): Promise<DeckPreview> => {
      while (previews.length < count) await new Promise<void>((resolve) => (wake = resolve));
      return previews[count - 1];
    };
    const build = { ...defaultOptions(), paths: [deck], outDir: path.join(dir, 'out') };
    // A pause far longer than the test, so edits never pause within it.
    running = await watch({ build, port: 0, pdf: false, pdfDelayMs: 600_000 }, (e: WatchEvent) => {
      if (e.type !== 'preview') return;
      previews.push(e.preview);
      wake();
    });
    // cards.html open in a browser: its event stream says so.
    const base = running.url;
    await new Promise<void>((resolve, reject) => {
      stream = get(`${base}__studyguide/events?page=networking/cards.html`, (res) => res.once('data', () => resolve())).on('error', reject);
    });

    await writeFile(deck, text.replace('What is DNS?', 'What is DNS, first?'));
    const first = await nextPreview(1);
    expect(first.pages?.['cards.html']).toContain('What is DNS, first?');
    // Longer than the 250 ms after which the other pages were rendered (a timer set before this one fires first).
    await new Promise((resolve) => setTimeout(resolve, 400));
    await writeFile(deck, text.replace('What is DNS?', 'What is DNS, second?'));
    const second = await nextPreview(2);
    expect(second.pages?.['cards.html']).toContain('What is DNS, second?');
    for (const preview of [first, second])
      for (const page of ['guide.html', 'cheatsheet.html'])
        // Still left for later: read through the getter that would render it.
        expect(Object.getOwnPropertyDescriptor(preview.pages, page)?.get, page).toBeTypeOf('function');
    // Asked for, the guide renders then, with the last save.
    expect(second.pages?.['guide.html']).toContain('What is DNS, second?');
  });
});

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

// With cards.html open, every save also rendered the guide and the cheat sheet, first 250 ms after
// its patch, then once edits paused: some 10 ms of the main thread a pause for pages nobody read
// (the background build prints its own). They are rendered when a browser opens them.
describe("a save's pages no browser has open", () => {
  it('are not rendered on saves nor when edits pause, only when a browser opens one', async () => {
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
    // A short pause, which the test waits out: edits pause within it.
    running = await watch({ build, port: 0, pdf: false, pdfDelayMs: 100 }, (e: WatchEvent) => {
      if (e.type !== 'preview') return;
      previews.push(e.preview);
      wake();
    });
    // cards.html open in a browser: its event stream says so.
    const base = running.url;
    await new Promise<void>((resolve, reject) => {
      stream = get(`${base}__studyguide/events?page=networking/cards.html`, { agent: false }, (res) => res.once('data', () => resolve())).on('error', reject);
    });

    await writeFile(deck, text.replace('What is DNS?', 'What is DNS, first?'));
    const first = await nextPreview(1);
    expect(first.pages?.['cards.html']).toContain('What is DNS, first?');
    await new Promise((resolve) => setTimeout(resolve, 400));
    await writeFile(deck, text.replace('What is DNS?', 'What is DNS, second?'));
    const second = await nextPreview(2);
    expect(second.pages?.['cards.html']).toContain('What is DNS, second?');
    // Past the pause after the last save (100 ms), at which they were rendered before.
    await new Promise((resolve) => setTimeout(resolve, 600));
    for (const preview of [first, second])
      for (const page of ['guide.html', 'cheatsheet.html'])
        // Still left for later: read through the getter that would render it.
        expect(Object.getOwnPropertyDescriptor(preview.pages, page)?.get, page).toBeTypeOf('function');
    // Opened in a browser, the guide renders then, with the last save.
    const guide = await new Promise<string>((resolve, reject) => {
      get(`${base}networking/guide.html`, { agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve(body));
      }).on('error', reject);
    });
    expect(guide).toContain('What is DNS, second?');
    expect(Object.getOwnPropertyDescriptor(second.pages, 'guide.html')?.value).toContain('What is DNS, second?');
    expect(Object.getOwnPropertyDescriptor(second.pages, 'cheatsheet.html')?.get).toBeTypeOf('function');
  });
});

import { afterEach, describe, expect, inject, it } from 'vitest';
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import type { ClientRequest } from 'node:http';
import path from 'node:path';
import { defaultOptions } from '../../../src/model/option-schema.js';
import { watch, type WatchEvent, type WatchHandle } from '../../../src/watch/watch.js';
import { eventStream } from '../../event-stream.js';
import { tempDir } from '../../helpers.js';

// A save that lands while the background build prints is patched into the open cards page; the
// build then ends with an older deck than the page shows. Its `built` event told that page to
// reload (a whole page, the next save waiting on it) though the page was the newest already.
const SLUG = 'networking';

let running: WatchHandle | undefined;
let stream: ClientRequest | undefined;
afterEach(async () => {
  stream?.destroy();
  await running?.close();
  running = stream = undefined;
});

describe('a save while the PDFs print', () => {
  it('is patched into the open cards page, and the end of that print leaves the page as it is', async () => {
    const dir = await tempDir('studyguide-watch-printing-');
    const deck = path.join(dir, `${SLUG}.md`);
    await copyFile('test/fixtures/watch/networking.md', deck);
    const text = await readFile(deck, 'utf8');
    let printing = () => {};
    running = await watch(
      {
        build: { ...defaultOptions(), paths: [deck], outDir: path.join(dir, 'out'), outputs: ['guide', 'cards'] },
        port: 0,
        pdfDelayMs: 100,
        browserWSEndpoint: inject('wsEndpoint'),
      },
      (e: WatchEvent) => {
        if (e.type === 'pdf-start') printing();
      },
    );
    await running.idle();
    const events: { type: string; data: { keep?: string[]; decks?: string[] | '*'; page?: string } }[] = [];
    await new Promise<void>((resolve, reject) => {
      stream = eventStream(`${running!.url}__studyguide/events?page=${SLUG}/cards.html`, (type, data) => {
        if (type === 'hello') resolve();
        else events.push({ type, data: JSON.parse(data || '{}') });
      }).on('error', reject);
    });

    // The first save starts a print after its pause; the second lands while it runs.
    const started = new Promise<void>((resolve) => (printing = resolve));
    await writeFile(deck, text.replace('What does a CDN do?', 'What does a CDN do, first?'));
    await started;
    await writeFile(deck, text.replace('What does a CDN do?', 'What does a CDN do, second?'));
    await running.idle();
    const second = events.findIndex((e) => e.type === 'patch' && JSON.stringify(e.data).includes('second?'));
    expect(second, 'the second save is patched in').toBeGreaterThanOrEqual(0);
    // Every event after it that names the deck leaves the open cards page alone.
    for (const e of events.slice(second)) {
      if (e.type !== 'reload' && e.type !== 'built') continue;
      const mine = e.data.decks === '*' || e.data.decks?.includes(SLUG);
      if (mine) expect(e.data.keep, `${e.type} after the save`).toContain(`${SLUG}/cards.html`);
    }
    expect(events.filter((e) => e.type === 'built').length).toBeGreaterThan(0);
  });
});

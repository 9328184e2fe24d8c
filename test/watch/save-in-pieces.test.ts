import { afterEach, describe, expect, it, vi } from 'vitest';
import { link, mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultOptions } from '../../src/model/option-schema.js';
import { PreviewRenderer } from '../../src/watch/preview-render.js';
import { watch, type WatchEvent, type WatchHandle } from '../../src/watch/watch.js';
import { tempDir } from '../helpers.js';
import { fetchText } from '../fetch-text.js';

// An editor that saves in place writes the deck in pieces (truncate, then chunks): the watcher
// can read it half written. Whatever events the rest of the write brings (coalesced with the
// first, or lost), the page must end showing the whole save, and no error is said for a half
// that does not parse. Both pieces are written here through a hard link in a folder nobody
// watches, and the watched folder hears one event (the deck's time set) once the half is there:
// the events of a save as they come coalesced, on a loaded machine, the last one gone.

/**
 * Set by a test: called after a read of a deck file, before the read is returned; it says whether
 * it acted (it is dropped then). It acts only on the read of the half, not on a read a late event
 * of the session's set-up brings first (a loaded machine delivered one, which took the hook).
 */
let afterRead: ((bytes: Buffer) => Promise<boolean>) | undefined;
vi.mock('../../src/content/read-input.js', async (original) => {
  const real = await original<typeof import('../../src/content/read-input.js')>();
  return {
    ...real,
    readInput: async (...args: Parameters<typeof real.readInput>) => {
      const bytes = await real.readInput(...args);
      if (args[1].what === 'deck' && afterRead && (await afterRead(bytes))) afterRead = undefined;
      return bytes;
    },
  };
});

let running: WatchHandle | undefined;
afterEach(async () => {
  afterRead = undefined;
  vi.restoreAllMocks();
  await running?.close();
  running = undefined;
});

const deckText = (title: string) =>
  `---\ntitle: ${title}\n---\n\n# ${title}\n\n## Easy\n\nLevel: easy\n\n### What is a VPC?\n\n> A private network inside the cloud.\n\n### What does a load balancer do?\n\n> It spreads requests across healthy backends.\n`;

/** Starts a watch of one deck; the rest of a save is written, through the unwatched link, during the next render or read. */
async function session(): Promise<{
  saveHalf: (text: string) => Promise<void>;
  events: WatchEvent[];
  finishDuringRender: (text: string) => void;
  finishDuringRead: (text: string, half: string) => void;
  renders: () => number;
  url: string;
}> {
  const dir = await tempDir('studyguide-watch-pieces-');
  const deck = path.join(dir, 'pieces.md');
  const elsewhere = path.join(await tempDir('studyguide-watch-pieces-link-'), 'pieces.md');
  await writeFile(deck, deckText('First save'));
  await link(deck, elsewhere);
  let rest: string | undefined;
  let renders = 0;
  const render = PreviewRenderer.prototype.render;
  vi.spyOn(PreviewRenderer.prototype, 'render').mockImplementation(async function (this: PreviewRenderer, ...args) {
    renders++;
    const preview = await render.apply(this, args);
    // The render read the half; the editor writes the rest meanwhile (a loaded machine).
    if (rest !== undefined) await writeFile(elsewhere, rest);
    rest = undefined;
    return preview;
  });
  const events: WatchEvent[] = [];
  const build = { ...defaultOptions(), paths: [deck], outDir: path.join(dir, 'out') };
  running = await watch({ build, port: 0, pdf: false }, (e) => events.push(e));
  const saveHalf = async (text: string) => {
    await writeFile(elsewhere, text);
    const now = new Date();
    await utimes(deck, now, now);
  };
  return {
    saveHalf,
    events,
    finishDuringRender: (text) => (rest = text),
    finishDuringRead: (text, half) =>
      (afterRead = async (bytes) => {
        if (bytes.toString('utf8') !== half) return false;
        await writeFile(elsewhere, text);
        return true;
      }),
    renders: () => renders,
    url: `${running.url}pieces/guide.html`,
  };
}

/** Waits until the watch has said `count` previews and gone idle. */
async function previewsSaid(events: WatchEvent[], count: number): Promise<void> {
  await vi.waitFor(() => expect(events.filter((e) => e.type === 'preview').length).toBeGreaterThanOrEqual(count), { timeout: 60_000, interval: 50 });
  await running!.idle();
}

describe('a save written in place, in pieces', () => {
  it('ends showing the whole save when the rest is written while the half renders', async () => {
    const { saveHalf, events, finishDuringRender, url } = await session();
    const whole = deckText('Second save');
    const half = whole.slice(0, whole.indexOf('### What does a load balancer do?'));
    finishDuringRender(whole);
    await saveHalf(half);
    await previewsSaid(events, 1);
    const page = await fetchText(url);
    expect(page).toContain('It spreads requests across healthy backends.');
    const said = events.flatMap((e) => (e.type === 'preview' ? [e.preview] : []));
    expect(said.at(-1)?.questions).toBe(2);
  }, 120_000);

  it('says no error for a half that does not parse when the rest follows', async () => {
    const { saveHalf, events, finishDuringRender, url } = await session();
    const whole = deckText('Third save');
    // Cut inside the front matter: the half alone is a broken deck.
    const half = whole.slice(0, whole.indexOf('---', 3));
    finishDuringRender(whole);
    await saveHalf(half);
    await previewsSaid(events, 1);
    const said = events.flatMap((e) => (e.type === 'preview' ? [e.preview] : []));
    expect(said.map((p) => p.error)).toEqual([undefined]);
    expect(await fetchText(url)).toContain('Third save');
  }, 120_000);

  it('reads a deck again when it changed while it was read, and renders the whole save once', async () => {
    const { saveHalf, events, finishDuringRead, renders, url } = await session();
    const whole = deckText('Fourth save');
    const half = whole.slice(0, whole.indexOf('### What does a load balancer do?'));
    const before = renders();
    finishDuringRead(whole, half);
    await saveHalf(half);
    await previewsSaid(events, 1);
    expect(await fetchText(url)).toContain('It spreads requests across healthy backends.');
    // Rendered from the second read; a half rendered first would make two.
    expect(renders() - before).toBe(1);
  }, 120_000);
});

describe('a stylesheet saved in place, in pieces', () => {
  it('ends showing the whole stylesheet when the rest is written while the decks render', async () => {
    const dir = await tempDir('studyguide-watch-style-pieces-');
    const deck = path.join(dir, 'pieces.md');
    const styles = path.join(dir, 'styles');
    await mkdir(styles);
    const sheet = path.join(styles, 'screen.css');
    const elsewhere = path.join(await tempDir('studyguide-watch-style-link-'), 'screen.css');
    await writeFile(deck, deckText('Styled'));
    await writeFile(sheet, '/* house style one */');
    await link(sheet, elsewhere);
    let rest: string | undefined;
    const render = PreviewRenderer.prototype.render;
    vi.spyOn(PreviewRenderer.prototype, 'render').mockImplementation(async function (this: PreviewRenderer, ...args) {
      const preview = await render.apply(this, args);
      // The render read the half; the editor writes the rest meanwhile, and its event is lost.
      if (rest !== undefined) await writeFile(elsewhere, rest);
      rest = undefined;
      return preview;
    });
    const events: WatchEvent[] = [];
    running = await watch({ build: { ...defaultOptions(), paths: [deck], outDir: path.join(dir, 'out'), styles }, port: 0, pdf: false }, (e) => events.push(e));
    const whole = '/* house style two */ .house-two-end { color: black; }';
    rest = whole;
    await writeFile(elsewhere, whole.slice(0, whole.indexOf('.house-two-end')));
    const now = new Date();
    await utimes(sheet, now, now);
    await previewsSaid(events, 1);
    const page = await fetchText(`${running.url}pieces/guide.html`);
    expect(page).toContain('.house-two-end');
    expect(events.flatMap((e) => (e.type === 'preview' ? [e.preview.error] : []))).toEqual([undefined]);
  }, 120_000);
});

describe('a save while the first previews render', () => {
  it('is shown, though it came before the watch began and brought no event', async () => {
    const dir = await tempDir('studyguide-watch-first-save-');
    const deck = path.join(dir, 'pieces.md');
    await writeFile(deck, deckText('Before the watch'));
    let saved = false;
    const render = PreviewRenderer.prototype.render;
    vi.spyOn(PreviewRenderer.prototype, 'render').mockImplementation(async function (this: PreviewRenderer, ...args) {
      const preview = await render.apply(this, args);
      if (!saved) await writeFile(deck, deckText('Saved during the first render'));
      saved = true;
      return preview;
    });
    const events: WatchEvent[] = [];
    running = await watch({ build: { ...defaultOptions(), paths: [deck], outDir: path.join(dir, 'out') }, port: 0, pdf: false }, (e) => events.push(e));
    await previewsSaid(events, 1);
    expect(await fetchText(`${running.url}pieces/guide.html`)).toContain('Saved during the first render');
  }, 120_000);
});

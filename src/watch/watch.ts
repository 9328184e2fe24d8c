import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BuildEvent, BuildOptions } from '../build.js';
import { findDeckFiles, slugFromFile } from '../content/load-deck.js';
import { newSeed } from '../content/shuffle-deck.js';
import { StudyguideError } from '../errors.js';
import { onInterrupt } from '../interrupt.js';
import { LiveReloadHub } from './live-reload.js';
import { PdfPrinter } from './pdf-printer.js';
import { PdfRebuilder } from './pdf-rebuilder.js';
import { PreviewRenderer, type DeckPreview } from './preview-render.js';
import { startPreviewServer, type PreviewSource } from './preview-server.js';
import { SerialQueue } from './serial-queue.js';
import { assetFolders, deckFolders, watchFolders } from './watch-folders.js';

/** Everything `studyguide watch` needs. */
export interface WatchOptions {
  build: BuildOptions;
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** false: HTML preview only, never start a browser. */
  pdf?: boolean;
  /** Pause after the last edit before PDFs are rebuilt. */
  pdfDelayMs?: number;
  /** A running browser to use (tests share one); otherwise one is started on the first PDF build and kept warm. */
  browserWSEndpoint?: string;
}

/** What the watcher tells its caller (the CLI prints these). */
export type WatchEvent =
  | { type: 'listening'; url: string; previews: DeckPreview[] }
  /** A deck was rendered again (or failed: `preview.error`) after `changed` was saved. */
  | { type: 'preview'; preview: DeckPreview; changed: string }
  | { type: 'removed'; file: string }
  | { type: 'pdf-start'; files: string[] }
  | { type: 'pdf-done'; built: string[]; failed: number; ms: number }
  | { type: 'build'; event: BuildEvent }
  /** Something outside the decks went wrong (no browser, a folder watch failed); watching goes on. */
  | { type: 'problem'; error: unknown };

/** A running watch: where it serves, and how to stop it. */
export interface WatchHandle {
  url: string;
  port: number;
  /** Resolves when nothing is rendering or printing (tests). */
  idle(): Promise<void>;
  /** Stops watching and serving and closes the browser. */
  close(): Promise<void>;
  /** Resolves once close() has finished (Ctrl-C calls it too). */
  closed: Promise<void>;
}

/** Preview state per deck file, with a version so a slow PDF build never serves an older guide. */
interface DeckState {
  preview: DeckPreview;
  version: number;
  /** Hash of the bytes last rendered: an editor's second event for the same save is skipped. */
  stamp?: string;
}

/**
 * Serves the decks' guides with live reload: a saved deck is parsed and rendered in memory (no
 * browser) and open pages reload; a saved template or style re-renders every deck. PDFs follow
 * in the background once edits pause, printed by one browser kept warm for the whole session.
 */
export async function watch(opts: WatchOptions, emit: (e: WatchEvent) => void = () => {}): Promise<WatchHandle> {
  // A shuffled preview must not reshuffle on every save: fix the seed for the session.
  const buildOpts: BuildOptions = opts.build.shuffle && opts.build.seed === undefined ? { ...opts.build, seed: newSeed() } : opts.build;
  const files = (await findDeckFiles(buildOpts.paths, buildOpts)).map((f) => path.resolve(f));
  const printer = new PdfPrinter(opts.browserWSEndpoint, buildOpts.browserPath);
  const renderer = new PreviewRenderer(buildOpts, opts.pdf !== false ? printer : undefined);
  const decks = new Map<string, DeckState>();
  const hub = new LiveReloadHub();
  const queue = new SerialQueue();
  let pdfOn = opts.pdf !== false;
  let closing = false;

  const rebuilder = new PdfRebuilder(printDecks, opts.pdfDelayMs ?? 1500);

  for (const file of files) decks.set(file, { stamp: await fileStamp(file), preview: await renderer.render(shown(file)), version: 1 });

  const source: PreviewSource = {
    previews: () => [...decks.values()].map((d) => d.preview),
    preview: (slug) => [...decks.values()].find((d) => d.preview.slug === slug)?.preview,
  };
  // The first previews may have started the printing thread (diagrams): it must not outlive a failed start.
  const server = await startPreviewServer({ outDir: buildOpts.outDir, port: opts.port, source, hub }).catch(async (error: unknown) => {
    await printer.close();
    throw error;
  });

  /** Re-renders one deck; reports and reloads its pages. */
  async function refresh(file: string): Promise<void> {
    const old = decks.get(file);
    // Some editors save by moving the old file away first: a deck gone for a moment is not deleted.
    if (!existsSync(file)) await sleep(120);
    if (!existsSync(file)) {
      if (queue.isDirty(file)) return;
      if (old) {
        decks.delete(file);
        emit({ type: 'removed', file: shown(file) });
        hub.send({ type: 'reload', decks: '*' });
      }
      return;
    }
    const stamp = await fileStamp(file);
    if (old && stamp && old.stamp === stamp) return;
    let preview = await renderer.render(shown(file));
    if (preview.error) {
      // Editors often truncate a file before writing it: let the write land before blaming the deck.
      await sleep(120);
      if (queue.isDirty(file)) return;
      // A broken deck keeps serving its last good guide, under the error banner.
      preview = { ...preview, title: old?.preview.title, questions: old?.preview.questions, guideHtml: old?.preview.guideHtml };
    }
    decks.set(file, { preview, version: (old?.version ?? 0) + 1, stamp });
    hub.send({ type: 'reload', decks: old ? [preview.slug] : '*' });
    emit({ type: 'preview', preview, changed: shown(file) });
    if (!preview.error && pdfOn) rebuilder.schedule([file]);
  }

  /** After a template or style changes: every deck again. */
  async function refreshAll(changed: string): Promise<void> {
    renderer.reloadAssets();
    for (const [file, old] of decks) {
      const fresh = await renderer.render(shown(file));
      const preview = fresh.error ? { ...fresh, title: old.preview.title, questions: old.preview.questions, guideHtml: old.preview.guideHtml } : fresh;
      decks.set(file, { ...old, preview, version: old.version + 1 });
      emit({ type: 'preview', preview, changed: shown(changed) });
    }
    hub.send({ type: 'reload', decks: '*' });
    if (pdfOn) rebuilder.schedule([...decks.entries()].filter(([, d]) => !d.preview.error).map(([f]) => f));
  }

  /**
   * The background build, with the warm browser. It gets every deck, not only the changed ones:
   * the build's cache skips unchanged decks, and out/index.html must keep listing all of them.
   */
  async function printDecks(changed: string[]): Promise<void> {
    const present = [...decks.keys()];
    if (present.length === 0 || closing) return;
    const versions = new Map(present.map((f) => [f, decks.get(f)!.version]));
    const broken = new Set(present.filter((f) => decks.get(f)!.preview.error).map(shown));
    const started = performance.now();
    emit({ type: 'pdf-start', files: changed.map(shown) });
    // A deck the preview already reported as broken is not reported again by the build.
    const report = (event: BuildEvent) => {
      // Ctrl-C closes the browser under a running print: that failure is ours, not the deck's.
      if (closing) return;
      if (!(event.type === 'deck-failed' && broken.has(event.file))) emit({ type: 'build', event });
    };
    try {
      const result = await printer.build({ ...buildOpts, paths: present.map(shown) }, report);
      if (closing) return;
      // The printed guide.html has real page numbers in its contents: serve it while it is current.
      for (const file of present) {
        const state = decks.get(file);
        if (!state || state.version !== versions.get(file) || !result.built.includes(state.preview.slug)) continue;
        const printed = await readFile(path.join(buildOpts.outDir, state.preview.slug, 'guide.html'), 'utf8').catch(() => undefined);
        if (printed && decks.get(file)?.version === state.version) state.preview = { ...state.preview, guideHtml: printed };
      }
      hub.send({ type: 'built', decks: result.built });
      emit({ type: 'pdf-done', built: result.built, failed: result.failed.length - broken.size, ms: performance.now() - started });
    } catch (error) {
      if (closing) return;
      emit({ type: 'problem', error });
      // Without a usable browser there is no point retrying on every save; the preview goes on.
      if (error instanceof StudyguideError && error.kind === 'environment') {
        pdfOn = false;
        hub.send({ type: 'status', text: 'PDFs are off: no usable browser (see the terminal)' });
      }
    }
  }

  const problem = (error: unknown) => emit({ type: 'problem', error });
  const deckWatch = watchFolders(deckFolders(buildOpts.paths, files), (file) => queue.run(file, () => refresh(file).catch(problem)), problem);
  const assetWatch = watchFolders(assetFolders(buildOpts), (file) => queue.run('assets', () => refreshAll(file).catch(problem)), problem);
  if (pdfOn) rebuilder.schedule(files.filter((f) => !decks.get(f)!.preview.error));

  let closePromise: Promise<void> | undefined;
  let markClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => (markClosed = resolve));
  const unregister = onInterrupt(() => handle.close());
  const handle: WatchHandle = {
    url: server.url,
    port: server.port,
    idle: async () => {
      await queue.idle();
      await rebuilder.idle();
    },
    close: () =>
      (closePromise ??= (async () => {
        closing = true;
        unregister();
        deckWatch.close();
        assetWatch.close();
        rebuilder.stop();
        await server.close();
        // Closes the browser (a shared one is only let go), which also ends a print in progress.
        await printer.close();
        await rebuilder.stopped();
        await queue.idle();
        markClosed();
      })()),
    closed,
  };
  emit({ type: 'listening', url: server.url, previews: source.previews() });
  return handle;
}

/** A path for messages: relative to the current folder when inside it, else absolute. */
function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** Identifies one saved content of a file (its size and time could change mid-write, its bytes cannot lie). */
const fileStamp = (file: string) => readFile(file).then((bytes) => createHash('sha1').update(bytes).digest('hex'), () => undefined);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

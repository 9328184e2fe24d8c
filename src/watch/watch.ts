import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { deckLimits, readInput } from '../content/read-input.js';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BuildEvent, BuildOptions } from '../model/build-options.js';
import { findDeckFiles, slugFromFile } from '../content/load-deck.js';
import { peekDeckText } from '../content/read-deck.js';
import { lastPrintFacts } from '../cache/cache.js';
import type { PrintFacts } from '../model/print-facts.js';
import { newSeed } from '../content/shuffle-deck.js';
import { StudyguideError } from '../errors.js';
import { onInterrupt } from '../interrupt.js';
import { LiveReloadHub } from './live-reload.js';
import { PdfPrinter } from './pdf-printer.js';
import { PdfRebuilder } from './pdf-rebuilder.js';
import { sendPatches } from './page-updates.js';
import { PREVIEW_PAGES, PreviewRenderer, withPages, type DeckPreview, type PreviewPageName } from './preview-render.js';
import { startPreviewServer, type PreviewSource } from './preview-server.js';
import { SerialQueue } from './serial-queue.js';
import { assetFolders, deckFolders, watchFolders, type FolderWatch } from './watch-folders.js';
import { shownPath as shown } from '../shown-path.js';
import { folderGroups, type FolderGroup } from '../content/folder-deck.js';
import { isFolderFile } from '../content/index-file.js';
import { answersSibling, questionsSibling } from '../content/answers-sibling.js';
import { linkedMarkdownFiles } from '../content/local-links.js';

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
  /**
   * The config file in use, and how to read the options again (the command's flags still win).
   * Saving it renders every deck with its options; a broken one is said, and the last good options stay.
   */
  config?: { file: string; reload: () => Promise<BuildOptions> };
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

/** Preview state per deck file (or folder of one-question files), with a version so a slow PDF build never serves an older guide. */
interface DeckState {
  preview: DeckPreview;
  version: number;
  /** Hash of the bytes last rendered: an editor's second event for the same save is skipped. */
  stamp?: string;
  /** What the deck's last print settled (page numbers, fitted sizes): its previews show them too. */
  facts?: PrintFacts;
}

/** Whether PDFs follow the previews: off from the start (`--no-pdf`) or once no browser works. */
type PdfState = 'on' | 'off';
/** A session runs until close(); from then on nothing reports or prints. */
type Lifecycle = 'running' | 'closing';

/**
 * Serves the decks' guides with live reload: a saved deck is parsed and rendered in memory (no
 * browser) and open pages reload; a saved template or style re-renders every deck. PDFs follow
 * in the background once edits pause, printed by one browser kept warm for the whole session.
 */
export async function watch(opts: WatchOptions, emit: (e: WatchEvent) => void = () => {}): Promise<WatchHandle> {
  // A shuffled preview must not reshuffle on every save: fix the seed for the session.
  const buildOpts = fixedSeed(opts.build);
  const files = (await findDeckFiles(buildOpts.paths, buildOpts)).map((f) => path.resolve(f));
  // A folder of one-question files is one deck (content/folder-deck.ts), previewed as the build prints it.
  const groups = await folderGroups(
    buildOpts.paths.map((p) => path.resolve(p)),
    files,
    peekDeckText,
  );
  const session = new WatchSession(buildOpts, opts, emit);
  await session.start(files, groups);
  return session.handle();
}

/** One `studyguide watch`: the deck previews, the server, the folder watches and the background PDFs. */
class WatchSession {
  /** Keyed by the deck's file, or by its folder for a folder of one-question files. */
  private readonly decks = new Map<string, DeckState>();
  /** The folders of one-question files, by folder (absolute paths). */
  private readonly groups = new Map<string, FolderGroup>();
  /**
   * A file read with a deck file → that deck (absolute paths): a questions file's answers file
   * (content/answers-sibling.ts), an answer file a row links (content/layouts/linked-answer-files.ts).
   */
  private readonly answers = new Map<string, string>();
  /** Those files, as the deck folders' watch was last made for them. */
  private watchedWith = new Set<string>();
  private deckWatch?: FolderWatch;
  private files: string[] = [];
  private readonly hub = new LiveReloadHub();
  private readonly queue = new SerialQueue();
  private readonly printer: PdfPrinter;
  private readonly renderer: PreviewRenderer;
  private readonly rebuilder: PdfRebuilder;
  private pdf: PdfState;
  private lifecycle: Lifecycle = 'running';
  private server?: Awaited<ReturnType<typeof startPreviewServer>>;
  private watches: { close(): void }[] = [];
  private closing?: Promise<void>;
  /** The config file's content as last read (a second event for one save reads it once). */
  private configStamp?: string;

  constructor(
    private buildOpts: BuildOptions,
    private readonly opts: WatchOptions,
    private readonly emit: (e: WatchEvent) => void,
  ) {
    this.pdf = opts.pdf !== false ? 'on' : 'off';
    this.printer = new PdfPrinter(opts.browserWSEndpoint, buildOpts.browserPath);
    this.renderer = new PreviewRenderer(buildOpts, this.pdf === 'on' ? this.printer : undefined);
    this.rebuilder = new PdfRebuilder((changed) => this.printDecks(changed), opts.pdfDelayMs ?? EDIT_PAUSE_MS);
  }

  /** The first previews, the server, the folder watches and the first background print. */
  async start(files: string[], groups: FolderGroup[]): Promise<void> {
    for (const g of groups) this.groups.set(g.folder, g);
    const keys = [...new Set(files.map((f) => this.groupOf(f)?.folder ?? f))];
    for (const key of keys) {
      // An earlier build's facts, when out/ has them: the first preview looks as that print did.
      const facts = await lastPrintFacts(this.buildOpts.outDir, slugFromFile(key));
      this.decks.set(key, { stamp: await this.stampOf(key), preview: await this.renderOf(key, facts), version: 1, facts });
    }
    const source: PreviewSource = {
      previews: () => this.previews(),
      preview: (slug) => [...this.decks.values()].find((d) => d.preview.slug === slug)?.preview,
      failed: (preview, error) => this.pageFailed(preview, error),
    };
    // The first previews may have started the printing thread (diagrams): it must not outlive a failed start.
    this.server = await startPreviewServer({ outDir: this.buildOpts.outDir, port: this.opts.port, source, hub: this.hub }).catch(async (error: unknown) => {
      await this.printer.close();
      throw error;
    });
    for (const key of keys) this.readWith(key);
    this.files = files;
    this.watchDecks();
    this.watches = [this.watchAssets(), ...this.watchConfig()];
    // A save that landed while the first previews rendered, before the watches began, brought
    // no event: each deck is read once more now, and rendered again only if it changed.
    for (const key of keys) {
      if ((await this.stampOf(key)) !== this.decks.get(key)?.stamp) this.queue.run(key, () => this.update(key, key));
    }
    if (this.pdf === 'on') this.rebuilder.schedule(keys.filter((k) => !this.decks.get(k)!.preview.error));
  }

  /** The template and style folders in use: saving one renders every deck again. */
  private watchAssets(): FolderWatch {
    const problem = (error: unknown) => this.emit({ type: 'problem', error });
    return watchFolders(assetFolders(this.buildOpts), (file) => this.queue.run('assets', () => this.refreshAll(file).catch(problem)), problem);
  }

  /** The config file in use, watched through its folder (editors save by renaming over it). */
  private watchConfig(): FolderWatch[] {
    const config = this.opts.config;
    if (!config) return [];
    const file = path.resolve(config.file);
    // Read now, before the watch starts: read later, a save landing first would be taken for the
    // content the session started with, and that save (a broken config) never said.
    this.configStamp ??= configStampNow(file);
    const problem = (error: unknown) => this.emit({ type: 'problem', error });
    const named = (name: string) => name === path.basename(file);
    return [watchFolders(new Map([[path.dirname(file), named]]), () => this.queue.run(file, () => this.reloadConfig(file, config.reload)), problem)];
  }

  /**
   * The config file saved: every deck again with its options. A broken one is said in one line
   * (as the command would say it) and changes nothing: the previews and out/ keep the last good
   * options' pages, and the next save that mends it is taken. The decks and the output folder
   * stay the session's (the server serves that folder).
   */
  private async reloadConfig(file: string, reload: () => Promise<BuildOptions>): Promise<void> {
    const stamp = await configStamp(file);
    if (stamp === this.configStamp || this.isClosing()) return;
    let fresh: BuildOptions;
    try {
      fresh = await reload();
    } catch (error) {
      // Editors often truncate a file before writing it: let the write land before blaming it.
      await sleep(120);
      if (this.queue.isDirty(file) || this.isClosing()) return;
      this.configStamp = stamp;
      this.emit({ type: 'problem', error });
      return;
    }
    this.configStamp = stamp;
    const assets = JSON.stringify([...assetFolders(this.buildOpts).keys()]);
    this.buildOpts = fixedSeed({ ...fresh, paths: this.buildOpts.paths, outDir: this.buildOpts.outDir }, this.buildOpts.seed);
    this.renderer.useOptions(this.buildOpts);
    if (JSON.stringify([...assetFolders(this.buildOpts).keys()]) !== assets) {
      this.watches[0].close();
      this.watches[0] = this.watchAssets();
    }
    await this.refreshAll(file);
  }

  /** The folder of one-question files a deck file belongs to (or, new in that folder, joins). */
  private groupOf(file: string): FolderGroup | undefined {
    return this.groups.get(path.dirname(file));
  }

  /** Renders a deck file, or a folder's files as its one deck. */
  private renderOf(key: string, facts?: PrintFacts, first?: ReadonlySet<PreviewPageName>, bytes?: Buffer): Promise<DeckPreview> {
    const group = this.groups.get(key);
    return group ? this.renderer.renderFolder(shownGroup(group), facts, first) : this.renderer.render(shown(key), facts, first, bytes);
  }

  /** The deck's preview pages open in some browser; undefined when none is (nobody waits, so all render at once). */
  private openPages(slug: string): ReadonlySet<PreviewPageName> | undefined {
    const open = PREVIEW_PAGES.filter((page) => this.hub.shows(`${slug}/${page}`));
    return open.length ? new Set(open) : undefined;
  }

  /** The deck's preview pages open in some browser, as `slug/page.html`. */
  private openPagesOf(slug: string): string[] {
    return PREVIEW_PAGES.map((page) => `${slug}/${page}`).filter((page) => this.hub.shows(page));
  }

  /**
   * The deck folders watched, with the folders of the files read with the decks. Made again when a
   * deck links a file not watched yet (a row added since), so saving that file is seen too.
   */
  private watchDecks(): void {
    const withDecks = new Set(this.answers.keys());
    if (this.deckWatch && [...withDecks].every((f) => this.watchedWith.has(f))) return;
    this.deckWatch?.close();
    this.watchedWith = withDecks;
    const problem = (error: unknown) => this.emit({ type: 'problem', error });
    this.deckWatch = watchFolders(
      deckFolders(this.buildOpts.paths, this.files, [...withDecks]),
      (file) => this.queue.run(file, () => this.refresh(file).catch(problem)),
      problem,
    );
  }

  /** The files read with a deck file now (its answers file, the answer files it links), noted so that saving or deleting one renders that deck again. */
  private readWith(key: string, bytes?: Buffer): string[] {
    if (this.groups.has(key)) return [];
    const sibling = answersSibling(key);
    const files = [...(sibling ? [path.resolve(sibling)] : []), ...linkedMarkdownFiles(key, bytes)];
    for (const file of files) this.answers.set(file, key);
    return files;
  }

  /** The deck a saved file is the answers file of: one it was read with, or (a new answers file) one it now belongs to. */
  private questionsOf(file: string): string | undefined {
    if (this.decks.has(file)) return undefined;
    const known = this.answers.get(file);
    if (known) return known;
    const questions = /answers?/i.test(file) ? questionsSibling(file) : undefined;
    return questions && this.decks.has(path.resolve(questions)) ? path.resolve(questions) : undefined;
  }

  /** The saved content of a deck: its file's (with its answers file's), or every file's of a folder deck. */
  private async stampOf(key: string): Promise<string | undefined> {
    return (await this.readDeck(key)).stamp;
  }

  /**
   * The saved content of a deck (stampOf), and a deck file's bytes as read for it: the save's
   * render and the files it links are read from those, not from the file twice more.
   */
  private async readDeck(key: string): Promise<{ stamp?: string; bytes?: Buffer }> {
    const group = this.groups.get(key);
    if (!group) {
      const bytes = await deckBytes(key);
      if (!bytes) return {};
      const withIt = await Promise.all(this.readWith(key, bytes).map(async (f) => (await fileStamp(f)) ?? 'unreadable'));
      return { stamp: [hashOf(bytes), ...withIt].join(' '), bytes };
    }
    const stamps = await Promise.all([...group.files, ...group.indexes].map(fileStamp));
    return { stamp: stamps.join(' ') };
  }

  /** A file of a folder deck saved, added or deleted: the folder's deck again, with its files as they are now. */
  private async refreshFolder(group: FolderGroup, file: string): Promise<void> {
    if (!existsSync(file)) await sleep(120);
    const list = isFolderFile(file) ? group.indexes : group.files;
    const present = existsSync(file);
    if (present && !list.includes(file)) list.push(file);
    else if (!present && list.includes(file)) list.splice(list.indexOf(file), 1);
    // In file-name order, as the build finds them (content/deck-files.ts).
    list.sort();
    await this.update(group.folder, file);
  }

  /** What the caller holds: the address, idle() for tests, and close() (Ctrl-C calls it too). */
  handle(): WatchHandle {
    const server = this.server!;
    let markClosed: () => void = () => {};
    const closed = new Promise<void>((resolve) => (markClosed = resolve));
    const unregister = onInterrupt(() => handle.close());
    const handle: WatchHandle = {
      url: server.url,
      port: server.port,
      idle: async () => {
        await this.queue.idle();
        await this.rebuilder.idle();
      },
      close: () => (this.closing ??= this.close(unregister).then(markClosed)),
      closed,
    };
    this.emit({ type: 'listening', url: server.url, previews: this.previews() });
    return handle;
  }

  /** A method, not a field read, so the check is made anew after every await. */
  private isClosing(): boolean {
    return this.lifecycle === 'closing';
  }

  private previews(): DeckPreview[] {
    return [...this.decks.values()].map((d) => d.preview);
  }

  /** Re-renders one deck; reports and reloads its pages. */
  private async refresh(file: string): Promise<void> {
    // An answers file is no deck of its own: its questions file's deck is rendered again with it.
    const questions = this.questionsOf(file);
    if (questions) return this.update(questions, file);
    const group = this.groupOf(file);
    if (group) return this.refreshFolder(group, file);
    const old = this.decks.get(file);
    // Some editors save by moving the old file away first: a deck gone for a moment is not deleted.
    if (!existsSync(file)) await sleep(120);
    if (!existsSync(file)) {
      if (this.queue.isDirty(file)) return;
      if (old) {
        this.decks.delete(file);
        this.emit({ type: 'removed', file: shown(file) });
        this.hub.send({ type: 'reload', decks: '*' });
      }
      return;
    }
    await this.update(file, file);
  }

  /** Renders a deck again after `changed` was saved, unless its content is as last rendered; reports it and updates open pages. */
  private async update(key: string, changed: string): Promise<void> {
    const old = this.decks.get(key);
    const { stamp, bytes } = await this.readDeck(key);
    // A row may link an answer file not watched yet.
    if (!this.isClosing()) this.watchDecks();
    if (old && stamp && old.stamp === stamp) return;
    const settled = await this.renderSettled(key, old, { stamp, bytes });
    let preview = settled.preview;
    if (preview.error) {
      if (this.queue.isDirty(changed)) return;
      // A broken deck keeps serving its last good guide, under the error banner.
      preview = keepLastGood(preview, old);
    }
    this.decks.set(key, { preview, version: (old?.version ?? 0) + 1, stamp: settled.stamp, facts: old?.facts });
    // Open pages of the deck change in place where they can; the rest reload.
    const keep = old ? sendPatches(this.hub, preview.slug, old.preview.pages, preview.pages, preview.error) : [];
    this.hub.send({ type: 'reload', decks: old ? [preview.slug] : '*', keep });
    // The deck's pages nobody has open are rendered when a browser opens one (the server reads
    // it), not on saves nor at pauses: the background build prints its own, which then replace them.
    this.emit({ type: 'preview', preview, changed: shown(changed) });
    if (!preview.error && this.pdf === 'on') this.rebuilder.schedule([key]);
  }

  /**
   * Renders the deck as `read`, then reads it again: an editor that writes a save in place, in
   * pieces (truncate, then chunks), may have written more while it rendered, and the events of
   * those writes can come coalesced, or not at all, so they are not waited for. Changed since
   * it was read, the deck is rendered again from the newer content; a half-written deck is not
   * shown, nor blamed when it parses badly and its save ends soon after. Returns the render and
   * the stamp of the content it shows (after SETTLE_ROUNDS, the last one: its next event renders
   * the rest).
   */
  private async renderSettled(
    key: string,
    old: DeckState | undefined,
    read: { stamp?: string; bytes?: Buffer },
  ): Promise<{ preview: DeckPreview; stamp?: string }> {
    for (let round = 1; ; round++) {
      // The pages open in a browser first: their patches go out before the deck's other pages are rendered.
      const preview = await this.renderOf(key, old?.facts, old && this.openPages(old.preview.slug), read.bytes);
      // Editors often truncate a file before writing it: let the write land before blaming the deck.
      if (preview.error) await sleep(120);
      const now = await this.readDeck(key);
      if (now.stamp === read.stamp || round === SETTLE_ROUNDS || this.isClosing()) return { preview, stamp: read.stamp };
      read = now;
    }
  }

  /**
   * A page of the deck rendered when a browser opened it failed (a broken template only it uses):
   * the deck shows the error, as when its first pages fail, and the terminal says it.
   */
  private pageFailed(preview: DeckPreview, error: string): void {
    const state = [...this.decks.values()].find((d) => d.preview === preview);
    if (!state || preview.error || this.isClosing()) return;
    state.preview = { ...preview, error };
    this.emit({ type: 'preview', preview: state.preview, changed: shown(preview.file) });
    this.hub.send({ type: 'reload', decks: [preview.slug] });
  }

  /**
   * After a template, style or the config changes: every deck again. The saved file is read again
   * after the renders, as a deck is (renderSettled): changed meanwhile (an editor writing it in
   * place, in pieces), every deck is rendered again from the newer file, so a half-written
   * template is neither shown nor blamed once its save ends.
   */
  private async refreshAll(changed: string): Promise<void> {
    let stamp = await fileStamp(changed);
    let renders: Map<string, DeckPreview>;
    for (let round = 1; ; round++) {
      this.renderer.reloadAssets();
      renders = new Map();
      for (const [file, old] of this.decks) renders.set(file, await this.renderOf(file, old.facts));
      // Editors often truncate a file before writing it: let the write land before blaming it.
      if ([...renders.values()].some((p) => p.error)) await sleep(120);
      const now = await fileStamp(changed);
      if (now === stamp || round === SETTLE_ROUNDS || this.isClosing()) break;
      stamp = now;
    }
    const keep: string[] = [];
    for (const [file, fresh] of renders) {
      const old = this.decks.get(file);
      if (!old) continue;
      const preview = fresh.error ? keepLastGood(fresh, old) : fresh;
      this.decks.set(file, { ...old, preview, version: old.version + 1 });
      keep.push(...sendPatches(this.hub, preview.slug, old.preview.pages, preview.pages, preview.error));
      this.emit({ type: 'preview', preview, changed: shown(changed) });
    }
    this.hub.send({ type: 'reload', decks: '*', keep });
    if (this.pdf === 'on') this.rebuilder.schedule([...this.decks.entries()].filter(([, d]) => !d.preview.error).map(([f]) => f));
  }

  /**
   * The background build, with the warm browser. It gets every deck, not only the changed ones:
   * the build's cache skips unchanged decks, and out/index.html must keep listing all of them.
   */
  private async printDecks(changed: string[]): Promise<void> {
    const present = [...this.decks.keys()];
    if (present.length === 0 || this.isClosing()) return;
    const versions = new Map(present.map((f) => [f, this.decks.get(f)!.version]));
    const broken = new Set(present.filter((f) => this.decks.get(f)!.preview.error).map(shown));
    const started = performance.now();
    this.emit({ type: 'pdf-start', files: changed.map(shown) });
    // A deck the preview already reported as broken is not reported again by the build.
    const report = (event: BuildEvent) => {
      // Ctrl-C closes the browser under a running print: that failure is ours, not the deck's.
      if (this.isClosing()) return;
      if (!(event.type === 'deck-failed' && broken.has(event.file))) this.emit({ type: 'build', event });
    };
    try {
      const result = await this.printer.build({ ...this.buildOpts, paths: present.map(shown) }, report);
      if (this.isClosing()) return;
      // The printed pages have real page numbers and fitted type sizes: serve them while current,
      // and patch them into open pages.
      const keep: string[] = [];
      for (const file of present) {
        const slug = this.decks.get(file)?.preview.slug;
        if (!slug || !result.built.includes(slug)) continue;
        // The next saves render with this print's facts, even when the deck changed meanwhile.
        const facts = await lastPrintFacts(this.buildOpts.outDir, slug);
        const state = this.decks.get(file);
        if (!state) continue;
        state.facts = facts ?? state.facts;
        // Saved again while it printed: its open pages show that save already, patched in; the
        // print is older than they are, and the next one brings its fitted sizes. Reloaded, a
        // cards page or cheat sheet left the fast path for the same page (a save under way then
        // waited for the whole page).
        const current = () => this.decks.get(file)?.version === versions.get(file);
        if (!current()) {
          keep.push(...this.openPagesOf(slug));
          continue;
        }
        const printed = await this.printedPages(state.preview);
        if (!current()) {
          keep.push(...this.openPagesOf(slug));
          continue;
        }
        const before = state.preview.pages;
        state.preview = { ...state.preview, pages: withPages(before, printed) };
        keep.push(...sendPatches(this.hub, state.preview.slug, before, state.preview.pages, state.preview.error));
      }
      this.hub.send({ type: 'built', decks: result.built, keep });
      this.emit({ type: 'pdf-done', built: result.built, failed: result.failed.length - broken.size, ms: performance.now() - started });
    } catch (error) {
      if (this.isClosing()) return;
      this.emit({ type: 'problem', error });
      // Without a usable browser there is no point retrying on every save; the preview goes on.
      if (error instanceof StudyguideError && error.kind === 'environment') {
        this.pdf = 'off';
        this.hub.send({ type: 'status', text: 'PDFs are off: no usable browser (see the terminal)' });
      }
    }
  }

  /** The build's files of the pages the preview renders, as written (a page it did not write is left out). */
  private async printedPages(preview: DeckPreview): Promise<DeckPreview['pages']> {
    const names = Object.keys(preview.pages ?? {}) as PreviewPageName[];
    const read = await Promise.all(
      names.map(async (name) => [name, await readFile(path.join(this.buildOpts.outDir, preview.slug, name), 'utf8').catch(() => undefined)] as const),
    );
    return Object.fromEntries(read.filter(([, html]) => html !== undefined));
  }

  /** Stops watching and serving, then closes the browser (which also ends a print in progress). */
  private async close(unregister: () => void): Promise<void> {
    this.lifecycle = 'closing';
    unregister();
    for (const w of this.watches) w.close();
    this.deckWatch?.close();
    this.rebuilder.stop();
    await this.server?.close();
    // A shared browser is only let go.
    await this.printer.close();
    await this.rebuilder.stopped();
    await this.queue.idle();
    await this.renderer.close();
  }
}

/** A shuffled preview must not reshuffle on every save: the seed is fixed for the session. */
const fixedSeed = (opts: BuildOptions, seed?: number): BuildOptions => (opts.shuffle && opts.seed === undefined ? { ...opts, seed: seed ?? newSeed() } : opts);

/** The config file's content now (undefined while it cannot be read). */
const configStamp = (file: string) =>
  readFile(file).then(
    (bytes) => createHash('sha1').update(bytes).digest('hex'),
    () => undefined,
  );

/** The same, read at once. */
function configStampNow(file: string): string | undefined {
  try {
    return createHash('sha1').update(readFileSync(file)).digest('hex');
  } catch {
    return undefined;
  }
}

/** A folder deck's files as the terminal shows paths (relative to the working folder). */
const shownGroup = (g: FolderGroup): FolderGroup => ({ folder: shown(g.folder), files: g.files.map(shown), indexes: g.indexes.map(shown) });

/** A broken deck's preview keeps its last good guide, title and questions under the error banner. */
const keepLastGood = (preview: DeckPreview, old: DeckState | undefined): DeckPreview => ({
  ...preview,
  title: old?.preview.title,
  questions: old?.preview.questions,
  pages: old?.preview.pages,
});

/** Identifies one saved content of a file (its size and time could change mid-write, its bytes cannot lie). */
const fileStamp = async (file: string) => {
  const bytes = await deckBytes(file);
  return bytes && hashOf(bytes);
};

/**
 * A file's bytes as a deck is read (undefined when it cannot be read: its render says why). A
 * read during which the file changed (its size or time not the same after as before: a save
 * written in pieces) is read again, so one read is never half of one save and half of the next.
 */
async function deckBytes(file: string): Promise<Buffer | undefined> {
  for (let round = 1; ; round++) {
    const before = await stat(file).catch(() => undefined);
    const bytes = await readInput(file, deckLimits(file)).catch(() => undefined);
    const after = await stat(file).catch(() => undefined);
    const steady = before && after && before.size === after.size && before.mtimeMs === after.mtimeMs && bytes?.length === after.size;
    if (steady || !bytes || round === SETTLE_ROUNDS) return bytes;
  }
}

const hashOf = (bytes: Buffer): string => createHash('sha1').update(bytes).digest('hex');

/** How many times a deck that keeps changing is read again or rendered again before the last read is taken (its next event renders the rest). */
const SETTLE_ROUNDS = 5;

/** The pause after the last save that counts as edits having stopped: PDFs are printed then. */
const EDIT_PAUSE_MS = 1500;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

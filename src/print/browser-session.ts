import type { Browser, BrowserContext, Page } from 'puppeteer-core';
import { environmentError, StudyguideError } from '../errors.js';
import { findBrowser } from './find-browser.js';
import { isInterrupted, onInterrupt } from '../interrupt.js';
import { BROWSER_CONCURRENCY } from '../model/concurrency.js';
import { killChildBrowsers, responsiveTimeout, watchBrowser, watchdogLimitMs } from './browser-watchdog.js';
import { coreShare } from './core-share.js';
import { connectShared, disconnectShared } from './connect-shared.js';
import { lastLoadChars, loadedChars, PAGE_BUDGET_CHARS } from './page-loads.js';
import { makeBrowserProfile, removeBrowserProfile } from './browser-profile.js';
import { closeStartPages } from './close-start-pages.js';
import { mark, scopeDeck } from '../timeline.js';

/** Flags for a headless, offline, quiet Chromium; root needs --no-sandbox. */
export const LAUNCH_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-extensions',
  '--mute-audio',
  // No network at all, even for a preconnect the request interception never sees: every host
  // resolves to nothing and every connection goes to a proxy on a closed local port.
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
  // No address bar popup: every window (each print page opens in one of its own, minimized) made
  // its omnibox popup, pages of the browser's own UI in a renderer of their own, loaded for nothing
  // (0.6–1.1 s of CPU of a bundled build, a quarter of a second a window). Puppeteer adds these to
  // its own disabled features; a name this Chromium does not know is ignored.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];

export interface SessionOptions {
  /** Connect to a running browser (tests share one) instead of launching; dispose() only disconnects. */
  browserWSEndpoint?: string;
  /** The browser to launch (`--browser-path`); found by find-browser.ts when absent. */
  browserPath?: string;
  launchTimeoutMs?: number;
  /** Upper bound for one CDP call, so a hung browser becomes an error, not a hang. */
  protocolTimeoutMs?: number;
  /** Upper bound for one withPage() job (load, measure, print one PDF). */
  stepTimeoutMs?: number;
  /** How long a stopped or silent browser is waited for (browser-watchdog.ts). */
  watchdogMs?: number;
  /** How long dispose() waits for a browser still starting or connecting. */
  closeGraceMs?: number;
  /** Characters of HTML a kept page may have loaded before it is closed instead (page-loads.ts). */
  pageBudgetChars?: number;
  /**
   * Keep the page a job asks to keep as loaded (the diagram page) for the next such job: for a
   * session that outlives one build (a watch run's, the tests' shared browser: the default with
   * browserWSEndpoint). A one-off build drew in one or two batches, and the kept renderer raised
   * its peak memory (the bundled decks: +110 MiB RSS).
   */
  keepLoaded?: boolean;
}

/**
 * The one owner of the browser: launched lazily on first use, pages handed out through
 * withPage() and always closed, the browser closed by dispose() and on SIGINT/SIGTERM.
 */
export class BrowserSession {
  private browser?: Promise<Browser>;
  /** In a shared browser (browserWSEndpoint), the context our pages open in (connect-shared.ts). */
  private context?: BrowserContext;
  /** Print pages kept for the next print: a new page costs a renderer process start. */
  private readonly idle: Page[] = [];
  /**
   * A page kept with its document still loaded, for the next job that asks for one so
   * (`reuse: 'as loaded'`): the diagram page, whose mermaid took a new renderer and about 1.5 s of
   * the browser's CPU to load for every build that drew. One at most, closed once a large
   * document has printed, when the session rests, and at its end.
   */
  private loaded?: Page;
  /** Prints each page has served: all of them, and those of a large document (LARGE_LOAD_CHARS). */
  private readonly uses = new WeakMap<Page, { all: number; large: number }>();
  private readonly crashedIdle = new WeakSet<Page>();
  /** Pages a job is using now. */
  private readonly busy = new Set<Page>();
  /** The hidden page being opened (newPage): the next waits for it. */
  private opening: Promise<unknown> = Promise.resolve();
  /** Page slots in use, and jobs waiting for theirs, first come first served (see MAX_PAGES). */
  private active = 0;
  private readonly waiting: { slots: number; start: () => void }[] = [];
  private readonly opts: Required<SessionOptions>;
  private unregister?: () => void;
  /** Set when the watchdog found the browser stopped or silent: what happened to it. */
  private dead?: string;
  private stopWatching?: () => void;
  /** Ends every step under way (the watchdog calls these). */
  private readonly stops = new Set<() => void>();
  /** Stops the browser's launch while it is under way; gone once the browser has started. */
  private launchAbort?: AbortController;
  /** The launched browser's profile folder (browser-profile.ts), removed once it is closed. */
  private profile?: string;
  /** Set by dispose(): a closed session starts no browser again (late work after an abort). */
  private closed = false;
  private closing?: Promise<void>;

  constructor(opts: SessionOptions = {}) {
    // Generous enough for a 5,000-question guide on a busy 2-core machine; still ends a hung browser.
    this.opts = {
      launchTimeoutMs: 30_000,
      protocolTimeoutMs: 600_000,
      stepTimeoutMs: 900_000,
      // The test suite's spawned builds print with its one running browser instead of starting their own.
      browserWSEndpoint: process.env.STUDYGUIDE_BROWSER_WS_ENDPOINT ?? '',
      watchdogMs: watchdogLimitMs(),
      browserPath: '',
      closeGraceMs: 10_000,
      pageBudgetChars: PAGE_BUDGET_CHARS,
      keepLoaded: Boolean(opts.browserWSEndpoint ?? process.env.STUDYGUIDE_BROWSER_WS_ENDPOINT),
      ...opts,
    };
  }

  /** True once the browser has been started. */
  get started(): boolean {
    return this.browser !== undefined;
  }

  private async launch(): Promise<Browser> {
    mark('browser launch');
    const browser = await this.start();
    mark('browser ready');
    this.stopWatching = watchBrowser(browser, this.opts.watchdogMs, (what) => {
      this.dead = what;
      // Killed, so every call still waiting on it fails now; each step says which it was.
      if (!this.opts.browserWSEndpoint) browser.process()?.kill('SIGKILL');
      for (const stop of [...this.stops]) stop();
    });
    return browser;
  }

  private async start(): Promise<Browser> {
    const { default: puppeteer } = await import('puppeteer-core');
    if (this.opts.browserWSEndpoint) {
      // Attached to our own pages only: another session's closing connection would put them back in the screen media.
      const shared = await connectShared(this.opts.browserWSEndpoint, this.opts.protocolTimeoutMs);
      this.context = shared.context;
      return shared.browser;
    }
    // Closed while still starting (every deck failed to parse, Ctrl-C): the launch stops there and
    // then, instead of starting a browser only to close it.
    const abort = new AbortController();
    this.launchAbort = abort;
    const executablePath = await findBrowser(this.opts.browserPath || undefined);
    if (this.closed) throw crashed('starting the browser');
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    // Registered before launching, so a Ctrl-C during start-up still closes the browser.
    this.unregister = onInterrupt(() => this.dispose());
    const profile = await makeBrowserProfile();
    const launching = puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir: profile,
      // Over a pipe, Chromium exits by itself when our process dies, even by SIGKILL.
      pipe: true,
      args: [...LAUNCH_ARGS, ...(isRoot || process.env.STUDYGUIDE_NO_SANDBOX ? ['--no-sandbox'] : [])],
      timeout: this.opts.launchTimeoutMs,
      protocolTimeout: this.opts.protocolTimeoutMs,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      signal: abort.signal,
    });
    // Puppeteer's own launch timeout does not cover pipe mode, so the session keeps the time, on
    // a clock that stops while a long parse blocks this process (the browser is not late then).
    let cancel: (() => void) | undefined;
    const ms = this.opts.launchTimeoutMs;
    const late = new Promise<never>((_, reject) => (cancel = responsiveTimeout(ms, () => reject(new Error(`timed out after ${ms / 1000} s`)))));
    try {
      const browser = await Promise.race([launching, late]);
      if (this.launchAbort === abort) this.launchAbort = undefined;
      this.profile = profile;
      await closeStartPages(browser);
      return browser;
    } catch (err) {
      // A browser that starts after we gave up is closed as soon as it exists, and its profile goes then.
      const ended = launching
        .then((b) => b.close())
        .catch(() => undefined)
        .finally(() => removeBrowserProfile(profile));
      if (abort.signal.aborted) {
        // Stopped by dispose(), which waits for this (up to its grace): the stopped launch ends at
        // once, so no profile is left when dispose() returns.
        await ended;
        throw crashed('starting the browser');
      }
      // One that never will start (stopped, hung) is killed now, or its pipe would keep this process alive.
      killChildBrowsers(executablePath);
      const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
      throw environmentError(
        `could not start the browser at ${executablePath}: ${reason}`,
        'check that it runs (chromium --version), or name another browser with --browser-path',
      );
    } finally {
      cancel?.();
    }
  }

  /**
   * Starts the browser now, without waiting for it, so that it launches while the build is still
   * parsing; the first withPage() then finds it (or its launch error) ready.
   */
  warm(): void {
    if (isInterrupted() || this.closed) return;
    this.browser ??= this.launch();
    this.browser.catch(() => undefined);
  }

  /**
   * Runs fn with a fresh page, closing the page afterwards whatever happens. With `reuse`, a page
   * that served a print well is kept, emptied, for the next one instead (fn must leave no
   * listeners): that saves starting a renderer process per print; with `reuse: 'as loaded'` it is
   * kept with its document for the next job asking so (fn then finds what it loaded there). A renderer keeps some memory
   * from every document it printed (kept for good, a 5,000-question build peaked at 2.0 GiB
   * instead of 1.2 GiB), so a page is closed after MAX_PAGE_USES prints of a large document
   * (MAX_SMALL_USES of any), or sooner once the documents it loaded pass pageBudgetChars of HTML
   * (page-loads.ts). A browser that crashes or a job that outlives stepTimeoutMs ends fn with an environment error (exit 2)
   * instead of a hang. A job `alone` takes every slot: nothing prints beside it, and no kept
   * page waits beside it (the largest print of a build, whose renderer alone holds 400 MiB and
   * more, set the build's peak with another print beside it).
   */
  async withPage<T>(fn: (page: Page) => Promise<T>, what = 'printing', reuse: Reuse = false, alone = false): Promise<T> {
    if (isInterrupted() || this.closed) throw crashed(what);
    this.browser ??= this.launch();
    const browser = await this.browser;
    if (!browser.connected) throw crashed(what, this.dead);
    mark(`${what}: wait slot`);
    const release = await this.acquire(alone ? MAX_PAGES : 1);
    mark(`${what}: slot`);
    try {
      return await this.runInPage(browser, fn, what, reuse);
    } catch (err) {
      // A renderer that crashed, or did not answer on a machine too busy for it, took only its
      // own page down: the job (load, measure, print; nothing written yet) runs once more in a
      // new page before the build gives up on it.
      if (!(err instanceof StudyguideError) || err.code !== RENDERER_CRASHED) throw err;
      if (!browser.connected || isInterrupted() || this.closed || this.dead) throw err;
      return await this.runInPage(browser, fn, what, false).catch((again: unknown) => {
        throw again instanceof StudyguideError && again.code === RENDERER_CRASHED ? rendererCrashed(what, true) : again;
      });
    } finally {
      release();
    }
  }

  private async runInPage<T>(browser: Browser, fn: (page: Page) => Promise<T>, what: string, reuse: Reuse): Promise<T> {
    if (isInterrupted() || !browser.connected) throw crashed(what, this.dead);
    let cancel: (() => void) | undefined;
    let onGone: (() => void) | undefined;
    let stopStep: (() => void) | undefined;
    const stop = new Promise<never>((_, reject) => {
      const seconds = Math.round(this.opts.stepTimeoutMs / 1000);
      // Counted in the share of a core we had: a 5,000-question quiz printing at a load of 18 on
      // 2 cores is slow, not hung (the watchdog ends a browser that stopped answering).
      cancel = responsiveTimeout(
        this.opts.stepTimeoutMs,
        () =>
          reject(
            environmentError(`${what} took longer than ${seconds} s and was stopped`, 'the deck may be too large for one PDF; split it into smaller decks'),
          ),
        coreShare,
      );
      onGone = () => reject(crashed(what, this.dead));
      stopStep = () => reject(crashed(what, this.dead));
      browser.once('disconnected', onGone);
    });
    this.stops.add(stopStep!);
    stop.catch(() => undefined);
    let page: Page | undefined;
    let done = false;
    let pageCrashed = false;
    // A renderer that crashes (or is killed) fails the page, not the browser: still a broken environment.
    let rejectRenderer: ((err: StudyguideError) => void) | undefined;
    const rendererGone = new Promise<never>((_, reject) => (rejectRenderer = reject));
    rendererGone.catch(() => undefined);
    try {
      const fresh = async () =>
        (reuse === 'as loaded' ? this.takeLoaded() : reuse && !this.besideLarge() && this.takeIdle()) || this.newPage(browser, reuse !== 'as loaded');
      const result = await Promise.race([
        answersWithin(fresh(), rendererAnswerMs(), (late) => void late.close().catch(() => undefined)).then(async (p) => {
          page = p;
          this.busy.add(p);
          p.once('error', () => {
            pageCrashed = true;
            rejectRenderer?.(rendererCrashed(what));
          });
          // A renderer that died before we listened (just after the page was made) would let the
          // page's load wait until the step's limit: it must answer a trivial question first.
          await answersWithin(p.evaluate('1'), rendererAnswerMs());
          mark(`${what}: page ready`);
          return scopeDeck(what.replace(/^printing /, ''), () => fn(p));
        }),
        stop,
        rendererGone,
      ]);
      done = true;
      mark(`${what}: job end`);
      return result;
    } catch (err) {
      if (err instanceof StudyguideError) throw err;
      if (!browser.connected || isInterrupted() || this.dead) throw crashed(what, this.dead);
      if (pageCrashed || /Target closed|Session closed|Page crashed|detached|Printing failed/i.test(String((err as Error)?.message))) {
        throw rendererCrashed(what);
      }
      throw err;
    } finally {
      cancel?.();
      this.stops.delete(stopStep!);
      if (onGone) browser.off('disconnected', onGone);
      const used = page as Page | undefined;
      if (used) this.busy.delete(used);
      if (used) used.removeAllListeners('error');
      if (used && browser.connected) {
        const uses = this.uses.get(used) ?? { all: 0, large: 0 };
        uses.all++;
        if (lastLoadChars(used) >= LARGE_LOAD_CHARS) uses.large++;
        this.uses.set(used, uses);
        const spent = uses.large >= MAX_PAGE_USES || uses.all >= MAX_SMALL_USES || loadedChars(used) >= this.opts.pageBudgetChars || this.besideLarge();
        const keep = done && !pageCrashed && !used.isClosed() && !spent;
        // A large document printed: the build is a large one, whose peak a renderer kept loaded
        // beside its prints would raise; small builds (tests, watch runs) keep it.
        if (lastLoadChars(used) >= LARGE_LOAD_CHARS && this.loaded) await withGrace(this.takeLoaded()?.close() ?? Promise.resolve(), 5000);
        if (reuse === 'as loaded' && keep && this.opts.keepLoaded && !this.loaded && !this.closed) {
          used.once('error', () => this.crashedIdle.add(used));
          this.loaded = used;
        } else if (reuse === true && keep && this.idle.length < MAX_IDLE_PAGES) {
          // Kept empty: a page waiting for its next print should not hold a 2,000-page document.
          await withGrace(used.setContent('<!doctype html><title></title>'), 5000);
          // A renderer that dies while its page waits makes the page useless (calls on it would
          // wait for a load that never comes): it is not handed out again.
          used.once('error', () => this.crashedIdle.add(used));
          this.idle.push(used);
        } else await withGrace(used.close(), 5000);
      }
    }
  }

  /**
   * A new page. Kept pages beyond what the other slots can take are closed first: a job that does
   * not reuse one (the cheat sheet's) would otherwise run a third renderer beside two, one of them
   * kept for nothing while both slots are busy (a 1,000-question build peaked there). A `hidden`
   * one (every job's but the diagram page's) is a page of its own minimized window (HIDDEN_PAGE).
   */
  private async newPage(browser: Browser, hidden: boolean): Promise<Page> {
    const extra = this.idle.splice(0, Math.max(0, this.idle.length - (MAX_PAGES - this.active)));
    await Promise.all(extra.map((page) => withGrace(page.close(), 5000)));
    const opener = this.context ?? browser;
    if (!hidden) return opener.newPage();
    // One at a time: puppeteer opens a page in a new window only when its context has one already,
    // else where the browser puts it, which a page being opened beside it can make a tab of a
    // window, and a tab's window state cannot be set. Refused so anyway, it opens shown.
    const made = this.opening.then(() =>
      opener.newPage(HIDDEN_PAGE).catch((err: unknown) => (/window state/i.test(String((err as Error)?.message)) ? opener.newPage() : Promise.reject(err))),
    );
    this.opening = made.catch(() => undefined);
    return made;
  }

  /**
   * A page is at work on a large document (half the page budget or more: a 5,000-question
   * guide's contents, 2.2 MB, its renderer at 560 MiB). A job beside it then prints in a page of
   * its own, closed afterwards: a kept page's renderer holds memory from every document it printed
   * (290 MiB after five parts of that guide, where a new one holds 150), and the two together set
   * the build's peak.
   */
  private besideLarge(): boolean {
    for (const page of this.busy) if (lastLoadChars(page) >= this.opts.pageBudgetChars / 2) return true;
    return false;
  }

  /** The page kept loaded, if its renderer is still alive (else it is closed). */
  private takeLoaded(): Page | undefined {
    const page = this.loaded;
    this.loaded = undefined;
    page?.removeAllListeners('error');
    if (page && !this.crashedIdle.has(page)) return page;
    if (page) void withGrace(page.close(), 5000);
    return undefined;
  }

  /** Closes the kept pages, the one kept loaded too. */
  private async closeKept(): Promise<void> {
    const kept = [...this.idle.splice(0), ...(this.loaded ? [this.loaded] : [])];
    this.loaded = undefined;
    await Promise.all(kept.map((page) => withGrace(page.close(), 5000)));
  }

  /** A kept page whose renderer is still alive, if any; dead ones are closed. */
  private takeIdle(): Page | undefined {
    for (let page = this.idle.pop(); page; page = this.idle.pop()) {
      page.removeAllListeners('error');
      if (!this.crashedIdle.has(page)) return page;
      void withGrace(page.close(), 5000);
    }
    return undefined;
  }

  /**
   * Waits for `slots` of the MAX_PAGES page slots, after the jobs that asked before (a job wanting
   * them all is not passed by later ones); resolves with the function that frees them.
   */
  private async acquire(slots: number): Promise<() => void> {
    if (this.waiting.length || this.active + slots > MAX_PAGES) await new Promise<void>((start) => this.waiting.push({ slots, start }));
    else this.active += slots;
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      this.active -= slots;
      while (this.waiting.length && this.active + this.waiting[0].slots <= MAX_PAGES) {
        const next = this.waiting.shift()!;
        this.active += next.slots;
        next.start();
      }
    };
  }

  /**
   * Closes the kept pages when no job is running or waiting: for a step about to work in Node
   * alone for a while (joining and saving a large PDF). A kept page's renderer holds memory from
   * every document it printed (a 1,000-question build's two held 210 and 180 MiB at its end, 480
   * MiB for one that had printed the cheat sheet), and a 1,000-question build's peak came there,
   * while the guide's parts were joined. A later job starts a page again (a renderer's start).
   * While other jobs run or wait, a kept page they may want next stays, unless it printed a large
   * document: a 5,000-question build joined its guide's parts beside two printing renderers and a
   * kept one (148 MiB), the build's peak. A fresh renderer holds less than one that printed parts.
   */
  async rest(): Promise<void> {
    if (this.active === 0 && !this.waiting.length) return this.closeKept();
    const large = this.idle.filter((page) => (this.uses.get(page)?.large ?? 0) > 0);
    this.idle.splice(0, this.idle.length, ...this.idle.filter((page) => !large.includes(page)));
    await Promise.all(large.map((page) => withGrace(page.close(), 5000)));
  }

  /** Closes the browser (idempotent: a second call waits for the first) and removes the signal handlers. */
  dispose(): Promise<void> {
    this.closed = true;
    this.closing ??= this.close();
    return this.closing;
  }

  private async close(): Promise<void> {
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.unregister?.();
    this.unregister = undefined;
    const pending = this.browser;
    this.browser = undefined;
    if (!pending) return;
    this.launchAbort?.abort();
    // A connection still being made is given a grace, on a timer that keeps this process alive
    // while it waits (one lost mid-way settles never, and nothing else would hold the process);
    // made later, it is closed then.
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), this.opts.closeGraceMs)));
    const browser = await Promise.race([pending.catch(() => undefined), late]);
    clearTimeout(timer);
    if (!browser) {
      void pending.then((b) => (this.context ? disconnectShared({ browser: b, context: this.context }) : b.close())).catch(() => undefined);
      return;
    }
    // Kept print pages go too: in a shared browser (tests) they would stay open in the background.
    await this.closeKept();
    if (this.context) return disconnectShared({ browser, context: this.context });
    const proc = browser.process();
    await withGrace(browser.close(), 5000);
    if (proc && proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    if (this.profile) await removeBrowserProfile(this.profile);
  }
}

/**
 * Pages at work at once, whatever asks (decks, outputs, parts): one per core. More would not
 * print faster on two cores, only hold more documents in memory at once (a 5,000-question build
 * peaked at 2.6 GiB with four).
 */
const MAX_PAGES = BROWSER_CONCURRENCY;
/** Print pages kept between prints. */
const MAX_IDLE_PAGES = MAX_PAGES;
/**
 * What becomes of a job's page: closed (false), kept emptied for the next print (true), or kept
 * with its document for the next job asking for one so ('as loaded').
 */
export type Reuse = boolean | 'as loaded';

/**
 * A page that prints or measures opens in a window of its own, minimized: a hidden page renders no
 * frames. Every job reads the layout it needs in its own task (a measuring step forces it), so a
 * frame only laid the page out again, painted it and composited it between two steps, for
 * nothing: in the one visible tab (the last opened), 44 % of its renderer's main thread while
 * measuring a part of the generated 1,000-question guide, a sixth of the guide's measuring CPU
 * in all. A page hidden lays out and prints as one shown (the pages behind it always did). The
 * diagram page stays shown: mermaid may wait for an animation frame.
 */
const HIDDEN_PAGE = { type: 'window', windowBounds: { windowState: 'minimized' } } as const;

/** Prints of a large document a kept page serves before it is closed (its renderer keeps memory from each). */
const MAX_PAGE_USES = 6;
/**
 * A document this large counts towards MAX_PAGE_USES: a part of a 5,000-question guide (0.6 MB),
 * not a small deck's guide (0.1 MB, most of it the faces' rules; 0.33 MB with four diagrams).
 * Small prints are bounded by the page's HTML budget and by MAX_SMALL_USES: a page closed after
 * six of them started a renderer every second small build (a third of a three-deck build's
 * browser CPU). A large print also closes the page kept loaded (the diagram page).
 */
const LARGE_LOAD_CHARS = 500_000;
/** Prints of any size a kept page serves before it is closed. */
const MAX_SMALL_USES = 30;

function crashed(what = 'printing', dead?: string): StudyguideError {
  if (isInterrupted()) return environmentError('build interrupted; the browser was closed', 'earlier outputs were left as they were');
  if (dead)
    return environmentError(
      `the browser ${dead} during ${what}; it was closed`,
      "run the build again; if it repeats, check the machine's memory and the browser (chromium --version)",
    );
  return environmentError(`the browser crashed or was closed during ${what}`, 'run the build again; if it repeats, run with --debug');
}

/** The code of the error a page's renderer crashing ends its job with. */
const RENDERER_CRASHED = 'renderer-crashed';

function rendererCrashed(what: string, twice = false): StudyguideError {
  return environmentError(
    `the browser's page renderer crashed during ${what}${twice ? ', twice' : ''}`,
    'run the build again; if it repeats, the machine may be short of memory',
    RENDERER_CRASHED,
  );
}

/**
 * How long a new or kept page's renderer may take to answer before it counts as crashed: 30 s,
 * or five times a shortened watchdog limit (tests shorten it to see failures in seconds).
 */
const rendererAnswerMs = (): number => Math.min(30_000, 5 * watchdogLimitMs());

/**
 * The step's result, or a "Page crashed" failure when it takes longer than ms; a result that
 * arrives after that (a page made too late) goes to `discard`, so nothing is left open.
 */
export async function answersWithin<T>(step: Promise<T>, ms: number, discard?: (late: T) => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  const late = new Promise<never>(
    (_, reject) =>
      (timer = setTimeout(() => {
        timedOut = true;
        reject(new Error('Page crashed: its renderer did not answer'));
      }, ms)),
  );
  if (discard) step.then((value) => timedOut && discard(value)).catch(() => undefined);
  try {
    return await Promise.race([step, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits for a clean-up step, but never longer than ms, and never throws. */
async function withGrace(step: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([step, new Promise((resolve) => (timer = setTimeout(resolve, ms)))]).catch(() => undefined);
  clearTimeout(timer);
}

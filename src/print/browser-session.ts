import type { Browser, Page } from 'puppeteer';
import { environmentError, StudyguideError } from '../errors.js';
import { findBrowser } from './find-browser.js';

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
];

export interface SessionOptions {
  /** Connect to a running browser (tests share one) instead of launching; dispose() only disconnects. */
  browserWSEndpoint?: string;
  launchTimeoutMs?: number;
  /** Upper bound for one CDP call, so a hung browser becomes an error, not a hang. */
  protocolTimeoutMs?: number;
}

/**
 * The one owner of the browser: launched lazily on first use, pages handed out through
 * withPage() and always closed, the browser closed by dispose() and on SIGINT/SIGTERM.
 */
export class BrowserSession {
  private browser?: Promise<Browser>;
  private readonly opts: Required<SessionOptions>;
  private readonly onSignal = (signal: NodeJS.Signals) => {
    void this.dispose().finally(() => process.kill(process.pid, signal));
  };

  constructor(opts: SessionOptions = {}) {
    this.opts = { launchTimeoutMs: 30_000, protocolTimeoutMs: 120_000, browserWSEndpoint: '', ...opts };
  }

  /** True once the browser has been started. */
  get started(): boolean {
    return this.browser !== undefined;
  }

  private async launch(): Promise<Browser> {
    const { default: puppeteer } = await import('puppeteer');
    if (this.opts.browserWSEndpoint) {
      return puppeteer.connect({ browserWSEndpoint: this.opts.browserWSEndpoint, protocolTimeout: this.opts.protocolTimeoutMs });
    }
    const executablePath = await findBrowser();
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    process.once('SIGINT', this.onSignal);
    process.once('SIGTERM', this.onSignal);
    try {
      return await puppeteer.launch({
        executablePath,
        headless: true,
        args: [...LAUNCH_ARGS, ...(isRoot || process.env.STUDYGUIDE_NO_SANDBOX ? ['--no-sandbox'] : [])],
        timeout: this.opts.launchTimeoutMs,
        protocolTimeout: this.opts.protocolTimeoutMs,
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
    } catch (err) {
      const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
      throw environmentError(`could not start the browser at ${executablePath}: ${reason}`, 'check that it runs (chromium --version) or set PUPPETEER_EXECUTABLE_PATH');
    }
  }

  /** Runs fn with a fresh page, closing the page afterwards whatever happens. */
  async withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    this.browser ??= this.launch();
    const browser = await this.browser;
    if (!browser.connected) throw environmentError('the browser crashed or was closed during the build', 'run the build again; if it repeats, run with --debug');
    const page = await browser.newPage();
    try {
      return await fn(page);
    } catch (err) {
      if (err instanceof StudyguideError) throw err;
      if (!browser.connected) throw environmentError('the browser crashed during printing', 'run the build again; if it repeats, run with --debug');
      throw err;
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  /** Closes the browser (idempotent) and removes the signal handlers. */
  async dispose(): Promise<void> {
    process.removeListener('SIGINT', this.onSignal);
    process.removeListener('SIGTERM', this.onSignal);
    const pending = this.browser;
    this.browser = undefined;
    if (!pending) return;
    const browser = await pending.catch(() => undefined);
    if (!browser) return;
    if (this.opts.browserWSEndpoint) return void (await browser.disconnect().catch(() => undefined));
    const proc = browser.process();
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise((resolve) => (timer = setTimeout(resolve, 5000)));
    await Promise.race([browser.close(), grace]).catch(() => undefined);
    clearTimeout(timer);
    if (proc && proc.exitCode === null && !proc.killed) proc.kill('SIGKILL');
  }
}

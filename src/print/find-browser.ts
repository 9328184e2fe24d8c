import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { environmentError } from '../errors.js';

/** An operating system the browser table knows. */
export type BrowserOs = 'linux' | 'darwin' | 'win32';

/**
 * Usual install locations of Chrome, Chromium and Edge, most likely first per system. `%NAME%`
 * is an environment variable (Windows), `~` the home folder (macOS); an entry whose variable
 * is unset is skipped.
 */
export const BROWSER_LOCATIONS: readonly { os: BrowserOs; browser: string; path: string }[] = [
  { os: 'linux', browser: 'Chromium', path: '/usr/bin/chromium' },
  { os: 'linux', browser: 'Chromium', path: '/usr/bin/chromium-browser' },
  { os: 'linux', browser: 'Chrome', path: '/usr/bin/google-chrome' },
  { os: 'linux', browser: 'Chrome', path: '/usr/bin/google-chrome-stable' },
  { os: 'linux', browser: 'Chrome', path: '/opt/google/chrome/chrome' },
  { os: 'linux', browser: 'Chromium', path: '/snap/bin/chromium' },
  { os: 'linux', browser: 'Edge', path: '/usr/bin/microsoft-edge' },
  { os: 'linux', browser: 'Edge', path: '/usr/bin/microsoft-edge-stable' },
  { os: 'linux', browser: 'Edge', path: '/opt/microsoft/msedge/msedge' },
  { os: 'darwin', browser: 'Chrome', path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' },
  { os: 'darwin', browser: 'Chrome', path: '~/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' },
  { os: 'darwin', browser: 'Chromium', path: '/Applications/Chromium.app/Contents/MacOS/Chromium' },
  { os: 'darwin', browser: 'Chromium', path: '~/Applications/Chromium.app/Contents/MacOS/Chromium' },
  { os: 'darwin', browser: 'Edge', path: '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge' },
  { os: 'win32', browser: 'Chrome', path: '%ProgramFiles%\\Google\\Chrome\\Application\\chrome.exe' },
  { os: 'win32', browser: 'Chrome', path: '%ProgramFiles(x86)%\\Google\\Chrome\\Application\\chrome.exe' },
  { os: 'win32', browser: 'Chrome', path: '%LocalAppData%\\Google\\Chrome\\Application\\chrome.exe' },
  { os: 'win32', browser: 'Chromium', path: '%LocalAppData%\\Chromium\\Application\\chrome.exe' },
  { os: 'win32', browser: 'Edge', path: '%ProgramFiles(x86)%\\Microsoft\\Edge\\Application\\msedge.exe' },
  { os: 'win32', browser: 'Edge', path: '%ProgramFiles%\\Microsoft\\Edge\\Application\\msedge.exe' },
];

/** Debian's /usr/bin/chromium is a shell wrapper; the binary behind it starts faster. */
const WRAPPED_BINARIES: Record<string, string> = {
  '/usr/bin/chromium': '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser': '/usr/lib/chromium/chromium',
};

/** What the search looks at; tests pass a fake file system, system and environment. */
export interface BrowserProbe {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
  exists: (file: string) => boolean;
  realpath: (file: string) => string;
  /** Browsers installed in a Puppeteer cache folder, newest first. */
  cached: (cacheDir: string) => Promise<string[]>;
  /** Why an existing path cannot be started (a folder, no permission to run it); undefined when it can. */
  unrunnable?: (file: string) => string | undefined;
}

/** The probe of this machine. */
export function systemProbe(): BrowserProbe {
  return { platform: process.platform, env: process.env, home: homedir(), exists: existsSync, realpath: realpathSync, cached: puppeteerCache, unrunnable };
}

/** Spawning such a path fails in the child process's 'error' event, which Puppeteer leaves unheard: the build crashed with a stack. */
function unrunnable(file: string): string | undefined {
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) return 'it is a folder';
  if (process.platform === 'win32') return undefined;
  try {
    accessSync(file, constants.X_OK);
    return undefined;
  } catch {
    return 'it is not a program you may run';
  }
}

/** An environment variable, by any case (Windows spells ProgramFiles as it likes). */
function envVar(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const key = Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? env[key] || undefined : undefined;
}

/** The table's paths for one system, with `%VAR%` and `~` filled in. */
export function browserCandidates(probe: Pick<BrowserProbe, 'platform' | 'env' | 'home'>): string[] {
  const paths: string[] = [];
  for (const row of BROWSER_LOCATIONS) {
    if (row.os !== probe.platform) continue;
    let missing = false;
    const filled = row.path.replace(/%([^%]+)%/g, (_, name: string) => envVar(probe.env, name) ?? ((missing = true), '')).replace(/^~(?=\/)/, probe.home);
    if (!missing) paths.push(filled);
  }
  return paths;
}

/** How to get a browser on this system, printed when none is found. */
export function noBrowserHint(platform: NodeJS.Platform = process.platform): string {
  const install =
    platform === 'darwin'
      ? 'install Google Chrome (brew install --cask google-chrome)'
      : platform === 'win32'
        ? 'install Google Chrome or Microsoft Edge'
        : 'install Chromium (Debian/Ubuntu: sudo apt-get install chromium)';
  const cache = platform === 'win32' ? '%USERPROFILE%\\.cache\\puppeteer' : '~/.cache/puppeteer';
  return `${install}, or run npx @puppeteer/browsers install chrome-headless-shell@stable --path ${cache}, or name a browser with --browser-path or CHROME_PATH`;
}

/** How to mend a browser named by a flag or variable, which is used before any other. */
function namedFix(source: string): string {
  return source === '--browser-path'
    ? 'give --browser-path a Chrome, Chromium or Edge program, or leave it out'
    : `set ${source} to a Chrome, Chromium or Edge program, or unset it to use one installed in the usual place`;
}

/**
 * The browser to print with: `--browser-path`, then $CHROME_PATH, then
 * $PUPPETEER_EXECUTABLE_PATH, then the usual install locations, then Puppeteer's browser
 * cache. Throws an environment error (exit 2) when there is none.
 */
export async function findBrowser(browserPath?: string, probe: BrowserProbe = systemProbe()): Promise<string> {
  const hint = noBrowserHint(probe.platform);
  const named: [string, string | undefined][] = [
    ['--browser-path', browserPath],
    ['CHROME_PATH', envVar(probe.env, 'CHROME_PATH')],
    ['PUPPETEER_EXECUTABLE_PATH', envVar(probe.env, 'PUPPETEER_EXECUTABLE_PATH')],
  ];
  for (const [source, file] of named) {
    if (!file) continue;
    // Installing a browser alone does not help while the name points elsewhere: it is looked at first.
    const fix = `${namedFix(source)}; with no browser installed, ${hint}`;
    if (!probe.exists(file)) throw environmentError(`${source} names a browser that does not exist: ${file}`, fix, 'no-browser');
    const why = probe.unrunnable?.(file);
    if (why) throw environmentError(`${source} names a browser that cannot be started: ${file} (${why})`, fix, 'no-browser');
    return file;
  }
  for (const candidate of browserCandidates(probe)) {
    if (!probe.exists(candidate)) continue;
    const direct = WRAPPED_BINARIES[probe.realpath(candidate)] ?? WRAPPED_BINARIES[candidate];
    return direct && probe.exists(direct) ? direct : candidate;
  }
  const cacheDir = envVar(probe.env, 'PUPPETEER_CACHE_DIR') ?? path.join(probe.home, '.cache', 'puppeteer');
  if (probe.exists(cacheDir)) {
    const found = (await probe.cached(cacheDir).catch(() => [])).find((file) => probe.exists(file));
    if (found) return found;
  }
  throw environmentError('no Chrome, Chromium or Edge found to print PDFs', hint, 'no-browser');
}

/** Chrome and chrome-headless-shell in a Puppeteer cache folder, newest build first. */
async function puppeteerCache(cacheDir: string): Promise<string[]> {
  const { getInstalledBrowsers } = await import('@puppeteer/browsers');
  const installed = await getInstalledBrowsers({ cacheDir });
  const builds = installed.filter((b) => b.browser === 'chrome' || b.browser === 'chrome-headless-shell');
  const newest = (id: string) =>
    id
      .split('.')
      .map((n) => n.padStart(8, '0'))
      .join('.');
  builds.sort((a, b) => newest(b.buildId).localeCompare(newest(a.buildId)));
  return builds.map((b) => b.executablePath);
}

import { existsSync, realpathSync } from 'node:fs';
import { environmentError } from '../errors.js';

/** System browsers, most likely first (Debian's Chromium, then Chrome, then macOS apps). */
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Debian's /usr/bin/chromium is a shell wrapper; the binary behind it starts faster. */
const WRAPPED_BINARIES: Record<string, string> = {
  '/usr/bin/chromium': '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser': '/usr/lib/chromium/chromium',
};

/** How to get a browser, printed when none is found. */
export const NO_BROWSER_HINT =
  'install Chromium (Debian/Ubuntu: apt-get install -y chromium) or set PUPPETEER_EXECUTABLE_PATH to a Chrome/Chromium binary';

/**
 * The browser to print with: $PUPPETEER_EXECUTABLE_PATH, else a system Chrome/Chromium, else
 * Puppeteer's own cached download. Throws an environment error (exit 2) when there is none.
 */
export async function findBrowser(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw environmentError(`PUPPETEER_EXECUTABLE_PATH points to a missing file: ${fromEnv}`, NO_BROWSER_HINT);
    return fromEnv;
  }
  for (const candidate of SYSTEM_BROWSERS) {
    if (!existsSync(candidate)) continue;
    const direct = WRAPPED_BINARIES[realpathSync(candidate)] ?? WRAPPED_BINARIES[candidate];
    return direct && existsSync(direct) ? direct : candidate;
  }
  try {
    const { default: puppeteer } = await import('puppeteer');
    const cached = puppeteer.executablePath();
    if (cached && existsSync(cached)) return cached;
  } catch {
    // No cached browser: fall through to the message below.
  }
  throw environmentError('no Chrome or Chromium found to print PDFs', NO_BROWSER_HINT);
}
